package org.innoscape.analysis.duplication;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Enumerator;
import org.innoscape.analysis.duplication.core.InitiativeRecord;
import org.innoscape.model.Actor;
import org.innoscape.model.ModelElement;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Property;
import org.innoscape.model.values.PartialDate;

/**
 * A model's initiatives as the plain records the detector compares. Elements are named by their ids;
 * an element without one (built in memory, never saved) gets a name of its own for this conversion.
 */
final class InitiativeRecords {
    private static final List<String> COUNTRY_PROPERTIES = List.of("country", "jurisdiction", "stip_country");
    private static final List<String> REGION_PROPERTIES = List.of("region");
    private final Map<Object, String> unnamed = new IdentityHashMap<>();

    static List<InitiativeRecord> of(List<PolicyInitiative> initiatives) {
        InitiativeRecords records = new InitiativeRecords();
        return initiatives.stream().map(records::record).toList();
    }

    private InitiativeRecord record(PolicyInitiative p) {
        PartialDate start = PartialDate.parse(p.getStartDate()).orElse(null);
        PartialDate end = PartialDate.parse(p.getEndDate()).orElse(null);
        LocalDate from = start == null ? null : start.earliest();
        LocalDate startBy = start == null ? null : start.latest();
        LocalDate to = end == null ? null : end.latest();
        return new InitiativeRecord(String.valueOf(p.getId()), p.getName(), p.getDescription(), ids(p.getStagesSupported()),
                ids(p.getDriversAddressed()), ids(p.getTargetGroups()), p.getActivityTypes().stream().map(Enumerator::getName).toList(),
                stated(p.getFundingRecipients()), stated(p.getFocus()), stated(p.getInstrumentType()), p.getTechnologyArea(),
                firstProperty(p, COUNTRY_PROPERTIES).orElse(null), firstProperty(p, REGION_PROPERTIES).orElse(null), from, to, startBy,
                bodies(p.getOwners()), bodies(p.getPartners()));
    }

    private List<InitiativeRecord.Owner> bodies(List<Actor> actors) {
        return actors.stream().map(a -> new InitiativeRecord.Owner(ids(List.of(a)).get(0), a.getName(), a.getAcronym())).toList();
    }

    private List<String> ids(List<? extends ModelElement> elements) {
        return elements.stream().map(e -> e.getId() != null ? e.getId() : unnamed.computeIfAbsent(e, x -> "\0" + unnamed.size())).toList();
    }

    /** The literal's name, or null for the first literal of each of these enumerations, which means "not stated". */
    private static String stated(Enumerator literal) {
        return literal == null || literal.getValue() == 0 ? null : literal.getName();
    }

    /**
     * The first stated of these properties: where an initiative applies is its {@code country},
     * {@code jurisdiction} or {@code stip_country} (STIP Compass imports); whom it serves within a
     * country, its {@code region}.
     */
    private static Optional<String> firstProperty(PolicyInitiative initiative, List<String> keys) {
        for (String key : keys) {
            for (Property property : initiative.getProperties()) {
                if (key.equalsIgnoreCase(property.getKey()) && property.getValue() != null && !property.getValue().isBlank()) {
                    return Optional.of(property.getValue().strip());
                }
            }
        }
        return Optional.empty();
    }
}
