package org.innoscape.diagram.render;

import org.eclipse.emf.ecore.EObject;

import org.innoscape.diagram.description.LineStyle;
import org.innoscape.diagram.description.NodeShape;
import org.innoscape.diagram.description.Rgb;
import org.innoscape.diagram.view.Rect;

/**
 * What {@link DiagramPainter} draws on, in diagram coordinates. Two implementations: SWT's GC on
 * screen and in PNG export (org.innoscape.diagram.ui), and {@link SvgCanvas} for SVG export; one
 * painter means the screen, the PNG and the SVG show the same picture.
 */
public interface Canvas2D {

    void fillShape(NodeShape shape, Rect bounds, Rgb color);

    void drawShape(NodeShape shape, Rect bounds, Rgb color, int lineWidth, LineStyle line);

    void drawPolyline(int[] points, Rgb color, int lineWidth, LineStyle line);

    void fillPolygon(int[] points, Rgb color);

    /** Draws one line of text with its top-left corner at (x, y). */
    void drawText(String text, int x, int y, Rgb color, int fontSize, boolean bold);

    int textWidth(String text, int fontSize, boolean bold);

    int lineHeight(int fontSize);

    /**
     * Whether the lines that follow are anti-aliased (on until told otherwise). A canvas that cannot
     * choose, such as SVG, where the viewer decides, ignores it.
     */
    default void setSmoothLines(boolean smooth) {
    }

    /**
     * The drawing calls up to {@link #endElement} show {@code element} (a node or an edge, named
     * {@code label}); a published SVG makes them a link to the element's page. The screen ignores it.
     */
    default void beginElement(EObject element, String label) {
    }

    default void endElement() {
    }
}
