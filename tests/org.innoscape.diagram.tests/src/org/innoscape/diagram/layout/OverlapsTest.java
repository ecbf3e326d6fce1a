package org.innoscape.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.junit.jupiter.api.Test;

/** Spreading boxes placed by distance alone until none meets another, keeping the picture's shape. */
class OverlapsTest {

    private static List<ElkNode> boxes(double[][] centres) {
        ElkNode root = ElkGraphUtil.createGraph();
        List<ElkNode> nodes = new ArrayList<>();
        for (double[] centre : centres) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setDimensions(100, 40);
            node.setLocation(centre[0] - 50, centre[1] - 20);
            nodes.add(node);
        }
        return nodes;
    }

    private static double centreX(ElkNode node) {
        return node.getX() + node.getWidth() / 2;
    }

    private static double centreY(ElkNode node) {
        return node.getY() + node.getHeight() / 2;
    }

    @Test
    void crowdedBoxesAreSpreadAboutTheirCentreInTheSameOrder() {
        List<ElkNode> nodes = boxes(new double[][] {{0, 0}, {60, 10}, {120, 0}, {60, 50}});
        assertTrue(Overlaps.anyOverlap(nodes, 0));
        Overlaps.spreadApart(nodes, 15);
        assertFalse(Overlaps.anyOverlap(nodes, 15), "clear of each other by the margin");
        assertEquals(60, nodes.stream().mapToDouble(OverlapsTest::centreX).average().orElseThrow(), 1e-6, "the centre stays");
        assertEquals(15, nodes.stream().mapToDouble(OverlapsTest::centreY).average().orElseThrow(), 1e-6);
        assertTrue(centreX(nodes.get(0)) < centreX(nodes.get(1)) && centreX(nodes.get(1)) < centreX(nodes.get(2)), "left to right kept");
        assertTrue(centreY(nodes.get(1)) < centreY(nodes.get(3)), "above and below kept");
        // Scaled, not shuffled: the middle box stays halfway between the outer two.
        assertEquals((centreX(nodes.get(0)) + centreX(nodes.get(2))) / 2, centreX(nodes.get(1)), 1e-6);
    }

    @Test
    void boxesAlreadyClearAreNotMoved() {
        List<ElkNode> nodes = boxes(new double[][] {{0, 0}, {300, 0}, {0, 300}});
        Overlaps.spreadApart(nodes, 15);
        assertEquals(-50, nodes.get(0).getX(), 0);
        assertEquals(250, nodes.get(1).getX(), 0);
        assertEquals(280, nodes.get(2).getY(), 0);
    }

    @Test
    void boxesOnTheSameCentreAreSetApartToo() {
        List<ElkNode> nodes = boxes(new double[][] {{0, 0}, {0, 0}, {0, 0}});
        Overlaps.spreadApart(nodes, 10);
        assertFalse(Overlaps.anyOverlap(nodes, 10));
    }

    @Test
    void overlapIsJudgedWithTheMarginOnEachAxis() {
        List<ElkNode> sideBySide = boxes(new double[][] {{0, 0}, {110, 0}});
        assertFalse(Overlaps.anyOverlap(sideBySide, 10), "10 apart: clear with a margin of 10");
        assertTrue(Overlaps.anyOverlap(sideBySide, 11), "10 apart: too close for a margin of 11");
        List<ElkNode> stacked = boxes(new double[][] {{0, 0}, {0, 50}});
        assertFalse(Overlaps.anyOverlap(stacked, 10));
        assertTrue(Overlaps.anyOverlap(stacked, 11));
        assertFalse(Overlaps.anyOverlap(boxes(new double[][] {{0, 0}}), 100), "one box overlaps nothing");
    }
}
