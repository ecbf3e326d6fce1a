package org.innoscape.analysis.duplication.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The walk over remembered lists that finds a changed text's nearest in a large register: it finds nearly all
 * of the exact nearest while comparing the text with a small share of the register, and tells each comparison once.
 */
class RememberedListsWalkTest {
    private static final int N = 6000;
    private static final int K = 10;

    @Test
    void aWalkFindsNearlyAllExactNearestComparingFewVectors() {
        float[][] vectors = clustered(N, 300, 32, 11);
        int[] searched = IntStream.range(0, N).filter(x -> x % 97 == 5).toArray();
        Set<Integer> searchedSet = new HashSet<>();
        Arrays.stream(searched).forEach(searchedSet::add);
        int[][] lists = new int[N][];
        for (int x = 0; x < N; x++) {
            if (!searchedSet.contains(x)) {
                // Remembered lists as an earlier detection left them: the nearest among the texts that were there.
                MostSimilarKept nearest = new MostSimilarKept(K);
                for (int y = 0; y < N; y++) {
                    if (y != x && !searchedSet.contains(y)) {
                        nearest.offer(y, (float) UnitVectors.dot(vectors[x], vectors[y]));
                    }
                }
                lists[x] = nearest.positions();
            }
        }
        RememberedListsWalk walk = new RememberedListsWalk(vectors, lists);
        RememberedListsWalk.Marks marks = walk.marks();
        int found = 0;
        long comparisons = 0;
        for (int q : searched) {
            MostSimilarKept top = new MostSimilarKept(K);
            Set<Integer> told = new HashSet<>();
            long[] count = {0};
            walk.walk(q, searched, 64, marks, (y, similarity) -> {
                assertTrue(y != q, "never the text itself");
                assertTrue(told.add(y), "each comparison told once: " + y);
                assertEquals((float) UnitVectors.dot(vectors[q], vectors[y]), similarity, 1e-5);
                top.offer(y, similarity);
                count[0]++;
            });
            comparisons += count[0];
            Set<Integer> walked = new HashSet<>();
            Arrays.stream(top.positions()).forEach(walked::add);
            found += (int) Arrays.stream(UnitVectors.exactNearest(vectors, q, K)).filter(walked::contains).count();
        }
        double recall = found / (double) (searched.length * K);
        double share = comparisons / (double) searched.length / N;
        assertTrue(recall >= 0.97, "the exact nearest found: " + recall); // 0.99 when written
        assertTrue(share < 0.25, "a share of the register compared: " + share); // 0.12 when written
    }

    /** Unit vectors around {@code clusters} centres: texts written from templates gather in look-alike groups. */
    static float[][] clustered(int count, int clusters, int dimensions, long seed) {
        Random random = new Random(seed);
        float[][] centres = UnitVectors.random(clusters, dimensions, seed + 1);
        float[][] vectors = new float[count][];
        for (int i = 0; i < count; i++) {
            float[] centre = centres[random.nextInt(clusters)];
            float[] v = new float[dimensions];
            for (int d = 0; d < dimensions; d++) {
                v[d] = centre[d] + (float) (0.15 * random.nextGaussian());
            }
            vectors[i] = UnitVectors.unit(v);
        }
        return vectors;
    }
}
