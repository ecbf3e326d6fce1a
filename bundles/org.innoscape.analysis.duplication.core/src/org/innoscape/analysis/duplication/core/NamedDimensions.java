package org.innoscape.analysis.duplication.core;

import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Dimensions added to the vectors a nearest-in-meaning search compares, for what each text names: its places,
 * conditions, populations, settings, interventions, rounds and years. Programmes written from one template differ
 * in little but these, so an embedding finds a text's siblings (the scheme for another condition, region or round)
 * as near as its re-description, and in a large register they crowd the re-description out of its nearest; with
 * these dimensions a text naming the same things comes nearer than one naming others. Each thing named is one of
 * {@link #DIMENSIONS} signed dimensions (feature hashing: two things may share one, rarely), the named part has
 * length {@link #WEIGHT} (a text naming nothing has it in a dimension of its own, so every vector keeps one length)
 * and the whole is a unit vector. Only the search uses these vectors.
 */
final class NamedDimensions {
    static final int DIMENSIONS = 64;
    /** The named part's length against the embedding's 1: two texts naming the same things gain 0.2 of cosine. */
    static final float WEIGHT = 0.5f;
    private static final int NOTHING = DIMENSIONS;

    private NamedDimensions() {
    }

    /** The unit vectors of {@code vectors} (unit vectors) with the things each initiative's text names added. */
    static float[][] added(float[][] vectors, InitiativeFeatures features) {
        int n = vectors.length;
        float[][] added = new float[n][];
        IntStream.range(0, n).parallel().forEach(x -> added[x] = added(vectors[x], named(features, x)));
        return added;
    }

    /** What the text of initiative {@code x} names, each thing as one number (its kind in the high bits). */
    private static long[] named(InitiativeFeatures features, int x) {
        List<BitSet> sets = new java.util.ArrayList<>();
        for (NamedEntities.Kind kind : NamedEntities.Kind.values()) {
            BitSet families = features.named.get(kind)[x];
            sets.add(families == null ? new BitSet() : families);
        }
        sets.add(features.rounds[x]);
        sets.add(features.years[x]);
        long[] things = new long[sets.stream().mapToInt(BitSet::cardinality).sum()];
        int count = 0;
        for (int kind = 0; kind < sets.size(); kind++) {
            BitSet set = sets.get(kind);
            for (int thing = set.nextSetBit(0); thing >= 0; thing = set.nextSetBit(thing + 1)) {
                things[count++] = (long) kind << 32 | thing;
            }
        }
        return things;
    }

    private static float[] added(float[] vector, long[] things) {
        int dimensions = vector.length;
        float[] added = new float[dimensions + DIMENSIONS + 1];
        double scale = 1 / Math.sqrt(1 + WEIGHT * WEIGHT);
        for (int d = 0; d < dimensions; d++) {
            added[d] = (float) (vector[d] * scale);
        }
        if (things.length == 0) {
            added[dimensions + NOTHING] = (float) (WEIGHT * scale);
            return added;
        }
        double[] named = new double[DIMENSIONS];
        for (long thing : things) {
            long hash = mix(thing);
            named[(int) Long.remainderUnsigned(hash, DIMENSIONS)] += (hash & 1L << 63) == 0 ? 1 : -1;
        }
        double squares = 0;
        for (double value : named) {
            squares += value * value;
        }
        double length = Math.sqrt(squares);
        for (int d = 0; d < DIMENSIONS; d++) {
            added[dimensions + d] = length == 0 ? 0 : (float) (named[d] / length * WEIGHT * scale);
        }
        if (length == 0) { // things that cancelled out: as if nothing were named
            added[dimensions + NOTHING] = (float) (WEIGHT * scale);
        }
        return added;
    }

    /** A 64-bit finaliser (SplitMix64's): spreads neighbouring numbers over all dimensions. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
