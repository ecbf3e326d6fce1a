package org.innoscape.diagram.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;
import org.innoscape.diagram.render.DiagramPainter;
import org.innoscape.diagram.render.LegendPainter;
import org.innoscape.diagram.render.SvgExport;
import org.innoscape.diagram.view.DiagramLegend;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.Rect;
import org.innoscape.model.persistence.AtomicFiles;

/** Renders a whole diagram into a PNG image, scaled down when it would exceed {@link #MAX_SIDE} pixels. */
public final class PngExport {
    public static final int MAX_SIDE = 8000;
    private static final int MARGIN = 20;

    private PngExport() {
    }

    public static ImageData render(Display display, DiagramView view, double scale) {
        return render(display, view, scale, List.of());
    }

    /** The image with {@code legend} beside the drawing, as the SVG export places it (none when empty). */
    public static ImageData render(Display display, DiagramView view, double scale, List<DiagramLegend.Entry> legend) {
        Rect bounds = view.bounds().expand(MARGIN);
        Rect place = SvgExport.legendPlace(view);
        if (!legend.isEmpty()) {
            int[] size = legendSize(display, legend);
            bounds = bounds.union(new Rect(place.x(), place.y(), size[0], size[1]).expand(MARGIN));
        }
        double fit = Math.min(scale, Math.min((double) MAX_SIDE / bounds.width(), (double) MAX_SIDE / bounds.height()));
        int width = Math.max(1, (int) Math.ceil(bounds.width() * fit));
        int height = Math.max(1, (int) Math.ceil(bounds.height() * fit));
        Image image = new Image(display, width, height);
        GC gc = new GC(image);
        Transform transform = new Transform(display);
        SwtCanvas2D canvas = new SwtCanvas2D(display);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, width, height);
            transform.scale((float) fit, (float) fit);
            transform.translate(-bounds.x(), -bounds.y());
            gc.setTransform(transform);
            canvas.begin(gc);
            new DiagramPainter().paint(view, canvas, null, Set.of());
            if (!legend.isEmpty()) {
                LegendPainter.paint(legend, canvas, place.x(), place.y());
            }
            return image.getImageData();
        } finally {
            canvas.dispose();
            transform.dispose();
            gc.dispose();
            image.dispose();
        }
    }

    /** The legend's size as SWT draws its text (measured on a scratch image). */
    private static int[] legendSize(Display display, List<DiagramLegend.Entry> legend) {
        Image scratch = new Image(display, 1, 1);
        GC gc = new GC(scratch);
        SwtCanvas2D canvas = new SwtCanvas2D(display);
        try {
            canvas.begin(gc);
            return LegendPainter.size(legend, canvas);
        } finally {
            canvas.dispose();
            gc.dispose();
            scratch.dispose();
        }
    }

    /** Writes the PNG atomically (with {@code legend} beside the drawing unless empty): a failed export leaves any existing file untouched. */
    public static void write(Display display, DiagramView view, List<DiagramLegend.Entry> legend, Path file) throws IOException {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { render(display, view, 1.0, legend) };
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        loader.save(bytes, SWT.IMAGE_PNG);
        AtomicFiles.write(file, bytes.toByteArray());
    }
}
