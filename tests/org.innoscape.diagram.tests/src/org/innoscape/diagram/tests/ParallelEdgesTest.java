package org.innoscape.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.innoscape.diagram.types.StakeholderNetworkType;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.ViewEdge;
import org.innoscape.model.Actor;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.junit.jupiter.api.Test;

/** Several relationships between the same two actors are drawn apart, not on one line. */
class ParallelEdgesTest {

    @Test
    void relationshipsBetweenTheSameActorsAreBentToEitherSide() {
        InnovationSystemBuilder builder = new InnovationSystemBuilder("pair", "Pair");
        Actor funder = builder.actor("funder", "Funder", ActorKind.RESEARCH_FUNDER, ActorLevel.NATIONAL);
        Actor network = builder.actor("network", "Network", ActorKind.NETWORK, ActorLevel.REGIONAL);
        Actor alone = builder.actor("alone", "Alone", ActorKind.CHARITY, ActorLevel.LOCAL);
        builder.relationship("funds", funder, RelationshipKind.FUNDS, network);
        builder.relationship("accountable", network, RelationshipKind.ACCOUNTABLE_TO, funder);
        builder.relationship("partners", funder, RelationshipKind.PARTNERS_WITH, network);
        builder.relationship("single", funder, RelationshipKind.ADVISES, alone);
        DiagramFixture fixture = new DiagramFixture(builder.system());
        DiagramView view = fixture.view(fixture.newDiagram(StakeholderNetworkType.ID));

        List<ViewEdge> pair = view.edges().stream().filter(e -> e.target().element() != alone && e.source().element() != alone).toList();
        assertEquals(3, pair.size());
        for (int i = 0; i < pair.size(); i++) {
            for (int j = i + 1; j < pair.size(); j++) {
                int[] a = middle(pair.get(i));
                int[] b = middle(pair.get(j));
                assertTrue(Math.hypot(a[0] - b[0], a[1] - b[1]) >= 17, "apart at the middle: " + List.of(a[0], a[1], b[0], b[1]));
            }
        }
        ViewEdge single = view.edges().stream().filter(e -> e.target().element() == alone).findFirst().orElseThrow();
        assertEquals(4, single.points().length, "a lone edge stays straight");
    }

    /** The point halfway along the polyline's vertices: the bend for a bent edge. */
    private static int[] middle(ViewEdge edge) {
        int[] p = edge.points();
        int n = p.length / 2;
        if (n % 2 == 1) {
            return new int[] { p[n - 1], p[n] };
        }
        return new int[] { (p[n - 2] + p[n]) / 2, (p[n - 1] + p[n + 1]) / 2 };
    }
}
