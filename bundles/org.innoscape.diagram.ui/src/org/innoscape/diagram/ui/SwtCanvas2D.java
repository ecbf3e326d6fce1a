package org.innoscape.diagram.ui;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.innoscape.diagram.description.LineStyle;
import org.innoscape.diagram.description.NodeShape;
import org.innoscape.diagram.description.Rgb;
import org.innoscape.diagram.render.Canvas2D;
import org.innoscape.diagram.view.Rect;

/**
 * {@link Canvas2D} on an SWT GC, for the editor and PNG export. Colours and fonts are created once
 * per canvas and released by {@link #dispose()}; the GC's transform does the zooming.
 */
public final class SwtCanvas2D implements Canvas2D {
    private final Display display;
    private GC gc;
    private final Map<Rgb, Color> colours = new HashMap<>();
    private final Map<Integer, Font> fonts = new HashMap<>();
    private final Map<Integer, Integer> lineHeights = new HashMap<>();
    /** Measuring text is the dearest part of a repaint; labels repeat, so widths are kept. */
    private final Map<String, Integer> textWidths = new HashMap<>();
    private static final int MAX_CACHED_WIDTHS = 50_000;
    private final String fontName;

    public SwtCanvas2D(Display display) {
        this.display = display;
        FontData[] system = display.getSystemFont().getFontData();
        this.fontName = system.length > 0 ? system[0].getName() : "Sans"; //$NON-NLS-1$
    }

    /** Draws on {@code target} until the next call. */
    public void begin(GC target) {
        this.gc = target;
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
    }

    @Override
    public void setSmoothLines(boolean smooth) {
        gc.setAntialias(smooth ? SWT.ON : SWT.OFF);
    }

    @Override
    public void fillShape(NodeShape shape, Rect r, Rgb color) {
        gc.setBackground(colour(color));
        switch (shape) {
            case ELLIPSE -> gc.fillOval(r.x(), r.y(), r.width(), r.height());
            case ROUNDED -> gc.fillRoundRectangle(r.x(), r.y(), r.width(), r.height(), arc(r), arc(r));
            case RECTANGLE, LANE -> gc.fillRectangle(r.x(), r.y(), r.width(), r.height());
        }
    }

    @Override
    public void drawShape(NodeShape shape, Rect r, Rgb color, int lineWidth, LineStyle line) {
        stroke(color, lineWidth, line);
        switch (shape) {
            case ELLIPSE -> gc.drawOval(r.x(), r.y(), r.width(), r.height());
            case ROUNDED -> gc.drawRoundRectangle(r.x(), r.y(), r.width(), r.height(), arc(r), arc(r));
            case RECTANGLE, LANE -> gc.drawRectangle(r.x(), r.y(), r.width(), r.height());
        }
    }

    private static int arc(Rect r) {
        return Math.min(20, r.height());
    }

    @Override
    public void drawPolyline(int[] points, Rgb color, int lineWidth, LineStyle line) {
        stroke(color, lineWidth, line);
        gc.drawPolyline(points);
    }

    @Override
    public void fillPolygon(int[] points, Rgb color) {
        gc.setBackground(colour(color));
        gc.fillPolygon(points);
    }

    @Override
    public void drawText(String text, int x, int y, Rgb color, int fontSize, boolean bold) {
        gc.setFont(font(fontSize, bold));
        gc.setForeground(colour(color));
        gc.drawString(text, x, y, true);
    }

    @Override
    public int textWidth(String text, int fontSize, boolean bold) {
        String key = (bold ? -fontSize : fontSize) + "|" + text; //$NON-NLS-1$
        Integer cached = textWidths.get(key);
        if (cached != null) {
            return cached;
        }
        if (textWidths.size() > MAX_CACHED_WIDTHS) {
            textWidths.clear();
        }
        gc.setFont(font(fontSize, bold));
        Point extent = gc.textExtent(text);
        textWidths.put(key, extent.x);
        return extent.x;
    }

    @Override
    public int lineHeight(int fontSize) {
        return lineHeights.computeIfAbsent(fontSize, size -> {
            gc.setFont(font(size, false));
            return gc.getFontMetrics().getHeight();
        });
    }

    private void stroke(Rgb color, int lineWidth, LineStyle line) {
        gc.setForeground(colour(color));
        gc.setLineWidth(lineWidth);
        gc.setLineStyle(switch (line) {
            case DASH -> SWT.LINE_DASH;
            case DOT -> SWT.LINE_DOT;
            case SOLID -> SWT.LINE_SOLID;
        });
    }

    private Color colour(Rgb rgb) {
        return colours.computeIfAbsent(rgb, c -> new Color(display, c.red(), c.green(), c.blue()));
    }

    private Font font(int size, boolean bold) {
        return fonts.computeIfAbsent(bold ? -size : size,
                key -> new Font(display, fontName, Math.abs(key), key < 0 ? SWT.BOLD : SWT.NORMAL));
    }

    public void dispose() {
        colours.values().forEach(Color::dispose);
        fonts.values().forEach(Font::dispose);
        colours.clear();
        fonts.clear();
    }
}
