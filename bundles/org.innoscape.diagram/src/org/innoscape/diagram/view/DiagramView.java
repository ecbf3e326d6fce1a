package org.innoscape.diagram.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.model.Diagram;
import org.innoscape.model.InnovationSystem;

/**
 * What one diagram shows right now: the nodes (containers before their children), the edges and
 * their routes, computed from the notation, the diagram type and the model by
 * {@link DiagramSynchronizer}. Rebuilt after every change; never stored.
 */
public final class DiagramView {
    private final InnovationSystem system;
    private final Diagram diagram;
    private final DiagramDescription description;
    private final List<ViewNode> roots = new ArrayList<>();
    private final List<ViewNode> nodes = new ArrayList<>();
    private final List<ViewEdge> edges = new ArrayList<>();
    private final Map<String, ViewNode> nodesByKey = new HashMap<>();
    private final Map<EObject, List<ViewNode>> nodesByElement = new HashMap<>();
    private HitIndex hitIndex;
    private List<DiagramLegend.Entry> appearanceLegend = List.of();

    DiagramView(InnovationSystem system, Diagram diagram, DiagramDescription description) {
        this.system = system;
        this.diagram = diagram;
        this.description = description;
    }

    void addNode(ViewNode node) {
        if (node.parent() == null) {
            roots.add(node);
        } else {
            node.parent().children().add(node);
        }
        nodes.add(node);
        nodesByKey.put(node.key(), node);
        nodesByElement.computeIfAbsent(node.element(), e -> new ArrayList<>()).add(node);
    }

    void addEdge(ViewEdge edge) {
        edges.add(edge);
    }

    public InnovationSystem system() {
        return system;
    }

    public Diagram diagram() {
        return diagram;
    }

    public DiagramDescription description() {
        return description;
    }

    /** Top-level nodes. */
    public List<ViewNode> roots() {
        return Collections.unmodifiableList(roots);
    }

    /** All nodes, each container before its children (paint order). */
    public List<ViewNode> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    public List<ViewEdge> edges() {
        return Collections.unmodifiableList(edges);
    }

    public Optional<ViewNode> node(String key) {
        return Optional.ofNullable(nodesByKey.get(key));
    }

    public List<ViewNode> nodesOf(EObject element) {
        return nodesByElement.getOrDefault(element, List.of());
    }

    public Optional<ViewEdge> edge(String key) {
        return edges.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** The area covered by all nodes and edges (empty diagrams: a small area at the origin). */
    public Rect bounds() {
        Rect result = null;
        for (ViewNode node : roots) {
            result = result == null ? node.bounds() : result.union(node.bounds());
        }
        for (ViewEdge edge : edges) {
            result = result == null ? edge.boundingBox() : result.union(edge.boundingBox());
        }
        return result == null ? new Rect(0, 0, 100, 100) : result;
    }

    void setAppearanceLegend(List<DiagramLegend.Entry> entries) {
        this.appearanceLegend = List.copyOf(entries);
    }

    /** What the diagram's appearances mean, for the legend. */
    public List<DiagramLegend.Entry> appearanceLegend() {
        return appearanceLegend;
    }

    public HitIndex hitIndex() {
        if (hitIndex == null) {
            hitIndex = new HitIndex(nodes, edges);
        }
        return hitIndex;
    }
}
