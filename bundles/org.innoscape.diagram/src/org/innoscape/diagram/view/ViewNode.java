package org.innoscape.diagram.view;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.diagram.decoration.Decorations;
import org.innoscape.diagram.description.NodeMapping;
import org.innoscape.diagram.description.NodeStyle;
import org.innoscape.model.DiagramNode;

/**
 * A node as shown: the element, the mapping that shows it, its notation (null while a synchronised
 * node has never been moved), resolved style and label, and absolute bounds.
 */
public final class ViewNode {
    private final String key;
    private final NodeMapping mapping;
    private final EObject element;
    private final DiagramNode notation;
    private final ViewNode parent;
    private final List<ViewNode> children = new ArrayList<>();
    private final NodeStyle style;
    private final String label;
    private Rect bounds;
    private List<Decorations.Badge> badges = List.of();
    /** How much an overlay scales the node on screen (1 without); never stored. */
    private double sizeFactor = 1.0;

    ViewNode(String key, NodeMapping mapping, EObject element, DiagramNode notation, ViewNode parent, NodeStyle style,
            String label, Rect bounds) {
        this.key = key;
        this.mapping = mapping;
        this.element = element;
        this.notation = notation;
        this.parent = parent;
        this.style = style;
        this.label = label;
        this.bounds = bounds;
    }

    /** Stable across rebuilds of the view: parent key, mapping and element id. */
    public String key() {
        return key;
    }

    public NodeMapping mapping() {
        return mapping;
    }

    public EObject element() {
        return element;
    }

    public DiagramNode notation() {
        return notation;
    }

    public ViewNode parent() {
        return parent;
    }

    public List<ViewNode> children() {
        return children;
    }

    public NodeStyle style() {
        return style;
    }

    public String label() {
        return label;
    }

    public Rect bounds() {
        return bounds;
    }

    void setBounds(Rect newBounds) {
        this.bounds = newBounds;
    }

    /** Sets the overlay's scale; the bounds are already scaled by the caller. */
    public void setSizeFactor(double factor) {
        this.sizeFactor = factor;
    }

    /**
     * The bounds to store for bounds shown on screen: an overlay's scale taken off again, around the
     * centre, so that an overlay (actors sized by a centrality) never reaches the model.
     */
    public Rect toNotation(Rect shown) {
        return sizeFactor == 1.0 ? shown : shown.scaleAroundCenter(1 / sizeFactor);
    }

    public List<Decorations.Badge> badges() {
        return badges;
    }

    void setBadges(List<Decorations.Badge> newBadges) {
        this.badges = List.copyOf(newBadges);
    }

    public int depth() {
        return parent == null ? 0 : parent.depth() + 1;
    }

    public boolean isContainer() {
        return mapping.isContainer();
    }

    @Override
    public String toString() {
        return key + " " + bounds;
    }
}
