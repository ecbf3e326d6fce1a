package org.innoscape.analysis.duplication.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;

/**
 * The neighbour graph: built on every core for large registers and still finding the nearest, built
 * alike every time for small ones, and stopped, not finished, when the detection is cancelled.
 */
class MeaningNeighboursTest {
    private static final int K = 10;
    /** The size from which these tests build the graph on every core. */
    private static final int PARALLEL_IN_TESTS = 20_000;

    @Test
    void aLargeRegistersGraphIsBuiltOnEveryCoreAndFindsTheNearest() {
        // Built on every core from 20,000 here, not from PARALLEL_FROM: the same code, in seconds rather than minutes.
        float[][] vectors = UnitVectors.random(PARALLEL_IN_TESTS, 12, 11);
        int[][] earlier = MeaningNeighbours.earlierNeighbours(vectors, K, x -> false, PARALLEL_IN_TESTS);
        int found = 0;
        int asked = 0;
        for (int q = 0; q < vectors.length; q += 97) {
            for (int y : UnitVectors.exactNearest(vectors, q, K)) {
                asked++;
                if (Arrays.binarySearch(earlier[Math.max(q, y)], Math.min(q, y)) >= 0) {
                    found++;
                }
            }
        }
        double recall = found / (double) asked;
        assertTrue(recall > 0.9, "the graph finds the exact nearest: " + recall);
    }

    @Test
    void aSmallRegisterGivesTheSameNearestEveryTime() {
        float[][] vectors = UnitVectors.random(4000, 12, 12);
        int[][] first = MeaningNeighbours.earlierNeighbours(vectors, K, x -> false);
        assertTrue(Arrays.deepEquals(first, MeaningNeighbours.earlierNeighbours(vectors, K, x -> false)),
                "below the parallel size the graph is built on one thread, the same every time");
    }

    @Test
    void aCancelledDetectionStopsBuildingTheGraph() {
        for (int n : new int[] {4000, PARALLEL_IN_TESTS}) {
            float[][] vectors = UnitVectors.random(n, 12, 13);
            AtomicInteger asked = new AtomicInteger();
            IntPredicate cancelledAfter500 = x -> asked.incrementAndGet() > 500;
            int[][] earlier = MeaningNeighbours.earlierNeighbours(vectors, K, cancelledAfter500, PARALLEL_IN_TESTS);
            assertTrue(asked.get() < n / 2, n + " documents: the build stopped soon after the cancel, asked " + asked.get() + " times");
            assertEquals(0, Arrays.stream(earlier).mapToInt(list -> list.length).sum(), n + ": a cancelled search leaves nothing");
        }
    }
}
