package org.innoscape.analysis.duplication.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** What most texts share is taken out of the vectors the nearest are searched with. */
class CommonDirectionsTest {

    /**
     * Texts of a few templates: each vector is its template's strong direction plus a weak one of its own subject; a
     * re-description shares the subject under another template. Compared as they are, a text's siblings are nearer than
     * its re-description; without the common directions, the re-description is nearest.
     */
    @Test
    void aRedescriptionUnderAnotherTemplateBecomesNearestOnceTheTemplatesAreTakenOut() {
        int dimensions = 64;
        int templates = 4;
        int n = 2_000;
        Random random = new Random(3);
        float[][] templateDirections = new float[templates][];
        for (int t = 0; t < templates; t++) {
            templateDirections[t] = gaussian(random, dimensions);
        }
        float[][] vectors = new float[n][];
        float[] subject = gaussian(random, dimensions);
        vectors[0] = unit(mix(templateDirections[0], 3, subject, 1));
        vectors[1] = unit(mix(templateDirections[1], 3, subject, 1)); // the re-description: the same subject, another template
        for (int x = 2; x < n; x++) {
            vectors[x] = unit(mix(templateDirections[x % templates], 3, gaussian(random, dimensions), 1));
        }
        assertTrue(rankOf(vectors, 0, 1) > 10, "as they are, siblings of the template come first: rank " + rankOf(vectors, 0, 1));
        float[][] removed = removed(vectors);
        assertEquals(0, rankOf(removed, 0, 1), "without the templates' directions the re-description is the nearest");
        for (float[] vector : removed) {
            assertEquals(1.0, norm(vector), 1e-5, "unit vectors");
        }
        assertArrayEquals(removed[5], removed(vectors)[5], "the same vectors every time");
    }

    @Test
    void smallRegistersAreSearchedAsTheyAre() {
        float[][] vectors = UnitVectors.random(CommonDirections.FROM - 1, 16, 2);
        java.util.function.UnaryOperator<float[]> remover = CommonDirections.remover(vectors);
        for (float[] vector : vectors) {
            assertSame(vector, remover.apply(vector));
        }
    }

    @Test
    void theStrongestDirectionsOfADiagonalCovarianceAreItsLargestAxes() {
        double[][] covariance = new double[6][6];
        double[] variances = {1, 9, 2, 7, 0.5, 3};
        for (int d = 0; d < 6; d++) {
            covariance[d][d] = variances[d];
        }
        double[][] strongest = CommonDirections.strongest(covariance, 2);
        assertEquals(1.0, Math.abs(strongest[0][1]), 1e-9, "variance 9 first");
        assertEquals(1.0, Math.abs(strongest[1][3]), 1e-9, "then 7");
    }

    /** How many vectors are more similar to {@code of} than {@code other} is. */
    private static int rankOf(float[][] vectors, int of, int other) {
        double similarity = dot(vectors[of], vectors[other]);
        int nearer = 0;
        for (int y = 0; y < vectors.length; y++) {
            if (y != of && y != other && dot(vectors[of], vectors[y]) > similarity) {
                nearer++;
            }
        }
        return nearer;
    }

    private static float[] gaussian(Random random, int dimensions) {
        float[] vector = new float[dimensions];
        for (int d = 0; d < dimensions; d++) {
            vector[d] = (float) random.nextGaussian();
        }
        return unit(vector);
    }

    private static float[] mix(float[] a, double wa, float[] b, double wb) {
        float[] mixed = new float[a.length];
        for (int d = 0; d < a.length; d++) {
            mixed[d] = (float) (wa * a[d] + wb * b[d]);
        }
        return mixed;
    }

    private static float[] unit(float[] vector) {
        double length = norm(vector);
        float[] unit = new float[vector.length];
        for (int d = 0; d < vector.length; d++) {
            unit[d] = (float) (vector[d] / length);
        }
        return unit;
    }

    private static double norm(float[] vector) {
        return Math.sqrt(dot(vector, vector));
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += a[d] * b[d];
        }
        return sum;
    }

    /** Each vector as the search compares it. */
    private static float[][] removed(float[][] vectors) {
        java.util.function.UnaryOperator<float[]> remover = CommonDirections.remover(vectors);
        return java.util.Arrays.stream(vectors).map(remover).toArray(float[][]::new);
    }
}
