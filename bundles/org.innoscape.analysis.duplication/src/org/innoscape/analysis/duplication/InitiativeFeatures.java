package org.innoscape.analysis.duplication;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.model.PolicyInitiative;
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
        from = new long[n];
        to = new long[n];
        Map<EObject, Integer> index = new HashMap<>();
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
