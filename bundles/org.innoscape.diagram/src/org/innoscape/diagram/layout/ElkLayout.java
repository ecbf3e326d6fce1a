package org.innoscape.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.elk.alg.force.options.StressOptions;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.innoscape.diagram.view.Rect;
import org.innoscape.model.LayoutDirection;
import org.innoscape.model.LineRouting;

/**
 * Lays out a {@link LayoutGraph} with one of ELK's algorithms ({@link LayoutAlgorithm}; Layered in the
 * diagram's direction with polyline edges, components packed side by side, by default). Pure computation:
 * safe to run in a background job; it stops early when {@code cancelled} turns true, and the caller then
 * throws the result away. Boxes never overlap in the result: where an algorithm places by distance only
 * (stress, force), the positions are spread about their centre until every box is clear of the others.
 */
public final class ElkLayout {
    private static final double NODE_SPACING = 30;
    private static final double LAYER_SPACING = 70;
    /** Stress places connected boxes about this far apart (centre to centre): room for a label between them. */
    private static final double STRESS_EDGE_LENGTH = 260;
    private static volatile boolean registered;

    public LayoutResult layout(LayoutGraph graph, BooleanSupplier cancelled) {
        registerAlgorithms();
        LayoutAlgorithm algorithm = graph.algorithm();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, algorithm.elkId());
        root.setProperty(CoreOptions.DIRECTION,
                graph.direction() == LayoutDirection.DOWN ? Direction.DOWN : Direction.RIGHT);
        boolean rightAngles = graph.routing() == LineRouting.ORTHOGONAL && algorithm == LayoutAlgorithm.LAYERED;
        root.setProperty(CoreOptions.EDGE_ROUTING, rightAngles ? EdgeRouting.ORTHOGONAL : EdgeRouting.POLYLINE);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
        root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 2 * NODE_SPACING);
        if (algorithm == LayoutAlgorithm.LAYERED) {
            root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        } else if (algorithm == LayoutAlgorithm.STRESS) {
            root.setProperty(StressOptions.DESIRED_EDGE_LENGTH, STRESS_EDGE_LENGTH);
        }
        Map<String, ElkNode> nodes = new HashMap<>();
        for (LayoutGraph.Node node : graph.nodes()) {
            ElkNode elkNode = ElkGraphUtil.createNode(root);
            elkNode.setIdentifier(node.key());
            elkNode.setDimensions(node.width(), node.height());
            nodes.put(node.key(), elkNode);
        }
        Map<String, ElkEdge> edges = new HashMap<>();
        for (LayoutGraph.Edge edge : graph.edges()) {
            ElkNode source = nodes.get(edge.source());
            ElkNode target = nodes.get(edge.target());
            if (source != null && target != null && source != target) {
                ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(source, target);
                if (rightAngles && edge.labelWidth() > 0) {
                    // With right-angled lines ELK makes room for labels and places them clear of other lines. Not for
                    // straight lines: the room the labels take spreads a network over twice the area (the example's).
                    ElkLabel label = ElkGraphUtil.createLabel("label", elkEdge); // ELK skips labels without text
                    label.setDimensions(edge.labelWidth(), edge.labelHeight());
                    label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
                }
                edges.put(edge.key(), elkEdge);
            }
        }
        BasicProgressMonitor monitor = new BasicProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return cancelled.getAsBoolean();
            }
        };
        new RecursiveGraphLayoutEngine().layout(root, monitor);
        if (!algorithm.usesDirection()) {
            Overlaps.spreadApart(List.copyOf(nodes.values()), NODE_SPACING / 2);
        }
        // Keep the laid-out group where the nodes were, so laying out a selection does not move it away.
        double minX = nodes.values().stream().mapToDouble(ElkNode::getX).min().orElse(0);
        double minY = nodes.values().stream().mapToDouble(ElkNode::getY).min().orElse(0);
        int offsetX = graph.previousBounds().x() - (int) Math.round(minX);
        int offsetY = graph.previousBounds().y() - (int) Math.round(minY);
        Map<String, Rect> bounds = new HashMap<>();
        nodes.forEach((key, node) -> bounds.put(key, new Rect((int) Math.round(node.getX()) + offsetX,
                (int) Math.round(node.getY()) + offsetY, (int) Math.round(node.getWidth()),
                (int) Math.round(node.getHeight()))));
        Map<String, List<Integer>> bendpoints = new HashMap<>();
        edges.forEach((key, edge) -> bendpoints.put(key, bendpointsOf(edge, offsetX, offsetY, rightAngles)));
        // Edges of a layout by distance are straight lines: old bend points would only bend them oddly.
        if (!algorithm.usesDirection()) {
            bendpoints.replaceAll((key, points) -> List.of());
        }
        Map<String, List<Integer>> labels = new HashMap<>();
        edges.forEach((key, edge) -> {
            ElkLabel label = edge.getLabels().isEmpty() ? null : edge.getLabels().get(0);
            // ELK leaves a label it did not place (a line it routes around a cycle, say) at the origin.
            if (label != null && (label.getX() != 0 || label.getY() != 0)) {
                labels.put(key, List.of((int) Math.round(label.getX() + label.getWidth() / 2) + offsetX,
                        (int) Math.round(label.getY() + label.getHeight() / 2) + offsetY));
            }
        });
        return new LayoutResult(bounds, bendpoints, graph.direction(), graph.routing(), labels);
    }

    private static List<Integer> bendpointsOf(ElkEdge edge, int offsetX, int offsetY, boolean withEnds) {
        if (edge.getSections().isEmpty()) {
            return List.of();
        }
        ElkEdgeSection section = edge.getSections().get(0);
        List<Integer> values = new ArrayList<>();
        // Right-angled lines keep where they leave and reach the boxes: drawn from the centres, their ends would slant.
        if (withEnds) {
            values.add((int) Math.round(section.getStartX()) + offsetX);
            values.add((int) Math.round(section.getStartY()) + offsetY);
        }
        for (ElkBendPoint point : section.getBendPoints()) {
            values.add((int) Math.round(point.getX()) + offsetX);
            values.add((int) Math.round(point.getY()) + offsetY);
        }
        if (withEnds) {
            values.add((int) Math.round(section.getEndX()) + offsetX);
            values.add((int) Math.round(section.getEndY()) + offsetY);
        }
        return List.copyOf(values);
    }

    /** Inside OSGi ELK finds algorithms by id only once their metadata is registered. */
    private static void registerAlgorithms() {
        if (!registered) {
            synchronized (ElkLayout.class) {
                if (!registered) {
                    for (LayoutAlgorithm algorithm : LayoutAlgorithm.values()) {
                        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(algorithm.metadata());
                    }
                    registered = true;
                }
            }
        }
    }
}
