package org.innoscape.analysis.duplication.core;

import java.util.Random;
import java.util.stream.IntStream;

/** Random unit vectors standing for embeddings, and the exact answers a neighbour search is checked against. */
final class UnitVectors {
    private UnitVectors() {
    }

    static float[][] random(int count, int dimensions, long seed) {
        Random random = new Random(seed);
        float[][] vectors = new float[count][];
        for (int i = 0; i < count; i++) {
            float[] v = new float[dimensions];
            for (int d = 0; d < dimensions; d++) {
                v[d] = (float) random.nextGaussian();
            }
            vectors[i] = unit(v);
        }
        return vectors;
    }

    static float[] unit(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        float[] u = new float[v.length];
        for (int d = 0; d < v.length; d++) {
            u[d] = (float) (v[d] / norm);
        }
        return u;
    }

    /** The {@code k} vectors most similar to vector {@code q}, every one compared, most similar first. */
    static int[] exactNearest(float[][] vectors, int q, int k) {
        return IntStream.range(0, vectors.length).filter(y -> y != q).boxed()
                .sorted((a, b) -> Double.compare(dot(vectors[q], vectors[b]), dot(vectors[q], vectors[a]))).limit(k)
                .mapToInt(Integer::intValue).toArray();
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
