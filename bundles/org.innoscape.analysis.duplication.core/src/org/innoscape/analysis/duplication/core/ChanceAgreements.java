package org.innoscape.analysis.duplication.core;

import java.util.Arrays;
import java.util.BitSet;

/**
 * How often two initiatives of a register agree by chance in their start, in a place, condition, population, setting of care or
 * intervention they name, in the region and a term of the technology area they state, in a body they involve (owner or
 * partner) and in their end, as evidence in bits (minus the base-2 logarithm of that chance) that two records agreeing in them
 * are one programme: the agreement weights of record linkage (Fellegi and Sunter), here from the register's own frequencies.
 * A start stated to the month that few others share, or a town few name, is strong evidence; a start stated as a year, or a
 * region half the register names, is weak.
 */
final class ChanceAgreements implements java.io.Serializable {
    private static final long serialVersionUID = 3L; // 3: every kind of name, regions, technology, bodies and ends

    /**
     * The evidence of each initiative's start agreeing: from the share of those with a start whose possible start lies within
     * the days of its own; 0 without a start.
     */
    private final float[] startBits;
    /**
     * The evidence of each initiative's end agreeing with that of one that started with it: from the share of those with a start
     * and an end that lasted within the days of as long; 0 without both.
     */
    private final float[] durationBits;
    /** The evidence of each body (by ordinal) both involve: from the share of the initiatives involving any that involve it. */
    private final float[] organisationBits;
    /**
     * For each kind of name, the evidence of each family named by both: from the share of the initiatives naming one of that
     * kind that name it.
     */
    private final java.util.EnumMap<NamedEntities.Kind, float[]> familyBits = new java.util.EnumMap<>(NamedEntities.Kind.class);
    /** The evidence of each region (by ordinal) stated by both: from the share of the initiatives stating a region that state it. */
    private final float[] regionBits;
    /** The evidence of each term of technology areas stated by both: from the share of the initiatives stating an area that use it. */
    private final java.util.HashMap<String, Float> technologyBits;

    ChanceAgreements(InitiativeFeatures features, int withinDays) {
        startBits = startBits(features, withinDays);
        durationBits = durationBits(features, withinDays);
        organisationBits = organisationBits(features.organisations);
        for (NamedEntities.Kind kind : NamedEntities.Kind.values()) {
            familyBits.put(kind, familyBits(features.named.get(kind)));
        }
        regionBits = regionBits(features.region);
        technologyBits = technologyBits(features.technologies);
    }

    private static float[] startBits(InitiativeFeatures features, int withinDays) {
        int n = features.startFrom.length;
        float[] bits = new float[n];
        long[] froms = Arrays.stream(features.startFrom).filter(day -> day != Long.MIN_VALUE).sorted().toArray();
        long[] bys = Arrays.stream(features.startBy).filter(day -> day != Long.MIN_VALUE).sorted().toArray();
        for (int i = 0; i < n; i++) {
            if (features.hasStart(i)) {
                // Those that may start by the window's end, less those that must have started before it began.
                long agreeing = atMost(froms, features.startBy[i] + withinDays) - atMost(bys, features.startFrom[i] - withinDays - 1);
                bits[i] = (float) bits((double) agreeing / froms.length);
            }
        }
        return bits;
    }

    private static float[] regionBits(InitiativeFeatures.Values region) {
        int[] regions = new int[region.names.size()];
        int stating = 0;
        for (int stated : region.of) {
            if (stated >= 0) {
                regions[stated]++;
                stating++;
            }
        }
        float[] bits = new float[regions.length];
        for (int r = 0; r < regions.length; r++) {
            bits[r] = (float) bits((double) regions[r] / stating);
        }
        return bits;
    }

    private static java.util.HashMap<String, Float> technologyBits(String[][] technologies) {
        java.util.Map<String, Integer> terms = new java.util.HashMap<>();
        int areas = 0;
        for (String[] area : technologies) {
            areas += area.length > 0 ? 1 : 0;
            for (String term : area) {
                terms.merge(term, 1, Integer::sum);
            }
        }
        java.util.HashMap<String, Float> bits = new java.util.HashMap<>();
        for (var term : terms.entrySet()) {
            bits.put(term.getKey(), (float) bits((double) term.getValue() / areas));
        }
        return bits;
    }

    private static float[] durationBits(InitiativeFeatures features, int withinDays) {
        int n = features.startFrom.length;
        float[] bits = new float[n];
        long[] durations = java.util.stream.IntStream.range(0, n).filter(features::hasStartAndEnd)
                .mapToLong(i -> features.to[i] - features.startFrom[i]).sorted().toArray();
        for (int i = 0; i < n; i++) {
            if (features.hasStartAndEnd(i)) {
                long duration = features.to[i] - features.startFrom[i];
                long alike = atMost(durations, duration + withinDays) - atMost(durations, duration - withinDays - 1);
                bits[i] = (float) bits((double) alike / durations.length);
            }
        }
        return bits;
    }

    private static float[] organisationBits(int[][] organisations) {
        int[] counts = new int[0];
        int involving = 0;
        for (int[] bodies : organisations) {
            involving += bodies.length > 0 ? 1 : 0;
            for (int body : bodies) {
                counts = body < counts.length ? counts : Arrays.copyOf(counts, Math.max(body + 1, counts.length * 2));
                counts[body]++;
            }
        }
        float[] bits = new float[counts.length];
        for (int body = 0; body < counts.length; body++) {
            bits[body] = (float) bits((double) counts[body] / involving);
        }
        return bits;
    }

    private static float[] familyBits(BitSet[] named) {
        int[] counts = new int[0];
        int naming = 0;
        for (BitSet families : named) {
            if (families.isEmpty()) {
                continue;
            }
            naming++;
            counts = Arrays.copyOf(counts, Math.max(counts.length, families.length()));
            for (int family = families.nextSetBit(0); family >= 0; family = families.nextSetBit(family + 1)) {
                counts[family]++;
            }
        }
        float[] bits = new float[counts.length];
        for (int family = 0; family < counts.length; family++) {
            bits[family] = (float) bits((double) counts[family] / naming);
        }
        return bits;
    }

    /** The number of sorted values at most {@code bound}. */
    private static int atMost(long[] sorted, long bound) {
        int position = Arrays.binarySearch(sorted, bound);
        if (position < 0) {
            return -position - 1;
        }
        while (position + 1 < sorted.length && sorted[position + 1] == bound) {
            position++;
        }
        return position + 1;
    }

    /** The evidence of two starts that agree: that of the commoner of the two (a start stated as a year is common). */
    double startBits(int a, int b) {
        return Math.min(startBits[a], startBits[b]);
    }

    /** The evidence of one initiative's start agreeing with another's: at least that of any pair it is in. */
    double startBits(int a) {
        return startBits[a];
    }

    /** The evidence of two ends that agree, of two that started together: that of the commoner of the two durations. */
    double endBits(int a, int b) {
        return Math.min(durationBits[a], durationBits[b]);
    }

    /** The evidence of one initiative's end agreeing with another's: at least that of any pair it is in. */
    double endBits(int a) {
        return durationBits[a];
    }

    /** The evidence of the bodies both involve (ascending ordinals): from the rarest they share. */
    double organisationBits(int[] first, int[] second) {
        double most = 0;
        for (int i = 0, j = 0; i < first.length && j < second.length;) {
            if (first[i] == second[j]) {
                most = Math.max(most, organisationBits[first[i]]);
                i++;
                j++;
            } else if (first[i] < second[j]) {
                i++;
            } else {
                j++;
            }
        }
        return most;
    }

    /** The evidence of one body both involve. */
    double organisationBits(int body) {
        return organisationBits[body];
    }

    /** The evidence of the names of one kind both name: from the rarest family they share; 0 when they share none. */
    double namedBits(NamedEntities.Kind kind, BitSet first, BitSet second) {
        float[] bits = familyBits.get(kind);
        double most = 0;
        for (int family = first.nextSetBit(0); family >= 0; family = first.nextSetBit(family + 1)) {
            if (second.get(family) && family < bits.length) {
                most = Math.max(most, bits[family]);
            }
        }
        return most;
    }

    /** The evidence of one family of names named by both (0 for a family no text of the register names). */
    double familyBits(NamedEntities.Kind kind, int family) {
        float[] bits = familyBits.get(kind);
        return family < bits.length ? bits[family] : 0;
    }

    /** The evidence of one region stated by both, by its ordinal. */
    double regionBits(int region) {
        return regionBits[region];
    }

    /** The evidence of the technology areas both state (sorted terms, see {@link TechnologyAreas}): from the rarest term they share. */
    double technologyBits(String[] first, String[] second) {
        double most = 0;
        for (int i = 0, j = 0; i < first.length && j < second.length;) {
            int order = first[i].compareTo(second[j]);
            if (order == 0) {
                most = Math.max(most, technologyBits(first[i]));
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return most;
    }

    /** The evidence of one term of a technology area stated by both (0 for a term no area of the register uses). */
    double technologyBits(String term) {
        return technologyBits.getOrDefault(term, 0f);
    }

    /** How often such an agreement happens by chance, for an account: " (as 1 in 23 {@code ofWhat})", or "" when most agree. */
    static String asShare(double bits, String ofWhat) {
        long oneIn = Math.round(Math.pow(2, bits));
        return oneIn < 2 ? "" : " (as 1 in " + oneIn + " " + ofWhat + ")";
    }

    private static double bits(double share) {
        return share <= 0 || share >= 1 ? 0 : -Math.log(share) / Math.log(2);
    }
}
