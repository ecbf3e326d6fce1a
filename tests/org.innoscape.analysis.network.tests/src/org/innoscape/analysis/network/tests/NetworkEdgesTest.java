package org.innoscape.analysis.network.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.network.ActorNetwork;
import org.innoscape.analysis.network.FragmentationAnalysis;
import org.innoscape.analysis.network.NetworkMetrics;
import org.innoscape.model.Actor;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.junit.jupiter.api.Test;

/**
 * What the hand-worked graphs of NetworkMetricsTest do not reach: more sources than the parallel
 * chunks, several shortest paths, a cycle hanging from a cut vertex, components in size order, the
 * shared computation, and the fragmentation rule's report. Written against the mutants PIT found
 * surviving (docs/testing.md, "Mutation testing").
 */
class NetworkEdgesTest {
    private static final double EPS = 1e-9;

    @Test
    void aLongPathSpreadOverEveryChunkHasTheTextbookBetweenness() {
        // A path of 40: node v lies between v * (39 - v) pairs, whatever chunk its searches ran in.
        int n = 40;
        int[][] edges = new int[n - 1][];
        for (int v = 0; v < n - 1; v++) {
            edges[v] = new int[] {v, v + 1};
        }
        NetworkMetrics m = NetworkMetrics.compute(ActorNetwork.of(TestActors.named(n), edges), false);
        for (int v = 0; v < n; v++) {
            assertEquals(v * (n - 1 - v), m.betweenness()[v], EPS, "node " + v);
        }
        double harmonicOfEnd = 0;
        for (int d = 1; d < n; d++) {
            harmonicOfEnd += 1.0 / d;
        }
        assertEquals(harmonicOfEnd / (n - 1), m.closeness()[0], EPS);
        assertEquals(m.closeness()[0], m.closeness()[n - 1], EPS);
    }

    @Test
    void aSquareSharesEachDetourBetweenTwoPaths() {
        // 0-1-2-3-0: the opposite corners have two shortest paths, so each middle corner carries half of one pair.
        NetworkMetrics m = NetworkMetrics.compute(ActorNetwork.of(TestActors.named(4), new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 0}}), false);
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, m.betweenness(), EPS);
        assertArrayEquals(new boolean[] {false, false, false, false}, m.articulation());
    }

    @Test
    void aCycleHangingFromACutVertexMakesItACutVertex() {
        // 0 - 1, and the cycle 1-2-3-1: removing 1 cuts 0 off, though 1's child reaches back exactly to 1.
        NetworkMetrics m = NetworkMetrics.compute(ActorNetwork.of(TestActors.named(4), new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 1}}), false);
        assertArrayEquals(new boolean[] {false, true, false, false}, m.articulation());
    }

    @Test
    void aLoneActorHasNoCloseness() {
        NetworkMetrics m = NetworkMetrics.compute(ActorNetwork.of(TestActors.named(1), new int[0][]), false);
        assertEquals(0, m.closeness()[0], 0, "no other actor to be close to (not NaN)");
        assertEquals(1, m.componentCount());
    }

    @Test
    void componentsComeLargestFirst() {
        // Index order: a single actor, a pair, a triangle; by size: the triangle, the pair, the single.
        List<Actor> actors = TestActors.named(6);
        NetworkMetrics m = NetworkMetrics.compute(ActorNetwork.of(actors, new int[][] {{1, 2}, {3, 4}, {4, 5}, {5, 3}}), false);
        List<List<Actor>> parts = m.componentsBySize();
        assertEquals(List.of(3, 2, 1), parts.stream().map(List::size).toList());
        assertEquals(List.of(actors.get(3), actors.get(4), actors.get(5)), parts.get(0));
        assertEquals(List.of(actors.get(0)), parts.get(2));
    }

    @Test
    void theSharedComputationIsReusedOnlyForTheSameNetwork() {
        List<Actor> actors = TestActors.named(3);
        ActorNetwork path = ActorNetwork.of(actors, new int[][] {{0, 1}, {1, 2}});
        NetworkMetrics first = NetworkMetrics.shared(path, false, new NullProgressMonitor());
        assertSame(first, NetworkMetrics.shared(ActorNetwork.of(actors, new int[][] {{0, 1}, {1, 2}}), false, new NullProgressMonitor()),
                "the same actors and edges: computed once");
        NetworkMetrics other = NetworkMetrics.shared(ActorNetwork.of(actors, new int[][] {{0, 1}, {0, 2}}), false, new NullProgressMonitor());
        assertFalse(other == first, "other edges: computed again");
        assertEquals(1, other.betweenness()[0], EPS);
        NetworkMetrics otherActors = NetworkMetrics.shared(ActorNetwork.of(TestActors.named(3), new int[][] {{0, 1}, {0, 2}}), false,
                new NullProgressMonitor());
        assertFalse(otherActors == other, "other actors (even alike): computed again");
        assertTrue(path.sameAs(path));
        assertFalse(path.sameAs(ActorNetwork.of(actors.subList(0, 2), new int[][] {{0, 1}})));
    }

    @Test
    void fragmentationNamesTheActorsOutsideTheLargestPart() {
        InnovationSystemBuilder b = new InnovationSystemBuilder("fragments", "Fragments");
        Actor a = b.actor("a", "A", ActorKind.NETWORK, ActorLevel.REGIONAL);
        Actor c = b.actor("c", "C", ActorKind.NETWORK, ActorLevel.REGIONAL);
        Actor d = b.actor("d", "D", ActorKind.NETWORK, ActorLevel.REGIONAL);
        Actor e = b.actor("e", "E", ActorKind.NETWORK, ActorLevel.REGIONAL);
        Actor lone = b.actor("lone", "Lone", ActorKind.NETWORK, ActorLevel.REGIONAL);
        b.relationship("ac", a, RelationshipKind.FUNDS, c);
        b.relationship("cd", c, RelationshipKind.FUNDS, d);
        e.getMemberOf().add(lone);
        List<Finding> findings = run(b, Map.of());
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals("The actor network falls into 2 separate parts", finding.message());
        assertEquals("The largest part links 3 of 5 actors; 2 actors are in 1 other parts that no chain of relationships "
                + "connects to it.", finding.explanation());
        assertEquals(java.util.Set.of(e, lone), java.util.Set.copyOf(finding.subjects()));

        List<Finding> withoutMemberships = run(b, Map.of("include-memberships", "false"));
        assertEquals("The actor network falls into 3 separate parts", withoutMemberships.get(0).message(),
                "without memberships E and Lone are apart");

        b.relationship("de", d, RelationshipKind.FUNDS, e);
        assertEquals(List.of(), run(b, Map.of()), "one part: nothing to report");
    }

    private static List<Finding> run(InnovationSystemBuilder b, Map<String, String> parameters) {
        FragmentationAnalysis analysis = new FragmentationAnalysis();
        var result = AnalysisRunner.run(b.system(), List.of(analysis), Map.of(analysis.descriptor().id(), parameters),
                new NullProgressMonitor());
        assertTrue(result.failures().isEmpty(), result.failures().toString());
        return result.findings();
    }
}
