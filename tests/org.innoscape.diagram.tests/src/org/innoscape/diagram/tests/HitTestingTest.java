package org.innoscape.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.innoscape.diagram.types.PathwayLandscapeType;
import org.innoscape.diagram.types.StakeholderNetworkType;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.EdgeRouting;
import org.innoscape.diagram.view.Rect;
import org.innoscape.diagram.view.ViewEdge;
import org.innoscape.diagram.view.ViewNode;
import org.junit.jupiter.api.Test;

class HitTestingTest {
    private final DiagramFixture fixture = new DiagramFixture();

    @Test
    void findsTheNodeUnderThePointAndNothingBesideIt() {
        DiagramView view = fixture.view(fixture.newLaidOutDiagram(StakeholderNetworkType.ID));
        for (ViewNode node : view.roots()) {
            assertSame(node, view.hitIndex().nodeAt(node.bounds().centerX(), node.bounds().centerY()), node.key());
        }
        Rect all = view.bounds();
        assertNull(view.hitIndex().nodeAt(all.x() - 50, all.y() - 50));
    }

    @Test
    void prefersTheChildOverItsLane() {
        DiagramView view = fixture.view(fixture.newDiagram(PathwayLandscapeType.ID));
        ViewNode lane = view.roots().stream().filter(l -> !l.children().isEmpty()).findFirst().orElseThrow();
        ViewNode child = lane.children().get(0);
        assertSame(child, view.hitIndex().nodeAt(child.bounds().centerX(), child.bounds().centerY()));
        assertSame(lane, view.hitIndex().nodeAt(lane.bounds().x() + 5, lane.bounds().y() + 5));
    }

    @Test
    void findsAnEdgeNearItsLineAndNoneFarAway() {
        DiagramView view = fixture.view(fixture.newLaidOutDiagram(StakeholderNetworkType.ID));
        int x = 0;
        int y = 0;
        ViewEdge probe = null;
        for (ViewEdge edge : view.edges()) {
            int[] p = edge.points();
            x = (p[0] + p[2]) / 2;
            y = (p[1] + p[3]) / 2;
            if (view.hitIndex().nodeAt(x, y) == null) {
                probe = edge;
                break;
            }
        }
        assertNotNull(probe, "some edge passes between nodes");
        ViewEdge hit = view.hitIndex().edgeAt(x, y + 2, 5);
        assertNotNull(hit);
        int[] p = hit.points();
        double nearest = Double.MAX_VALUE;
        for (int i = 0; i + 3 < p.length; i += 2) {
            nearest = Math.min(nearest, EdgeRouting.distanceToSegment(x, y + 2, p[i], p[i + 1], p[i + 2], p[i + 3]));
        }
        assertTrue(nearest <= 5);
        Rect all = view.bounds();
        assertNull(view.hitIndex().edgeAt(all.x() - 100, all.y() - 100, 5));
    }

    @Test
    void marqueeSelectsOnlyNodesEntirelyInside() {
        DiagramView view = fixture.view(fixture.newLaidOutDiagram(StakeholderNetworkType.ID));
        ViewNode node = view.roots().get(3);
        assertTrue(view.hitIndex().nodesInside(node.bounds().expand(1)).contains(node));
        assertTrue(!view.hitIndex().nodesInside(node.bounds().expand(-1)).contains(node));
        assertEquals(view.roots().size(), view.hitIndex().nodesInside(view.bounds().expand(10)).size());
    }
}
