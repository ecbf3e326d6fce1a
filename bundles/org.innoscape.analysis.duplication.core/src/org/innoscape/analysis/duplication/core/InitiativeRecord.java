package org.innoscape.analysis.duplication.core;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One initiative as the duplicate detector sees it: plain values, no model objects, so that the same
 * detection runs on a model in the workbench and on a register's rows in a Spark job.
 *
 * @param id          the initiative's id (unique in the register; pairs name it)
 * @param name        its name, or null
 * @param description its description, or null
 * @param stages      ids of the pathway stages it supports (compared as sets)
 * @param drivers     ids of the drivers it addresses
 * @param groups      ids of its target groups
 * @param activities  names of its activity types
 * @param recipients  its funding recipients' name, or null when not stated
 * @param focus       its focus, or null when not stated
 * @param instrument  its instrument type, or null when not stated
 * @param technology  its technology area as the register states it ("AI, imaging"), or null when not stated
 * @param country     the country or jurisdiction it applies to, or null when not stated
 * @param region      the region or area within its country that it serves, or null when not stated (or national)
 * @param from        the earliest day it may start, or null when its start is not stated
 * @param to          the latest day it may end, or null when its end is not stated (open-ended)
 * @param startBy     the latest day it may start (a start stated as "2021" may be any day of 2021), or null when not stated
 * @param owners      the bodies that own it
 * @param partners    the bodies it names as partners (delivery partners, co-funders, hosts)
 */
public record InitiativeRecord(String id, String name, String description, List<String> stages, List<String> drivers,
        List<String> groups, List<String> activities, String recipients, String focus, String instrument, String technology,
        String country, String region, LocalDate from, LocalDate to, LocalDate startBy, List<Owner> owners, List<Owner> partners)
        implements Serializable {

    private static final long serialVersionUID = 2L; // 2: partners

    /**
     * A body that owns initiatives, as names may name it.
     *
     * @param id      its id (two owners with one id are one body)
     * @param name    its name, or null
     * @param acronym its acronym, or null
     */
    public record Owner(String id, String name, String acronym) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public InitiativeRecord {
        stages = List.copyOf(stages);
        drivers = List.copyOf(drivers);
        groups = List.copyOf(groups);
        activities = List.copyOf(activities);
        owners = List.copyOf(owners);
        partners = List.copyOf(partners);
    }

    /** A record without partners. */
    public InitiativeRecord(String id, String name, String description, List<String> stages, List<String> drivers, List<String> groups,
            List<String> activities, String recipients, String focus, String instrument, String technology, String country, String region,
            LocalDate from, LocalDate to, LocalDate startBy, List<Owner> owners) {
        this(id, name, description, stages, drivers, groups, activities, recipients, focus, instrument, technology, country, region, from, to,
                startBy, owners, List.of());
    }

    /** A record whose start, when stated, is a day (startBy = from), whose owners are not known and technology area not stated. */
    public InitiativeRecord(String id, String name, String description, List<String> stages, List<String> drivers, List<String> groups,
            List<String> activities, String recipients, String focus, String instrument, String country, String region, LocalDate from,
            LocalDate to) {
        this(id, name, description, stages, drivers, groups, activities, recipients, focus, instrument, null, country, region, from, to,
                from, List.of());
    }

    /** Name and description as one text, the one compared by words and by meaning. */
    public String text() {
        return (name == null ? "" : name) + ". " + (description == null ? "" : description);
    }

    /**
     * The same record without its id, owners or partners: two records are copies of one another when these are equal
     * (owners and partners are not compared between copies: a copy is compared with the rest through the first of them).
     */
    public InitiativeRecord withoutId() {
        return new InitiativeRecord(null, name, description, stages, drivers, groups, activities, recipients, focus, instrument, technology,
                country, region, from, to, startBy, List.of(), List.of());
    }

    /** Whether either date is stated. */
    public boolean hasDates() {
        return from != null || to != null;
    }
}
