package org.innoscape.analysis.duplication.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The evidence of agreeing starts and places, from how often they agree by chance in the register. */
class ChanceAgreementsTest {
    private static InitiativeRecord record(String id, String description, LocalDate from, LocalDate startBy) {
        return new InitiativeRecord(id, "Programme " + id, description, List.of(), List.of(), List.of(), List.of(), null, null, null, null,
                null, null, from, null, startBy, List.of());
    }

    /**
     * 64 initiatives, one starting on the 15th of each month from January 2015, and one stated as the year 2016. 61 days either
     * side of a start to the day take in two months before and after it: with itself and the year, 6 of 65 (3.4 bits). The
     * year may start with any of its months, the two before and the two after: 17 of 65 (1.9 bits). An agreement counts what
     * the commoner of the two gives.
     */
    @Test
    void aStartFewShareIsStrongEvidenceAndAYearIsWeak() {
        List<InitiativeRecord> records = new ArrayList<>();
        for (int month = 0; month < 64; month++) {
            LocalDate start = LocalDate.of(2015, 1, 15).plusMonths(month);
            records.add(record("m" + month, "A programme.", start, start));
        }
        records.add(record("year", "A programme.", LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)));
        ChanceAgreements chance = new ChanceAgreements(new InitiativeFeatures(records), 61);
        int may2016 = 16;
        assertEquals(-Math.log(6 / 65.0) / Math.log(2), chance.startBits(may2016, may2016 + 1), 1e-6,
                "within 61 days of 15 May or 15 June 2016: five months each, and the year 2016, of 65");
        assertEquals(-Math.log(17 / 65.0) / Math.log(2), chance.startBits(may2016, 64), 1e-6,
                "the year 2016: its months, November 2015 to February 2017, and itself");
    }

    /** A town few name is strong evidence, a place half the register names weak; nothing shared, none. */
    @Test
    void aPlaceFewNameIsStrongEvidence() {
        List<InitiativeRecord> records = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            records.add(record("leeds" + i, "Run in Leeds.", null, null));
            records.add(record("other" + i, i < 2 ? "Run in Truro." : "Run across Kent.", null, null));
        }
        InitiativeFeatures features = new InitiativeFeatures(records);
        ChanceAgreements chance = new ChanceAgreements(features, 61);
        var places = features.named.get(NamedEntities.Kind.PLACE);
        double leeds = chance.namedBits(NamedEntities.Kind.PLACE, places[0], places[2]);
        double truro = chance.namedBits(NamedEntities.Kind.PLACE, places[1], places[3]);
        assertEquals(1.0, leeds, 1e-6, "half of those naming a place name Leeds");
        assertEquals(4.0, truro, 1e-6, "2 of 32 name Truro");
        assertEquals(0.0, chance.namedBits(NamedEntities.Kind.PLACE, places[0], places[1]), "Leeds and Truro share nothing");
    }

    /** A condition or a region is evidence as rare as it is among those naming one; a text naming none gives nothing. */
    @Test
    void aConditionOrRegionFewStateIsStrongEvidence() {
        List<InitiativeRecord> records = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            records.add(new InitiativeRecord("sickle" + i, "Clinic " + i, i < 1 ? "For people with sickle cell disease." : "For people with asthma.",
                    List.of(), List.of(), List.of(), List.of(), null, null, null, "England", i < 2 ? "Essex" : "Kent", null, null));
            records.add(new InitiativeRecord("plain" + i, "Service " + i, "Open to all.", List.of(), List.of(), List.of(), List.of(), null, null,
                    null, "England", null, null, null));
        }
        InitiativeFeatures features = new InitiativeFeatures(records);
        ChanceAgreements chance = new ChanceAgreements(features, 61);
        var conditions = features.named.get(NamedEntities.Kind.CONDITION);
        assertEquals(3.0, chance.namedBits(NamedEntities.Kind.CONDITION, conditions[0], conditions[0]), 1e-6,
                "1 of the 8 naming a condition names sickle cell (the 8 naming none do not count)");
        assertEquals(-Math.log(7 / 8.0) / Math.log(2), chance.namedBits(NamedEntities.Kind.CONDITION, conditions[2], conditions[4]), 1e-6,
                "7 of 8 name asthma");
        assertEquals(0.0, chance.namedBits(NamedEntities.Kind.CONDITION, conditions[0], conditions[2]), "sickle cell and asthma share nothing");
        assertEquals(2.0, chance.regionBits(features.region.of[0]), 1e-6, "2 of the 8 stating a region state Essex");
    }

    /** A term of a technology area few state is strong evidence; one most state, weak; areas sharing no term, none. */
    @Test
    void aTechnologyTermFewStateIsStrongEvidence() {
        List<InitiativeRecord> records = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String area = i < 2 ? "Genomic testing" : "Digital therapeutics";
            records.add(new InitiativeRecord("t" + i, "Scheme " + i, null, List.of(), List.of(), List.of(), List.of(), null, null, null, area,
                    null, null, null, null, null, List.of()));
        }
        InitiativeFeatures features = new InitiativeFeatures(records);
        ChanceAgreements chance = new ChanceAgreements(features, 61);
        String[][] areas = features.technologies;
        assertEquals(2.0, chance.technologyBits(areas[0], areas[1]), 1e-6, "2 of 8 state genomic testing");
        assertEquals(-Math.log(6 / 8.0) / Math.log(2), chance.technologyBits(areas[2], areas[3]), 1e-6, "6 of 8 state digital therapeutics");
        assertEquals(0.0, chance.technologyBits(areas[0], areas[2]), "genomic testing and digital therapeutics share no term");
    }

    /** A body few involve, as owner or partner, is strong evidence; one every initiative involves, none. So is an end few share. */
    @Test
    void aBodyOrADurationFewShareIsStrongEvidence() {
        InitiativeRecord.Owner nhse = new InitiativeRecord.Owner("nhse", "NHS England", "NHSE");
        InitiativeRecord.Owner trust = new InitiativeRecord.Owner("leeds-trust", "Leeds Teaching Hospitals", null);
        List<InitiativeRecord> records = new ArrayList<>();
        LocalDate start = LocalDate.of(2020, 4, 1);
        for (int i = 0; i < 8; i++) {
            LocalDate end = i < 2 ? start.plusYears(3) : start.plusYears(1);
            records.add(new InitiativeRecord("r" + i, "Scheme " + i, null, List.of(), List.of(), List.of(), List.of(), null, null, null, null,
                    null, null, start, end, start, List.of(nhse), i < 2 ? List.of(trust) : List.of()));
        }
        InitiativeFeatures features = new InitiativeFeatures(records);
        ChanceAgreements chance = new ChanceAgreements(features, 61);
        assertEquals(2.0, chance.organisationBits(features.organisations[0], features.organisations[1]), 1e-6,
                "2 of 8 involve the trust (a partner of the one, owner of none)");
        assertEquals(0.0, chance.organisationBits(features.organisations[2], features.organisations[3]), "all 8 involve NHS England");
        assertEquals(2.0, chance.endBits(0, 1), 1e-6, "2 of 8 last three years");
        assertEquals(-Math.log(6 / 8.0) / Math.log(2), chance.endBits(2, 3), 1e-6, "6 of 8 last a year");
    }
}
