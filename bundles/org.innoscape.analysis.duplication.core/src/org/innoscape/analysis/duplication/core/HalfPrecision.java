package org.innoscape.analysis.duplication.core;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Embeddings as they travel to a cluster's executors: the embedder and its cache round every value to
 * half precision, so two bytes carry each exactly, and the prepared register a cluster broadcasts is
 * about half the size (the embeddings were half of it). Vectors that half precision would change travel
 * as they are, so a copy always scores exactly as the original.
 */
final class HalfPrecision {
    private HalfPrecision() {
    }

    /** What to write for these vectors: their half-precision bits when that is exact, else the vectors themselves (or null). */
    static Object packed(float[][] vectors) {
        if (vectors == null) {
            return null;
        }
        short[][] packed = new short[vectors.length][];
        // One vector shared by several rows (identical texts) is written once, as before packing.
        Map<float[], short[]> done = new IdentityHashMap<>();
        for (int i = 0; i < vectors.length; i++) {
            float[] vector = vectors[i];
            if (vector == null) {
                return vectors;
            }
            if (done.containsKey(vector)) {
                packed[i] = done.get(vector);
                continue;
            }
            short[] halves = new short[vector.length];
            for (int d = 0; d < vector.length; d++) {
                halves[d] = Float.floatToFloat16(vector[d]);
                if (Float.floatToRawIntBits(Float.float16ToFloat(halves[d])) != Float.floatToRawIntBits(vector[d])) {
                    return vectors;
                }
            }
            packed[i] = halves;
            done.put(vector, halves);
        }
        return packed;
    }

    /** The vectors {@link #packed} wrote. */
    static float[][] unpacked(Object written) throws java.io.InvalidObjectException {
        if (written == null || written instanceof float[][]) {
            return (float[][]) written;
        }
        if (!(written instanceof short[][] packed)) {
            throw new java.io.InvalidObjectException("embeddings expected, found " + written.getClass().getName());
        }
        float[][] vectors = new float[packed.length][];
        Map<short[], float[]> done = new IdentityHashMap<>();
        for (int i = 0; i < packed.length; i++) {
            vectors[i] = done.computeIfAbsent(packed[i], halves -> {
                float[] vector = new float[halves.length];
                for (int d = 0; d < halves.length; d++) {
                    vector[d] = Float.float16ToFloat(halves[d]);
                }
                return vector;
            });
        }
        return vectors;
    }
}
