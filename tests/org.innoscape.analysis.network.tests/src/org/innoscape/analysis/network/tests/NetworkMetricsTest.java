package org.innoscape.analysis.network.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.innoscape.analysis.network.ActorNetwork;
import org.innoscape.analysis.network.NetworkMetrics;
import org.junit.jupiter.api.Test;

/** Graphs small enough to work the answers out by hand. */
class NetworkMetricsTest {
    private static final double EPS = 1e-9;

    private static NetworkMetrics metrics(int n, int[][] edges) {
        return NetworkMetrics.compute(ActorNetwork.of(TestActors.named(n), edges), false);
    }

    @Test
    void pathOfFour() {
        // 0 - 1 - 2 - 3
        NetworkMetrics m = metrics(4, new int[][] {{0, 1}, {1, 2}, {2, 3}});
        assertArrayEquals(new int[] {1, 2, 2, 1}, m.degree());
        assertArrayEquals(new int[] {0, 1, 1, 1}, m.inDegree());
        assertArrayEquals(new int[] {1, 1, 1, 0}, m.outDegree());
        // Node 1 lies on the shortest paths 0-2 and 0-3: betweenness 2; likewise node 2.
        assertArrayEquals(new double[] {0, 2, 2, 0}, m.betweenness(), EPS);
        // Harmonic closeness of node 0: (1 + 1/2 + 1/3) / 3.
        assertEquals((1 + 0.5 + 1.0 / 3) / 3, m.closeness()[0], EPS);
        assertEquals((1 + 1 + 0.5) / 3, m.closeness()[1], EPS);
        assertArrayEquals(new boolean[] {false, true, true, false}, m.articulation());
        assertEquals(1, m.componentCount());
    }

    @Test
    void star() {
        // Centre 0 linked to 1..4: the centre is on every one of the C(4,2) = 6 paths between leaves.
        NetworkMetrics m = metrics(5, new int[][] {{0, 1}, {0, 2}, {0, 3}, {4, 0}});
        assertEquals(6, m.betweenness()[0], EPS);
        assertEquals(0, m.betweenness()[1], EPS);
        assertEquals(1.0, m.closeness()[0], EPS);
        assertEquals((1 + 0.5 * 3) / 4, m.closeness()[1], EPS);
        // Eigenvector of a star: centre sqrt(4) = 2 times a leaf; scaled so the centre is 1.
        assertEquals(1.0, m.eigenvector()[0], 1e-6);
        assertEquals(0.5, m.eigenvector()[1], 1e-6);
        assertEquals(true, m.articulation()[0]);
        assertEquals(false, m.articulation()[1]);
    }

    @Test
    void twoCyclesThroughOneNodeAndAnIsolate() {
        // Triangles 0-1-2 and 2-3-4 share node 2; node 5 is isolated.
        NetworkMetrics m = metrics(6, new int[][] {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 2}});
        assertArrayEquals(new boolean[] {false, false, true, false, false, false}, m.articulation());
        // Node 2 is on the 4 shortest paths between {0,1} and {3,4}.
        assertEquals(4, m.betweenness()[2], EPS);
        assertEquals(2, m.componentCount());
        assertEquals(5, m.componentsBySize().get(0).size());
        assertEquals(0, m.closeness()[5], EPS);
        assertEquals(0, m.eigenvector()[5], EPS);
    }

    @Test
    void parallelAndReciprocalEdgesCountOnce() {
        NetworkMetrics m = metrics(2, new int[][] {{0, 1}, {0, 1}, {1, 0}});
        assertArrayEquals(new int[] {1, 1}, m.degree());
        assertArrayEquals(new int[] {1, 1}, m.outDegree());
    }

    @Test
    void completeGraphHasEqualCentralities() {
        NetworkMetrics m = metrics(4, new int[][] {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}});
        for (int v = 0; v < 4; v++) {
            assertEquals(0, m.betweenness()[v], EPS);
            assertEquals(1.0, m.eigenvector()[v], 1e-6);
            assertEquals(1.0, m.closeness()[v], EPS);
        }
    }

    @Test
    void emptyNetwork() {
        NetworkMetrics m = metrics(0, new int[0][]);
        assertEquals(0, m.componentCount());
    }
}
