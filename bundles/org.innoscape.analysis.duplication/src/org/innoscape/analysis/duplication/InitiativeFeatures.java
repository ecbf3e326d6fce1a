package org.innoscape.analysis.duplication;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Property;
import org.innoscape.model.values.PartialDate;

/**
 * The attributes of each initiative that the scorer compares, prepared once: sets as bit sets,
 * enumerations as ordinals (-1 when unknown) and dates as day numbers, so that scoring a candidate
 * pair allocates nothing.
 */
final class InitiativeFeatures {
    final BitSet[] stages;
    final BitSet[] drivers;
    final BitSet[] groups;
    final BitSet[] activities;
    final int[] recipients;
    final int[] focus;
    final int[] instrument;
    /** The initiative's country or jurisdiction as an ordinal, -1 when not stated; {@link #countryNames} by ordinal. */
    final int[] country;
    final List<String> countryNames = new ArrayList<>();
    /** Earliest start and latest end as epoch days; Long.MIN_VALUE / MAX_VALUE when open, both MIN when no date at all. */
    final long[] from;
    final long[] to;

    InitiativeFeatures(List<PolicyInitiative> initiatives) {
        int n = initiatives.size();
        stages = new BitSet[n];
        drivers = new BitSet[n];
        groups = new BitSet[n];
        activities = new BitSet[n];
        recipients = new int[n];
        focus = new int[n];
        instrument = new int[n];
        country = new int[n];
        from = new long[n];
        to = new long[n];
        Map<EObject, Integer> index = new HashMap<>();
        Map<String, Integer> countries = new HashMap<>();
        for (int i = 0; i < n; i++) {
            PolicyInitiative p = initiatives.get(i);
            stages[i] = bits(p.getStagesSupported(), index);
            drivers[i] = bits(p.getDriversAddressed(), index);
            groups[i] = bits(p.getTargetGroups(), index);
            BitSet activityBits = new BitSet();
            p.getActivityTypes().forEach(a -> activityBits.set(a.getValue()));
            activities[i] = activityBits;
            recipients[i] = p.getFundingRecipients().getValue() == 0 ? -1 : p.getFundingRecipients().getValue();
            focus[i] = p.getFocus().getValue() == 0 ? -1 : p.getFocus().getValue();
            instrument[i] = p.getInstrumentType().getValue() == 0 ? -1 : p.getInstrumentType().getValue();
            country[i] = countryOf(p).map(c -> countries.computeIfAbsent(c.toLowerCase(Locale.ROOT), k -> {
                countryNames.add(c);
                return countryNames.size() - 1;
            })).orElse(-1);
            PartialDate start = PartialDate.parse(p.getStartDate()).orElse(null);
            PartialDate end = PartialDate.parse(p.getEndDate()).orElse(null);
            if (start == null && end == null) {
                from[i] = Long.MIN_VALUE;
                to[i] = Long.MIN_VALUE;
            } else {
                from[i] = start == null ? Long.MIN_VALUE + 1 : start.earliest().toEpochDay();
                to[i] = end == null ? Long.MAX_VALUE : end.latest().toEpochDay();
            }
        }
    }

    /**
     * Where an initiative applies, from its properties: {@code country}, {@code jurisdiction}, or
     * {@code stip_country} (STIP Compass imports), the first one stated.
     */
    static Optional<String> countryOf(PolicyInitiative initiative) {
        for (String key : COUNTRY_PROPERTIES) {
            for (Property property : initiative.getProperties()) {
                if (key.equalsIgnoreCase(property.getKey()) && property.getValue() != null && !property.getValue().isBlank()) {
                    return Optional.of(property.getValue().strip());
                }
            }
        }
        return Optional.empty();
    }

    private static final List<String> COUNTRY_PROPERTIES = List.of("country", "jurisdiction", "stip_country");

    boolean hasDates(int i) {
        return !(from[i] == Long.MIN_VALUE && to[i] == Long.MIN_VALUE);
    }

    private static BitSet bits(List<? extends EObject> elements, Map<EObject, Integer> index) {
        BitSet bits = new BitSet();
        for (EObject element : elements) {
            bits.set(index.computeIfAbsent(element, e -> index.size()));
        }
        return bits;
    }

    /** |A ∩ B| and |A ∪ B| of two bit sets, without allocating. */
    static int[] intersectionAndUnion(BitSet a, BitSet b) {
        int common = 0;
        int union = 0;
        for (int i = a.nextSetBit(0); i >= 0; i = a.nextSetBit(i + 1)) {
            if (b.get(i)) {
                common++;
            }
            union++;
        }
        union += b.cardinality() - common;
        return new int[] {common, union};
    }
}
