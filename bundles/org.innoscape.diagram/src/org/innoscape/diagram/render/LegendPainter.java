package org.innoscape.diagram.render;

import java.util.List;

import org.innoscape.diagram.description.LineStyle;
import org.innoscape.diagram.description.NodeShape;
import org.innoscape.diagram.description.Rgb;
import org.innoscape.diagram.view.DiagramLegend;
import org.innoscape.diagram.view.Rect;

/** Paints a diagram's legend as a box of swatches and words, on any canvas, at a given place. */
public final class LegendPainter {
    private static final int FONT = 8;
    private static final int PAD = 6;
    private static final int SWATCH = 22;
    private static final Rgb BORDER = new Rgb(0x88, 0x88, 0x88);
    private static final Rgb TEXT = new Rgb(0x22, 0x22, 0x22);

    private LegendPainter() {
    }

    /** The size the legend needs: {width, height}. */
    public static int[] size(List<DiagramLegend.Entry> entries, Canvas2D canvas) {
        int line = canvas.lineHeight(FONT) + 2;
        int width = canvas.textWidth("Legend", FONT, true);
        for (DiagramLegend.Entry entry : entries) {
            width = Math.max(width, SWATCH + 6 + canvas.textWidth(entry.meaning(), FONT, false));
        }
        return new int[] { width + 2 * PAD, (entries.size() + 1) * line + 2 * PAD };
    }

    /** Paints the legend with its top-left corner at (x, y); returns where it went. */
    public static Rect paint(List<DiagramLegend.Entry> entries, Canvas2D canvas, int x, int y) {
        int[] size = size(entries, canvas);
        Rect box = new Rect(x, y, size[0], size[1]);
        canvas.fillShape(NodeShape.RECTANGLE, box, Rgb.WHITE);
        canvas.drawShape(NodeShape.RECTANGLE, box, BORDER, 1, LineStyle.SOLID);
        int line = canvas.lineHeight(FONT) + 2;
        int top = y + PAD;
        canvas.drawText("Legend", x + PAD, top, TEXT, FONT, true);
        for (DiagramLegend.Entry entry : entries) {
            top += line;
            int middle = top + line / 2 - 1;
            paintSwatch(entry, canvas, x + PAD, top, line);
            canvas.drawText(entry.meaning(), x + PAD + SWATCH + 6, top, TEXT, FONT, false);
        }
        return box;
    }

    private static void paintSwatch(DiagramLegend.Entry entry, Canvas2D canvas, int left, int top, int line) {
        int middle = top + line / 2 - 1;
        Rect swatch = new Rect(left, top + 1, SWATCH, line - 4);
        switch (entry.swatch()) {
            case LINE -> canvas.drawPolyline(new int[] { left, middle, left + SWATCH, middle }, entry.color(), 2, entry.dash());
            case FILL -> {
                canvas.fillShape(NodeShape.ROUNDED, swatch, entry.color());
                canvas.drawShape(NodeShape.ROUNDED, swatch, BORDER, 1, LineStyle.SOLID);
            }
            case BORDER -> {
                canvas.fillShape(NodeShape.ROUNDED, swatch, Rgb.WHITE);
                canvas.drawShape(NodeShape.ROUNDED, swatch, entry.color(), 3, LineStyle.SOLID);
            }
            case SIZE -> {
                int small = Math.max(4, (line - 4) / 2);
                Rect smallBox = new Rect(left, top + line - 3 - small, small, small);
                Rect largeBox = new Rect(left + small + 3, top + 1, line - 4, line - 4);
                for (Rect box : new Rect[] { smallBox, largeBox }) {
                    canvas.fillShape(NodeShape.ROUNDED, box, entry.color());
                    canvas.drawShape(NodeShape.ROUNDED, box, BORDER, 1, LineStyle.SOLID);
                }
            }
            case NONE -> {
                // words only
            }
        }
    }
}
