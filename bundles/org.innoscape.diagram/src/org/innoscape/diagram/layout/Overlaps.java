package org.innoscape.diagram.layout;

import java.util.List;

import org.eclipse.elk.graph.ElkNode;

/**
 * Removes overlaps left by layouts that place boxes by distance alone (stress, force): the positions
 * are scaled about their common centre, a little at a time, until no two boxes (with a margin) meet.
 * Scaling keeps the picture's shape, which is what the algorithm computed.
 */
final class Overlaps {
    private static final double STEP = 1.15;
    private static final int MAX_STEPS = 40;

    private Overlaps() {
    }

    static void spreadApart(List<ElkNode> nodes, double margin) {
        if (nodes.size() < 2) {
            return;
        }
        separateCoincident(nodes);
        double cx = nodes.stream().mapToDouble(n -> n.getX() + n.getWidth() / 2).average().orElse(0);
        double cy = nodes.stream().mapToDouble(n -> n.getY() + n.getHeight() / 2).average().orElse(0);
        for (int step = 0; step < MAX_STEPS && anyOverlap(nodes, margin); step++) {
            for (ElkNode node : nodes) {
                double x = node.getX() + node.getWidth() / 2;
                double y = node.getY() + node.getHeight() / 2;
                node.setLocation(cx + (x - cx) * STEP - node.getWidth() / 2, cy + (y - cy) * STEP - node.getHeight() / 2);
            }
        }
    }

    /** Boxes on the same centre would stay together however far the picture is scaled: set them a little apart. */
    private static void separateCoincident(List<ElkNode> nodes) {
        java.util.Set<Long> centres = new java.util.HashSet<>();
        for (ElkNode node : nodes) {
            while (!centres.add(Math.round(node.getX() + node.getWidth() / 2) * 1_000_003L + Math.round(node.getY() + node.getHeight() / 2))) {
                node.setLocation(node.getX() + 7, node.getY() + 3);
            }
        }
    }

    static boolean anyOverlap(List<ElkNode> nodes, double margin) {
        for (int i = 0; i < nodes.size(); i++) {
            ElkNode a = nodes.get(i);
            for (int j = i + 1; j < nodes.size(); j++) {
                ElkNode b = nodes.get(j);
                if (a.getX() < b.getX() + b.getWidth() + margin && b.getX() < a.getX() + a.getWidth() + margin
                        && a.getY() < b.getY() + b.getHeight() + margin && b.getY() < a.getY() + a.getHeight() + margin) {
                    return true;
                }
            }
        }
        return false;
    }
}
