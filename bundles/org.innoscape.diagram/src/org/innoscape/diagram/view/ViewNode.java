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
    private NodeStyle style;
    private String label;
    /** Whether an appearance chose the fill (the legend then says what by). */
    private boolean fillByAppearance;
    private Rect bounds;
    /** The bounds without the scale of appearances and overlays: what the notation holds. */
    private Rect unscaled;
    private List<Decorations.Badge> badges = List.of();
    /** How much appearances and overlays scale the node on screen (1 without); never stored. */
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
        this.unscaled = bounds;
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

    /** An appearance's style or label over the diagram type's. */
    void restyle(NodeStyle newStyle, boolean fillChosen) {
        this.style = newStyle;
        this.fillByAppearance |= fillChosen;
    }

    void relabel(String newLabel) {
        this.label = newLabel;
    }

    boolean fillByAppearance() {
        return fillByAppearance;
    }

    public Rect bounds() {
        return bounds;
    }

    /** Places the node (as drawn): a move keeps its own size exactly, a new size is unscaled. */
    void setBounds(Rect newBounds) {
        unscaled = toNotation(newBounds);
        this.bounds = newBounds;
    }

    /**
     * Scales the node on screen by {@code factor} around its centre, on top of any scale it has (an
     * appearance's and an overlay's multiply); never stored.
     */
    void scale(double factor) {
        this.bounds = bounds.scaleAroundCenter(factor);
        this.sizeFactor *= factor;
    }

    /** How much appearances and overlays scale the node on screen (1 without). */
    public double sizeFactor() {
        return sizeFactor;
    }

    /**
     * The bounds to store for bounds shown on screen, so that drawing by size (actors sized by a
     * centrality) never reaches the model: a move or a layout (the size as drawn) moves the node's
     * own bounds by as much, exactly; a resize takes the scale off around the centre.
     */
    public Rect toNotation(Rect shown) {
        if (sizeFactor == 1.0) {
            return shown;
        }
        if (shown.width() == bounds.width() && shown.height() == bounds.height()) {
            return unscaled.translate(shown.x() - bounds.x(), shown.y() - bounds.y());
        }
        return shown.scaleAroundCenter(1 / sizeFactor);
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
