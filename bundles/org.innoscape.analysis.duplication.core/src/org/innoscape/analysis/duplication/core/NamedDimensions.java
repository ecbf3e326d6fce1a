package org.innoscape.analysis.duplication.core;

import java.util.BitSet;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * Dimensions added to the vectors a nearest-in-meaning search compares, for what each text names: its places,
 * conditions, populations, settings, interventions, rounds and years. Programmes written from one template differ
 * in little but these, so an embedding finds a text's siblings (the scheme for another condition, region or round)
 * as near as its re-description, and in a large register they crowd the re-description out of its nearest; with
 * these dimensions a text naming the same things comes nearer than one naming others. Each thing named is one of
 * {@link #DIMENSIONS} signed dimensions (feature hashing: two things may share one, rarely); the named part has
 * length {@link #WEIGHT} against the embedding's 1 (a text naming nothing has it in a dimension of its own, so every
 * vector keeps one length), and the whole is a unit vector: its cosines are 0.8 of the embeddings' plus 0.2 of what
 * the two name. Only the search uses these vectors, and only from {@link #FROM} texts, as with {@link CommonDirections#remover}.
 */
final class NamedDimensions {
    static final int DIMENSIONS = 64;
    /**
     * The named part's length against the embedding's 1: 0.3 found the same planted pairs with more pairs reported, 0.7
     * and 1.0 fewer planted pairs on one generator or more (docs/performance.md).
     */
    static final float WEIGHT = 0.5f;
    /** Below this many texts the embeddings are searched as they are (one search for small registers, whatever the version). */
    static final int FROM = CommonDirections.FROM;
    private static final int NOTHING = DIMENSIONS;

    private NamedDimensions() {
    }

    /**
     * The unit vectors of {@code vectors}, each first made what the search compares by {@code searched} (such as
     * {@link CommonDirections#remover}), with the things each initiative's text names added.
     */
    static float[][] added(float[][] vectors, UnaryOperator<float[]> searched, InitiativeFeatures features) {
        float[][] added = new float[vectors.length][];
        IntStream.range(0, vectors.length).parallel().forEach(x -> added[x] = added(searched.apply(vectors[x]), named(features, x)));
        return added;
    }

    /**
     * The memory keys of the searched vectors: each embedding's key with what its text names mixed in, so that a
     * remembered list is reused only where the search would compare the same vector (the lists of named things
     * change between versions; texts whose embeddings are alike may name other things).
     */
    static long[] keys(long[] embeddingKeys, InitiativeFeatures features) {
        long[] keys = new long[embeddingKeys.length];
        for (int x = 0; x < keys.length; x++) {
            long key = embeddingKeys[x];
            for (long thing : named(features, x)) {
                key = mix(key ^ thing);
            }
            keys[x] = key;
        }
        return keys;
    }

    /** What the text of initiative {@code x} names, each thing as one number (its kind in the high bits), in a fixed order. */
    private static long[] named(InitiativeFeatures features, int x) {
        NamedEntities.Kind[] kinds = NamedEntities.Kind.values();
        BitSet[] sets = new BitSet[kinds.length + 2];
        for (int k = 0; k < kinds.length; k++) {
            sets[k] = features.named.get(kinds[k])[x];
        }
        sets[kinds.length] = features.rounds[x];
        sets[kinds.length + 1] = features.years[x];
        int count = 0;
        for (BitSet set : sets) {
            count += set.cardinality();
        }
        long[] things = new long[count];
        count = 0;
        for (int kind = 0; kind < sets.length; kind++) {
            for (int thing = sets[kind].nextSetBit(0); thing >= 0; thing = sets[kind].nextSetBit(thing + 1)) {
                things[count++] = (long) kind << 32 | thing;
            }
        }
        return things;
    }

    private static float[] added(float[] vector, long[] things) {
        int dimensions = vector.length;
        double[] named = new double[DIMENSIONS + 1];
        for (long thing : things) {
            long hash = mix(thing);
            named[(int) Long.remainderUnsigned(hash, DIMENSIONS)] += hash < 0 ? -1 : 1;
        }
        double namedLength = Math.sqrt(squares(named));
        if (namedLength == 0) { // nothing named, or things that cancelled out: as if nothing were named
            named[NOTHING] = 1;
            namedLength = 1;
        }
        double vectorLength = Math.sqrt(squares(vector));
        // Embeddings are unit vectors but for rounding, or zero for an empty text: the embedded part is made length 1 or 0.
        double scale = vectorLength == 0 ? 0 : 1 / vectorLength;
        double length = Math.sqrt((vectorLength == 0 ? 0 : 1) + WEIGHT * WEIGHT);
        float[] added = new float[dimensions + DIMENSIONS + 1];
        for (int d = 0; d < dimensions; d++) {
            added[d] = (float) (vector[d] * scale / length);
        }
        for (int d = 0; d <= DIMENSIONS; d++) {
            added[dimensions + d] = (float) (named[d] / namedLength * WEIGHT / length);
        }
        return added;
    }

    private static double squares(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value * value;
        }
        return sum;
    }

    private static double squares(float[] values) {
        double sum = 0;
        for (float value : values) {
            sum += (double) value * value;
        }
        return sum;
    }

    /** A 64-bit finaliser (SplitMix64's): spreads neighbouring numbers over all dimensions and bits. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
