package org.innoscape.analysis.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.network.ActorNetwork;
import org.innoscape.analysis.network.NetworkMetrics;
import org.innoscape.analysis.network.SingleBrokersAnalysis;
import org.innoscape.model.Actor;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.junit.jupiter.api.Test;

/**
 * The Network Metrics view, the GraphML/GEXF exports and the overlays compute on the same network as
 * the single-broker analysis (relationships and memberships), so they name the same single brokers.
 */
class OneNetworkTest {

    @Test
    void theMetricsAndTheAnalysisNameTheSameSingleBrokers() {
        InnovationSystemBuilder b = new InnovationSystemBuilder("net", "One network");
        Actor funder = b.actor("funder", "Funder", ActorKind.RESEARCH_FUNDER, ActorLevel.NATIONAL);
        Actor umbrella = b.actor("umbrella", "Network of networks", ActorKind.NETWORK, ActorLevel.NATIONAL);
        Actor north = b.actor("north", "North network", ActorKind.NETWORK, ActorLevel.REGIONAL);
        Actor south = b.actor("south", "South network", ActorKind.NETWORK, ActorLevel.REGIONAL);
        Actor trust = b.actor("trust", "A trust", ActorKind.HEALTHCARE_PROVIDER, ActorLevel.LOCAL);
        b.relationship("r1", funder, RelationshipKind.FUNDS, umbrella);
        b.relationship("r2", north, RelationshipKind.PARTNERS_WITH, trust);
        // Only memberships connect the regional networks to the umbrella.
        north.getMemberOf().add(umbrella);
        south.getMemberOf().add(umbrella);
        InnovationSystem model = b.system();

        Set<String> fromMetrics = NetworkMetrics.compute(ActorNetwork.of(model), false).all().stream()
                .filter(NetworkMetrics.ActorMetrics::articulationPoint).map(m -> m.actor().getName()).collect(Collectors.toSet());
        Set<String> fromAnalysis = AnalysisRunner.run(model, List.of(new SingleBrokersAnalysis()), Map.of(), new NullProgressMonitor())
                .findings().stream().flatMap(f -> f.subjects().stream()).map(s -> ((Actor) s).getName()).collect(Collectors.toSet());
        assertFalse(fromMetrics.isEmpty());
        assertEquals(fromMetrics, fromAnalysis);
        assertEquals(Set.of("Network of networks", "North network"), fromMetrics);
    }

    /**
     * A membership is one tie, like a relationship: a star of memberships and the same star of
     * relationships give the same eigenvector centralities (a membership is stored both ways, and must
     * not weigh double). Two relationships between the same actors weigh as two, by choice.
     */
    @Test
    void aMembershipWeighsAsOneRelationshipInEigenvectorCentrality() {
        double[] byMembership = star(true);
        double[] byRelationship = star(false);
        for (int i = 0; i < byMembership.length; i++) {
            assertEquals(byRelationship[i], byMembership[i], 1e-9, "actor " + i);
        }
    }

    /** A hub with three spokes, one spoke also tied to a fourth actor by a relationship. */
    private static double[] star(boolean memberships) {
        InnovationSystemBuilder b = new InnovationSystemBuilder("star", "Star");
        Actor hub = b.actor("hub", "Hub", ActorKind.NETWORK, ActorLevel.NATIONAL);
        Actor[] spokes = new Actor[3];
        for (int i = 0; i < 3; i++) {
            spokes[i] = b.actor("s" + i, "Spoke " + i, ActorKind.NETWORK, ActorLevel.REGIONAL);
            if (memberships) {
                spokes[i].getMemberOf().add(hub);
            } else {
                b.relationship("r" + i, spokes[i], RelationshipKind.PARTNERS_WITH, hub);
            }
        }
        Actor outside = b.actor("outside", "Outside", ActorKind.HEALTHCARE_PROVIDER, ActorLevel.LOCAL);
        b.relationship("x", spokes[0], RelationshipKind.PARTNERS_WITH, outside);
        NetworkMetrics metrics = NetworkMetrics.compute(ActorNetwork.of(b.system()), true);
        return b.system().getActors().stream().mapToDouble(a -> metrics.of(a).eigenvector()).toArray();
    }

    /** The two network analyses of a run share one computation; a changed network is computed afresh. */
    @Test
    void metricsAreComputedOnceForTheSameNetwork() {
        InnovationSystemBuilder b = new InnovationSystemBuilder("shared", "Shared");
        Actor a = b.actor("a", "A", ActorKind.NETWORK, ActorLevel.NATIONAL);
        Actor c = b.actor("c", "C", ActorKind.NETWORK, ActorLevel.NATIONAL);
        b.relationship("r", a, RelationshipKind.PARTNERS_WITH, c);
        InnovationSystem model = b.system();
        NetworkMetrics first = NetworkMetrics.shared(ActorNetwork.of(model, true), false, new NullProgressMonitor());
        assertSame(first, NetworkMetrics.shared(ActorNetwork.of(model, true), false, new NullProgressMonitor()));
        b.actor("d", "D", ActorKind.NETWORK, ActorLevel.LOCAL).getMemberOf().add(a);
        NetworkMetrics changed = NetworkMetrics.shared(ActorNetwork.of(model, true), false, new NullProgressMonitor());
        assertNotSame(first, changed);
        assertEquals(3, changed.network().size());
    }
}
