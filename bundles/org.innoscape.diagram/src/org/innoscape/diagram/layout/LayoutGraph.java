package org.innoscape.diagram.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.Rect;
import org.innoscape.diagram.view.ViewEdge;
import org.innoscape.diagram.view.ViewNode;
import org.innoscape.model.LayoutDirection;
import org.innoscape.model.LineRouting;

/**
 * A plain snapshot of what a layout needs (keys, sizes, connections, the diagram's direction), taken
 * on the UI thread so that the layout itself can run in a background job without touching the model.
 */
public record LayoutGraph(List<Node> nodes, List<Edge> edges, Rect previousBounds, LayoutDirection direction,
        LayoutAlgorithm algorithm, LineRouting routing) {

    public record Node(String key, int width, int height) {
    }

    /** A line, with the size of its label (0 x 0 without one) so that a layout can keep the label clear of other lines. */
    public record Edge(String key, String source, String target, int labelWidth, int labelHeight) {
    }

    /** About how large an 8-point label is drawn (the layout runs without fonts): padded, never too small. */
    static int[] labelSize(String label) {
        return label == null || label.isBlank() ? new int[] { 0, 0 } : new int[] { 10 + (int) Math.ceil(5.2 * label.length()), 14 };
    }

    /** The top-level nodes of the view (all of them when {@code onlyKeys} is empty) and the edges among them. */
    public static LayoutGraph of(DiagramView view, Set<String> onlyKeys) {
        List<Node> nodes = new ArrayList<>();
        Set<String> included = new HashSet<>();
        Rect previous = null;
        for (ViewNode node : view.roots()) {
            if (onlyKeys.isEmpty() || onlyKeys.contains(node.key())) {
                // As drawn: a node an appearance draws larger needs the room; ViewNode.toNotation stores its own size.
                Rect bounds = node.bounds();
                nodes.add(new Node(node.key(), bounds.width(), bounds.height()));
                included.add(node.key());
                previous = previous == null ? bounds : previous.union(bounds);
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (ViewEdge edge : view.edges()) {
            if (!edge.isTransient() && included.contains(edge.source().key())
                    && included.contains(edge.target().key())) {
                int[] label = labelSize(edge.label());
                edges.add(new Edge(edge.key(), edge.source().key(), edge.target().key(), label[0], label[1]));
            }
        }
        return new LayoutGraph(nodes, edges, previous == null ? new Rect(0, 0, 0, 0) : previous,
                view.diagram().getLayoutDirection(), LayoutAlgorithm.LAYERED, view.diagram().getLineRouting());
    }

    /** The same graph laid out in another direction. */
    public LayoutGraph withDirection(LayoutDirection newDirection) {
        return new LayoutGraph(nodes, edges, previousBounds, newDirection, algorithm, routing);
    }

    /** The same graph laid out by another algorithm. */
    public LayoutGraph withAlgorithm(LayoutAlgorithm newAlgorithm) {
        return new LayoutGraph(nodes, edges, previousBounds, direction, newAlgorithm, routing);
    }

    /** The same graph with its lines routed another way. */
    public LayoutGraph withRouting(LineRouting newRouting) {
        return new LayoutGraph(nodes, edges, previousBounds, direction, algorithm, newRouting);
    }
}
