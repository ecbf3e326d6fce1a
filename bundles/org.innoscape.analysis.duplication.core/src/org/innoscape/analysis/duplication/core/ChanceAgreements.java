package org.innoscape.analysis.duplication.core;

import java.util.Arrays;
import java.util.BitSet;

/**
 * How often two initiatives of a register agree by chance in their start and in a place they name, as evidence in bits
 * (minus the base-2 logarithm of that chance) that two records agreeing in them are one programme: the agreement weights of
 * record linkage (Fellegi and Sunter), here from the register's own frequencies. A start stated to the month that few others
 * share, or a town few name, is strong evidence; a start stated as a year, or a region half the register names, is weak.
 */
final class ChanceAgreements implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * The evidence of each initiative's start agreeing: from the share of those with a start whose possible start lies within
     * the days of its own; 0 without a start.
     */
    private final float[] startBits;
    /** The evidence of a place of each family named by both: from the share of initiatives naming a place that name it. */
    private final float[] placeBits;

    ChanceAgreements(InitiativeFeatures features, int withinDays) {
        int n = features.startFrom.length;
        startBits = new float[n];
        long[] froms = Arrays.stream(features.startFrom).filter(day -> day != Long.MIN_VALUE).sorted().toArray();
        long[] bys = Arrays.stream(features.startBy).filter(day -> day != Long.MIN_VALUE).sorted().toArray();
        for (int i = 0; i < n; i++) {
            if (!features.hasStart(i)) {
                continue;
            }
            // Those that may start by the window's end, less those that must have started before it began.
            long agreeing = atMost(froms, features.startBy[i] + withinDays) - atMost(bys, features.startFrom[i] - withinDays - 1);
            startBits[i] = (float) bits((double) agreeing / froms.length);
        }
        BitSet[] places = features.named.get(NamedEntities.Kind.PLACE);
        int[] counts = new int[0];
        int naming = 0;
        for (BitSet named : places) {
            if (named.isEmpty()) {
                continue;
            }
            naming++;
            counts = Arrays.copyOf(counts, Math.max(counts.length, named.length()));
            for (int family = named.nextSetBit(0); family >= 0; family = named.nextSetBit(family + 1)) {
                counts[family]++;
            }
        }
        placeBits = new float[counts.length];
        for (int family = 0; family < counts.length; family++) {
            placeBits[family] = (float) bits((double) counts[family] / naming);
        }
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

    /** The evidence of the places both name: from the rarest family they share; 0 when they share none. */
    double placeBits(BitSet first, BitSet second) {
        double most = 0;
        for (int family = first.nextSetBit(0); family >= 0; family = first.nextSetBit(family + 1)) {
            if (second.get(family)) {
                most = Math.max(most, placeBits[family]);
            }
        }
        return most;
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
