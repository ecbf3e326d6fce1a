package org.innoscape.diagram.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A uniform grid over the diagram so that hit-testing, marquee selection and viewport culling
 * look only at what is near, not at every node and edge.
 */
public final class HitIndex {
    private static final int CELL = 256;

    private final Map<Long, List<ViewNode>> nodeCells = new HashMap<>();
    private final Map<Long, List<ViewEdge>> edgeCells = new HashMap<>();

    HitIndex(List<ViewNode> nodesInPaintOrder, List<ViewEdge> edges) {
        for (ViewNode node : nodesInPaintOrder) {
            forCells(node.bounds(), cell -> nodeCells.computeIfAbsent(cell, c -> new ArrayList<>()).add(node));
        }
        for (ViewEdge edge : edges) {
            int[] p = edge.points();
            for (int i = 0; i + 3 < p.length; i += 2) {
                Rect segment = Rect.spanning(p[i], p[i + 1], p[i + 2], p[i + 3]).expand(4);
                forCells(segment, cell -> {
                    List<ViewEdge> list = edgeCells.computeIfAbsent(cell, c -> new ArrayList<>());
                    if (list.isEmpty() || list.get(list.size() - 1) != edge) {
                        list.add(edge);
                    }
                });
            }
        }
    }

    /** The topmost node at the point: the deepest one, and among equals the last painted. */
    public ViewNode nodeAt(int x, int y) {
        ViewNode best = null;
        for (ViewNode node : nodeCells.getOrDefault(cellOf(x, y), List.of())) {
            if (node.bounds().contains(x, y) && (best == null || node.depth() >= best.depth())) {
                best = node;
            }
        }
        return best;
    }

    /** The edge nearest to the point within {@code tolerance} pixels, or null. */
    public ViewEdge edgeAt(int x, int y, int tolerance) {
        ViewEdge best = null;
        double bestDistance = tolerance + 0.001;
        Set<ViewEdge> seen = new LinkedHashSet<>();
        for (int cx = floorCell(x - tolerance); cx <= floorCell(x + tolerance); cx++) {
            for (int cy = floorCell(y - tolerance); cy <= floorCell(y + tolerance); cy++) {
                seen.addAll(edgeCells.getOrDefault(key(cx, cy), List.of()));
            }
        }
        for (ViewEdge edge : seen) {
            int[] p = edge.points();
            for (int i = 0; i + 3 < p.length; i += 2) {
                double distance = EdgeRouting.distanceToSegment(x, y, p[i], p[i + 1], p[i + 2], p[i + 3]);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = edge;
                }
            }
        }
        return best;
    }

    /** Nodes lying entirely inside {@code area} (marquee selection). */
    public List<ViewNode> nodesInside(Rect area) {
        return collect(area, nodeCells).stream().filter(n -> area.contains(n.bounds())).toList();
    }

    /** Nodes touching {@code area}, in paint order (viewport culling). */
    public Collection<ViewNode> nodesTouching(Rect area) {
        return collect(area, nodeCells).stream().filter(n -> area.intersects(n.bounds())).toList();
    }

    /** Edges with a segment near {@code area}. */
    public Collection<ViewEdge> edgesNear(Rect area) {
        return collect(area, edgeCells);
    }

    private static <T> Collection<T> collect(Rect area, Map<Long, List<T>> cells) {
        Set<T> result = new LinkedHashSet<>();
        for (int cx = floorCell(area.x()); cx <= floorCell(area.right()); cx++) {
            for (int cy = floorCell(area.y()); cy <= floorCell(area.bottom()); cy++) {
                result.addAll(cells.getOrDefault(key(cx, cy), List.of()));
            }
        }
        return result;
    }

    private interface CellVisitor {
        void visit(long cell);
    }

    private static void forCells(Rect area, CellVisitor visitor) {
        for (int cx = floorCell(area.x()); cx <= floorCell(area.right()); cx++) {
            for (int cy = floorCell(area.y()); cy <= floorCell(area.bottom()); cy++) {
                visitor.visit(key(cx, cy));
            }
        }
    }

    private static long cellOf(int x, int y) {
        return key(floorCell(x), floorCell(y));
    }

    private static int floorCell(int coordinate) {
        return Math.floorDiv(coordinate, CELL);
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) ^ (cy & 0xffffffffL);
    }
}
