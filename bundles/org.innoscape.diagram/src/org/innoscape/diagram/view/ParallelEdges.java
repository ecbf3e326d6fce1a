package org.innoscape.diagram.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps edges between the same two nodes apart: straight edges that would be drawn on one line (a
 * relationship each way, or several kinds of tie between two actors) are bent to either side of it,
 * so every line and its label can be seen and picked. Edges with stored bend points keep them.
 */
final class ParallelEdges {
    /** Distance between neighbouring edges of one pair, at their middle. */
    static final int SPACING = 18;

    private ParallelEdges() {
    }

    static void spread(List<ViewEdge> edges) {
        Map<String, List<ViewEdge>> byPair = new LinkedHashMap<>();
        for (ViewEdge edge : edges) {
            if (edge.points().length == 4 && edge.source() != edge.target()) {
                byPair.computeIfAbsent(pairKey(edge), k -> new ArrayList<>()).add(edge);
            }
        }
        for (List<ViewEdge> pair : byPair.values()) {
            if (pair.size() > 1) {
                bend(pair);
            }
        }
    }

    /** The same key whichever way an edge goes. */
    private static String pairKey(ViewEdge edge) {
        String a = edge.source().key();
        String b = edge.target().key();
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    private static void bend(List<ViewEdge> pair) {
        // One direction for the whole pair (from the node with the smaller key), so that edges going
        // opposite ways still get different sides.
        ViewEdge first = pair.get(0);
        ViewNode from = first.source().key().compareTo(first.target().key()) <= 0 ? first.source() : first.target();
        ViewNode to = from == first.source() ? first.target() : first.source();
        double dx = to.bounds().centerX() - from.bounds().centerX();
        double dy = to.bounds().centerY() - from.bounds().centerY();
        double length = Math.max(1, Math.hypot(dx, dy));
        double normalX = -dy / length;
        double normalY = dx / length;
        double middleX = (from.bounds().centerX() + to.bounds().centerX()) / 2.0;
        double middleY = (from.bounds().centerY() + to.bounds().centerY()) / 2.0;
        for (int i = 0; i < pair.size(); i++) {
            double offset = (i - (pair.size() - 1) / 2.0) * SPACING;
            int bendX = (int) Math.round(middleX + normalX * offset);
            int bendY = (int) Math.round(middleY + normalY * offset);
            ViewEdge edge = pair.get(i);
            edge.setPoints(EdgeRouting.route(edge.source().bounds(), edge.source().style().shape(), edge.target().bounds(),
                    edge.target().style().shape(), List.of(bendX, bendY)));
        }
    }
}
