package org.innoscape.diagram.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import org.innoscape.diagram.view.DiagramLegend;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.Rect;
import org.innoscape.model.persistence.AtomicFiles;
import org.innoscape.model.values.XmlText;

/** Exports a whole diagram as a standalone SVG 1.1 document. */
public final class SvgExport {
    private static final int MARGIN = 20;

    private SvgExport() {
    }

    public static String toSvg(DiagramView view, String title) {
        return toSvg(view, title, List.of());
    }

    /** The document with {@code legend} beside the drawing, at its top right (none when empty). */
    public static String toSvg(DiagramView view, String title, List<DiagramLegend.Entry> legend) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svgElement(view, title, null, legend);
    }

    /**
     * The diagram as one {@code <svg>} element, for a document of its own or inside a web page; with
     * {@code links}, every node and edge whose element has an address is a link to it.
     */
    public static String svgElement(DiagramView view, String title, Function<EObject, String> links) {
        return svgElement(view, title, links, List.of());
    }

    private static String svgElement(DiagramView view, String title, Function<EObject, String> links,
            List<DiagramLegend.Entry> legend) {
        Rect bounds = view.bounds().expand(MARGIN);
        SvgCanvas canvas = new SvgCanvas(links);
        new DiagramPainter().paint(view, canvas, null, Set.of());
        if (!legend.isEmpty()) {
            Rect box = LegendPainter.paint(legend, canvas, legendPlace(view).x(), legendPlace(view).y());
            bounds = bounds.union(box.expand(MARGIN));
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(bounds.width())
                .append("\" height=\"").append(bounds.height()).append("\" viewBox=\"").append(bounds.x()).append(' ')
                .append(bounds.y()).append(' ').append(bounds.width()).append(' ').append(bounds.height())
                .append("\" font-family=\"").append(SvgCanvas.FONT_FAMILY).append("\">\n");
        svg.append("<title>").append(XmlText.escape(title)).append("</title>\n");
        svg.append("<rect x=\"").append(bounds.x()).append("\" y=\"").append(bounds.y()).append("\" width=\"")
                .append(bounds.width()).append("\" height=\"").append(bounds.height()).append("\" fill=\"#ffffff\"/>\n");
        svg.append(canvas.body());
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** Where an exported legend's top-left corner goes: right of the drawing, level with its top. */
    public static Rect legendPlace(DiagramView view) {
        Rect drawing = view.bounds();
        return new Rect(drawing.right() + 2 * MARGIN, drawing.y(), 0, 0);
    }

    /** Writes the SVG atomically (with {@code legend} beside the drawing unless empty): a failed export leaves any existing file untouched. */
    public static void write(DiagramView view, String title, List<DiagramLegend.Entry> legend, Path file) throws IOException {
        AtomicFiles.write(file, toSvg(view, title, legend).getBytes(StandardCharsets.UTF_8));
    }
}
