package org.innoscape.diagram.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.diagram.decoration.Decorations;
import org.innoscape.diagram.description.Arrangement;
import org.innoscape.diagram.description.Descriptions;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.description.EdgeMapping;
import org.innoscape.diagram.description.EdgeStyle;
import org.innoscape.diagram.description.ElementEdgeMapping;
import org.innoscape.diagram.description.FilterDescription;
import org.innoscape.diagram.description.NodeMapping;
import org.innoscape.diagram.description.NodeStyle;
import org.innoscape.diagram.description.RelationEdgeMapping;
import org.innoscape.model.Diagram;
import org.innoscape.model.DiagramEdge;
import org.innoscape.model.DiagramFilter;
import org.innoscape.model.DiagramNode;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.LineRouting;

/**
 * Computes the {@link DiagramView} of one diagram from its notation, its diagram type and the
 * model. Costs one pass over the candidates of the diagram's mappings; other diagrams are never
 * looked at, so opening a model does not grow with the number of diagrams it holds.
 */
public final class DiagramSynchronizer {
    private static final int UNPLACED_COLUMNS = 8;
    private static final int UNPLACED_GAP = 30;

    private final InnovationSystem system;
    private final Diagram diagram;
    private final DiagramDescription description;
    private final Decorations decorations;
    private final Set<String> enabledLayers;
    private final Set<EObject> hidden;
    private final List<ActiveFilter> filters = new ArrayList<>();
    private final List<ViewNode> unplaced = new ArrayList<>();

    private record ActiveFilter(FilterDescription description, Collection<EObject> values) {
    }

    private DiagramSynchronizer(InnovationSystem system, Diagram diagram, DiagramDescription description,
            Decorations decorations) {
        this.system = system;
        this.diagram = diagram;
        this.description = description;
        this.decorations = decorations;
        this.hidden = new HashSet<>(diagram.getHiddenElements());
        this.enabledLayers = Descriptions.shownLayers(description, diagram);
        for (DiagramFilter setting : diagram.getFilters()) {
            FilterDescription filter = description.findFilter(setting.getFilter());
            if (filter != null && !setting.getValues().isEmpty()) {
                filters.add(new ActiveFilter(filter, List.copyOf(setting.getValues())));
            }
        }
    }

    public static DiagramView build(InnovationSystem system, Diagram diagram, DiagramDescription description) {
        return build(system, diagram, description, Decorations.none());
    }

    public static DiagramView build(InnovationSystem system, Diagram diagram, DiagramDescription description,
            Decorations decorations) {
        return new DiagramSynchronizer(system, diagram, description, decorations).build();
    }

    private DiagramView build() {
        DiagramView view = new DiagramView(system, diagram, description);
        for (NodeMapping mapping : description.getNodeMappings()) {
            addNodes(view, mapping, system, null, diagram.getNodes());
        }
        // Appearances first: lanes are arranged around the sizes they draw.
        view.setAppearanceLegend(NodeAppearances.apply(view, decorations));
        if (description.getArrangement() == Arrangement.LANES) {
            LaneArrangement.arrange(view.roots());
        } else {
            placeUnplaced(view);
        }
        applyNodeDecorations(view);
        addEdges(view);
        addDecorationLinks(view);
        ParallelEdges.spread(view.edges());
        return view;
    }

    private void addNodes(DiagramView view, NodeMapping mapping, EObject semanticParent, ViewNode parent,
            List<DiagramNode> notationSiblings) {
        if (!enabledLayers.contains(mapping.getLayer())) {
            return;
        }
        Map<EObject, DiagramNode> notationByElement = new HashMap<>();
        for (DiagramNode notation : notationSiblings) {
            if (mapping.getId().equals(notation.getMapping()) && notation.getElement() != null) {
                notationByElement.putIfAbsent(notation.getElement(), notation);
            }
        }
        for (EObject candidate : mapping.candidatesOf(semanticParent)) {
            if (hidden.contains(candidate) || !passesFilters(mapping, candidate)) {
                continue;
            }
            DiagramNode notation = notationByElement.get(candidate);
            if (notation == null && !mapping.isSynchronizedWithModel()) {
                continue;
            }
            ViewNode node = newNode(mapping, candidate, notation, parent);
            view.addNode(node);
            for (NodeMapping childMapping : mapping.getChildren()) {
                addNodes(view, childMapping, candidate, node, notation == null ? List.of() : notation.getChildren());
            }
        }
    }

    private ViewNode newNode(NodeMapping mapping, EObject element, DiagramNode notation, ViewNode parent) {
        String key = (parent == null ? "" : parent.key() + "/") + mapping.getId() + ":" + ElementKeys.idOf(element);
        NodeStyle style = mapping.styleOf(element);
        Rect bounds;
        if (notation != null && notation.getWidth() > 0 && notation.getHeight() > 0) {
            int offsetX = parent == null ? 0 : parent.bounds().x();
            int offsetY = parent == null ? 0 : parent.bounds().y();
            bounds = new Rect(notation.getX() + offsetX, notation.getY() + offsetY, notation.getWidth(),
                    notation.getHeight());
        } else {
            bounds = new Rect(0, 0, style.width(), style.height());
        }
        ViewNode node = new ViewNode(key, mapping, element, notation, parent, style, mapping.labelOf(element), bounds);
        if ((notation == null || notation.getWidth() <= 0) && parent == null) {
            unplaced.add(node);
        }
        return node;
    }

    private boolean passesFilters(NodeMapping mapping, EObject candidate) {
        for (ActiveFilter filter : filters) {
            if (filter.description().getMappings().contains(mapping)
                    && !filter.description().getKeeps().keeps(candidate, filter.values())) {
                return false;
            }
        }
        return true;
    }

    /** Nodes never placed by the user or a layout go in rows below everything else. */
    private void placeUnplaced(DiagramView view) {
        if (unplaced.isEmpty()) {
            return;
        }
        int top = 0;
        for (ViewNode root : view.roots()) {
            if (!unplaced.contains(root)) {
                top = Math.max(top, root.bounds().bottom() + UNPLACED_GAP);
            }
        }
        int x = 0;
        int rowHeight = 0;
        int column = 0;
        for (ViewNode node : unplaced) {
            if (column == UNPLACED_COLUMNS) {
                column = 0;
                x = 0;
                top += rowHeight + UNPLACED_GAP;
                rowHeight = 0;
            }
            node.setBounds(new Rect(x, top, node.bounds().width(), node.bounds().height()));
            x += node.bounds().width() + UNPLACED_GAP;
            rowHeight = Math.max(rowHeight, node.bounds().height());
            column++;
        }
    }

    private void applyNodeDecorations(DiagramView view) {
        if (decorations.isEmpty()) {
            return;
        }
        for (ViewNode node : view.nodes()) {
            String id = ElementKeys.idOf(node.element());
            node.setBadges(decorations.badgesOf(id));
            double factor = decorations.sizeFactorOf(id);
            if (factor != 1.0 && !node.isContainer()) {
                node.scale(factor);
            }
        }
    }

    private void addEdges(DiagramView view) {
        Map<NotationKey, DiagramEdge> notationByKey = new HashMap<>();
        for (DiagramEdge notation : diagram.getEdges()) {
            notationByKey.put(notationKey(notation.getMapping(), notation.getElement(), notation.getSource(),
                    notation.getTarget()), notation);
        }
        for (EdgeMapping mapping : description.getEdgeMappings()) {
            if (!enabledLayers.contains(mapping.getLayer())) {
                continue;
            }
            if (mapping instanceof ElementEdgeMapping elementMapping) {
                for (EObject relationship : elementMapping.candidatesOf(system)) {
                    if (hidden.contains(relationship)) {
                        continue;
                    }
                    connect(view, mapping, relationship, elementMapping.sourceOf(relationship),
                            elementMapping.targetOf(relationship), relationship, notationByKey);
                }
            } else if (mapping instanceof RelationEdgeMapping relationMapping) {
                for (ViewNode sourceNode : List.copyOf(view.nodes())) {
                    if (!mapping.getSourceMappings().contains(sourceNode.mapping())) {
                        continue;
                    }
                    for (EObject target : relationMapping.targetsOf(sourceNode.element())) {
                        for (ViewNode targetNode : view.nodesOf(target)) {
                            if (mapping.getTargetMappings().contains(targetNode.mapping())) {
                                addEdge(view, mapping, null, sourceNode, targetNode, sourceNode.element(), notationByKey);
                            }
                        }
                    }
                }
            }
        }
    }

    private void connect(DiagramView view, EdgeMapping mapping, EObject element, EObject source, EObject target,
            EObject styleSubject, Map<NotationKey, DiagramEdge> notationByKey) {
        if (source == null || target == null) {
            return;
        }
        for (ViewNode sourceNode : view.nodesOf(source)) {
            if (!mapping.getSourceMappings().contains(sourceNode.mapping())) {
                continue;
            }
            for (ViewNode targetNode : view.nodesOf(target)) {
                if (mapping.getTargetMappings().contains(targetNode.mapping())) {
                    addEdge(view, mapping, element, sourceNode, targetNode, styleSubject, notationByKey);
                }
            }
        }
    }

    private void addEdge(DiagramView view, EdgeMapping mapping, EObject element, ViewNode source, ViewNode target,
            EObject styleSubject, Map<NotationKey, DiagramEdge> notationByKey) {
        DiagramEdge notation = notationByKey.get(notationKey(mapping.getId(), element, source.notation(), target.notation()));
        String key = mapping.getId() + ":" + (element != null ? ElementKeys.idOf(element) : "") + ":" + source.key() + "->"
                + target.key();
        ViewEdge edge = new ViewEdge(key, mapping, element, source, target, mapping.styleOf(styleSubject),
                mapping.labelOf(element), notation, null);
        List<Integer> route = notation == null ? List.of() : notation.getBendpoints();
        if (route.isEmpty() && diagram.getLineRouting() == LineRouting.ORTHOGONAL) {
            route = EdgeRouting.elbow(source.bounds(), target.bounds());
        }
        edge.setPoints(EdgeRouting.route(source.bounds(), source.style().shape(), target.bounds(),
                target.style().shape(), route));
        if (notation != null && notation.getLabelPosition().size() == 2) {
            edge.setLabelAt(new int[] { notation.getLabelPosition().get(0), notation.getLabelPosition().get(1) });
        }
        view.addEdge(edge);
    }

    /** Model objects compare by identity, so this record matches a stored edge to its view edge. */
    private record NotationKey(String mapping, EObject element, DiagramNode source, DiagramNode target) {
    }

    private static NotationKey notationKey(String mapping, EObject element, DiagramNode source, DiagramNode target) {
        return new NotationKey(mapping, element, source, target);
    }

    private void addDecorationLinks(DiagramView view) {
        Map<String, ViewNode> byId = new HashMap<>();
        for (ViewNode node : view.nodes()) {
            byId.putIfAbsent(ElementKeys.idOf(node.element()), node);
        }
        for (Decorations.Link link : decorations.links()) {
            ViewNode source = byId.get(link.sourceId());
            ViewNode target = byId.get(link.targetId());
            if (source == null || target == null) {
                continue;
            }
            EdgeStyle style = link.style();
            ViewEdge edge = new ViewEdge("decoration:" + link.sourceId() + "->" + link.targetId(), null, null, source,
                    target, style, null, null, link.tooltip());
            edge.setPoints(EdgeRouting.route(source.bounds(), source.style().shape(), target.bounds(),
                    target.style().shape(), List.of()));
            view.addEdge(edge);
        }
    }
}
