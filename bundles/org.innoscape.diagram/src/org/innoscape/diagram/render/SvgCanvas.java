package org.innoscape.diagram.render;

import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import org.innoscape.diagram.description.LineStyle;
import org.innoscape.diagram.description.NodeShape;
import org.innoscape.diagram.description.Rgb;
import org.innoscape.diagram.view.Rect;
import org.innoscape.model.values.XmlText;

/**
 * Writes what is painted as SVG 1.1 elements. Text widths are estimated from the font size (the
 * viewer's font is unknown), which is close enough to wrap labels the way the screen does.
 */
public final class SvgCanvas implements Canvas2D {
    static final String FONT_FAMILY = "DejaVu Sans, Arial, Helvetica, sans-serif";
    private final StringBuilder out = new StringBuilder();
    private final Function<EObject, String> links;
    private boolean inLink;

    public SvgCanvas() {
        this(null);
    }

    /** @param links the address of each element's page, or null for none; elements without one are not links */
    public SvgCanvas(Function<EObject, String> links) {
        this.links = links;
    }

    @Override
    public void beginElement(EObject element, String label) {
        String href = links == null || element == null ? null : links.apply(element);
        if (href != null) {
            String name = XmlText.escape(label == null ? "" : label);
            out.append("<a href=\"").append(XmlText.escape(href)).append("\" class=\"element\" aria-label=\"").append(name)
                    .append("\"><title>").append(name).append("</title>\n");
            inLink = true;
        }
    }

    @Override
    public void endElement() {
        if (inLink) {
            out.append("</a>\n");
            inLink = false;
        }
    }

    @Override
    public void fillShape(NodeShape shape, Rect bounds, Rgb color) {
        shape(shape, bounds).append(" fill=\"").append(color.toHex()).append("\" stroke=\"none\"/>\n");
    }

    @Override
    public void drawShape(NodeShape shape, Rect bounds, Rgb color, int lineWidth, LineStyle line) {
        shape(shape, bounds).append(" fill=\"none\"");
        stroke(color, lineWidth, line).append("/>\n");
    }

    private StringBuilder shape(NodeShape shape, Rect r) {
        return switch (shape) {
            case ELLIPSE -> out.append("<ellipse cx=\"").append(r.x() + r.width() / 2.0).append("\" cy=\"")
                    .append(r.y() + r.height() / 2.0).append("\" rx=\"").append(r.width() / 2.0).append("\" ry=\"")
                    .append(r.height() / 2.0).append('"');
            case ROUNDED -> rect(r).append(" rx=\"").append(Math.min(10, r.height() / 2)).append('"');
            case RECTANGLE, LANE -> rect(r);
        };
    }

    private StringBuilder rect(Rect r) {
        return out.append("<rect x=\"").append(r.x()).append("\" y=\"").append(r.y()).append("\" width=\"")
                .append(r.width()).append("\" height=\"").append(r.height()).append('"');
    }

    private StringBuilder stroke(Rgb color, int lineWidth, LineStyle line) {
        out.append(" stroke=\"").append(color.toHex()).append("\" stroke-width=\"").append(lineWidth).append('"');
        switch (line) {
            case DASH -> out.append(" stroke-dasharray=\"6,4\"");
            case DOT -> out.append(" stroke-dasharray=\"2,3\"");
            case SOLID -> {
                // no dash array
            }
        }
        return out;
    }

    @Override
    public void drawPolyline(int[] points, Rgb color, int lineWidth, LineStyle line) {
        out.append("<polyline points=\"").append(points(points)).append("\" fill=\"none\"");
        stroke(color, lineWidth, line).append("/>\n");
    }

    @Override
    public void fillPolygon(int[] points, Rgb color) {
        out.append("<polygon points=\"").append(points(points)).append("\" fill=\"").append(color.toHex())
                .append("\"/>\n");
    }

    private static String points(int[] points) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 1 < points.length; i += 2) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(points[i]).append(',').append(points[i + 1]);
        }
        return text.toString();
    }

    @Override
    public void drawText(String text, int x, int y, Rgb color, int fontSize, boolean bold) {
        // SVG places text by its baseline; ascent is about 0.8 of the font size.
        out.append("<text x=\"").append(x).append("\" y=\"").append(y + Math.round(fontSize * 1.0f))
                .append("\" font-size=\"").append(fontSize).append("pt\" fill=\"").append(color.toHex()).append('"');
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        out.append('>').append(XmlText.escape(text)).append("</text>\n");
    }

    @Override
    public int textWidth(String text, int fontSize, boolean bold) {
        // Points to pixels (96/72), times the average advance of a sans-serif glyph.
        return (int) Math.ceil(text.length() * fontSize * 96.0 / 72.0 * (bold ? 0.6 : 0.55));
    }

    @Override
    public int lineHeight(int fontSize) {
        return (int) Math.ceil(fontSize * 96.0 / 72.0 * 1.25);
    }

    /** The SVG elements painted so far. */
    public String body() {
        return out.toString();
    }
}
