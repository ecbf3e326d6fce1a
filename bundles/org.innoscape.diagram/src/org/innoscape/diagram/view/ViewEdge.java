package org.innoscape.diagram.view;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.diagram.description.EdgeMapping;
import org.innoscape.diagram.description.EdgeStyle;
import org.innoscape.model.DiagramEdge;

/**
 * An edge as shown. {@code element} is the relationship object for element-based mappings and null
 * for relation-based ones; {@code mapping} is null for transient decoration links.
 */
public final class ViewEdge {
    private final String key;
    private final EdgeMapping mapping;
    private final EObject element;
    private final ViewNode source;
    private final ViewNode target;
    private final EdgeStyle style;
    private final String label;
    private final DiagramEdge notation;
    private final String tooltip;
    private int[] points;
    /** Where the layout put the label (centre), or null: the middle of the line. */
    private int[] labelAt;
    private Rect boundingBox;

    ViewEdge(String key, EdgeMapping mapping, EObject element, ViewNode source, ViewNode target, EdgeStyle style,
            String label, DiagramEdge notation, String tooltip) {
        this.key = key;
        this.mapping = mapping;
        this.element = element;
        this.source = source;
        this.target = target;
        this.style = style;
        this.label = label;
        this.notation = notation;
        this.tooltip = tooltip;
    }

    /** The label's centre as the layout placed it, or null when it goes in the middle of the line. */
    public int[] labelAt() {
        return labelAt;
    }

    void setLabelAt(int[] centre) {
        this.labelAt = centre;
    }

    public String key() {
        return key;
    }

    public EdgeMapping mapping() {
        return mapping;
    }

    public EObject element() {
        return element;
    }

    public ViewNode source() {
        return source;
    }

    public ViewNode target() {
        return target;
    }

    public EdgeStyle style() {
        return style;
    }

    public String label() {
        return label;
    }

    public DiagramEdge notation() {
        return notation;
    }

    public String tooltip() {
        return tooltip;
    }

    public boolean isTransient() {
        return mapping == null;
    }

    /** The polyline x0, y0, x1, y1, ... from the source boundary to the target boundary. */
    public int[] points() {
        return points;
    }

    void setPoints(int[] newPoints) {
        this.points = newPoints;
        this.boundingBox = computeBoundingBox();
    }

    public Rect boundingBox() {
        return boundingBox;
    }

    private Rect computeBoundingBox() {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (int i = 0; i + 1 < points.length; i += 2) {
            minX = Math.min(minX, points[i]);
            maxX = Math.max(maxX, points[i]);
            minY = Math.min(minY, points[i + 1]);
            maxY = Math.max(maxY, points[i + 1]);
        }
        return new Rect(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }
}
