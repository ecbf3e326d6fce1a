package org.innoscape.benchmarks;

import java.util.Random;
import java.util.Set;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.innoscape.diagram.DiagramCreation;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.layout.ElkLayout;
import org.innoscape.diagram.layout.LayoutGraph;
import org.innoscape.diagram.render.DiagramPainter;
import org.innoscape.diagram.types.StakeholderNetworkType;
import org.innoscape.diagram.ui.DiagramCanvas;
import org.innoscape.diagram.ui.SwtCanvas2D;
import org.innoscape.diagram.view.DiagramSynchronizer;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.Rect;
import org.innoscape.model.Diagram;
import org.innoscape.model.DiagramNode;
import org.innoscape.model.InnovationSystem;

/**
 * Diagram engine figures: building the view of 2,000 actors and 6,000 relationships, repainting the
 * editor's canvas (1000x700 at 100 % zoom, scrolled to random places, until the picture is in the
 * window), hit-testing, and ELK Layered on 1,000 nodes. Needs a display (xvfb-run on a server).
 */
public final class DiagramBenchmark {
    private static final int ROUNDS = 5;

    public static void main(String[] args) {
        Display display = new Display();
        DiagramDescription type = new StakeholderNetworkType().create();
        InnovationSystem big = SyntheticModels.generate(10_000, 42, 2_000, 6_000, 100);
        Diagram diagram = placedOnAGrid(big, type);
        double[] build = new double[ROUNDS];
        DiagramView view = null;
        for (int round = -2; round < ROUNDS; round++) {
            long start = System.nanoTime();
            view = DiagramSynchronizer.build(big, diagram, type);
            view.hitIndex();
            record(build, round, start);
        }
        System.out.printf("diagram view of %d nodes / %d edges: median %.1f ms, worst %.1f ms%n", view.roots().size(),
                view.edges().size(), ModelPersistenceBenchmark.median(build), ModelPersistenceBenchmark.max(build));

        Rect all = view.bounds();
        Random random = new Random(7);
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        DiagramCanvas editorCanvas = new DiagramCanvas(shell);
        shell.setSize(1000, 700);
        shell.open();
        settle(display, 500);
        Rectangle client = editorCanvas.getClientArea();
        shell.setSize(2000 - client.width, 1400 - client.height);
        editorCanvas.setView(view);
        settle(display, 500);
        double[] repaint = new double[20];
        for (int round = -5; round < repaint.length; round++) {
            Rect viewport = editorCanvas.viewport();
            int x = all.x() + random.nextInt(Math.max(1, all.width() - viewport.width()));
            int y = all.y() + random.nextInt(Math.max(1, all.height() - viewport.height()));
            editorCanvas.scrollBy(x - viewport.x(), y - viewport.y());
            settle(display, 0);
            // The canvas's own paint handler on a window GC, as for an expose event, made synchronous.
            GC windowGc = new GC(editorCanvas);
            Event paint = new Event();
            paint.gc = windowGc;
            paint.setBounds(editorCanvas.getClientArea());
            long start = System.nanoTime();
            editorCanvas.notifyListeners(SWT.Paint, paint);
            // A round trip to the X server: the picture has reached the window when it answers.
            display.getCursorLocation();
            record(repaint, round, start);
            windowGc.dispose();
        }
        Rect viewport = editorCanvas.viewport();
        DiagramPainter.Painted painted = editorCanvas.lastPaint();
        System.out.printf("repaint of the editor's %dx%d viewport at 100 %% (%d nodes, %d edges drawn, %s): median %.1f ms, worst %.1f ms%n",
                viewport.width(), viewport.height(), painted.nodes(), painted.edges(),
                painted.smoothEdges() ? "smooth" : "unsmoothed", ModelPersistenceBenchmark.median(repaint),
                ModelPersistenceBenchmark.max(repaint));

        Image image = new Image(display, 1000, 700);
        GC gc = new GC(image);
        SwtCanvas2D canvas = new SwtCanvas2D(display);
        canvas.begin(gc);
        Transform fit = new Transform(display);
        double scale = Math.min(1000.0 / all.width(), 700.0 / all.height());
        fit.scale((float) scale, (float) scale);
        fit.translate(-all.x(), -all.y());
        gc.setTransform(fit);
        long start = System.nanoTime();
        DiagramPainter.Painted everything = new DiagramPainter().paint(view, canvas, all, Set.of());
        System.out.printf("export-quality paint of the whole diagram zoomed to fit (%d nodes, %d edges): %.1f ms%n",
                everything.nodes(), everything.edges(), (System.nanoTime() - start) / 1e6);
        fit.dispose();
        shell.dispose();

        start = System.nanoTime();
        int hits = 0;
        for (int i = 0; i < 10_000; i++) {
            int x = all.x() + random.nextInt(all.width());
            int y = all.y() + random.nextInt(all.height());
            if (view.hitIndex().nodeAt(x, y) != null || view.hitIndex().edgeAt(x, y, 4) != null) {
                hits++;
            }
        }
        System.out.printf("10,000 hit-tests (node, then edge within 4 px): %.1f ms (%d hits)%n",
                (System.nanoTime() - start) / 1e6, hits);
        canvas.dispose();
        gc.dispose();
        image.dispose();

        InnovationSystem medium = SyntheticModels.generate(5_000, 43, 1_000, 3_000, 100);
        Diagram mediumDiagram = DiagramCreation.create(medium, type, "layout");
        medium.getDiagrams().add(mediumDiagram);
        LayoutGraph graph = LayoutGraph.of(DiagramSynchronizer.build(medium, mediumDiagram, type), Set.of());
        double[] layout = new double[3];
        for (int round = -1; round < layout.length; round++) {
            long layoutStart = System.nanoTime();
            new ElkLayout().layout(graph, () -> false);
            record(layout, round, layoutStart);
        }
        System.out.printf("ELK Layered on %d nodes / %d edges: median %.0f ms, worst %.0f ms%n", graph.nodes().size(),
                graph.edges().size(), ModelPersistenceBenchmark.median(layout), ModelPersistenceBenchmark.max(layout));
        display.dispose();
    }

    /** The whole network on a grid, as notation (a layout of 2,000 nodes is measured separately at 1,000). */
    private static Diagram placedOnAGrid(InnovationSystem system, DiagramDescription type) {
        Diagram diagram = DiagramCreation.create(system, type, "benchmark");
        system.getDiagrams().add(diagram);
        int columns = 45;
        int index = 0;
        for (DiagramNode node : diagram.getNodes()) {
            node.setX(index % columns * 190);
            node.setY(index / columns * 110);
            node.setWidth(130);
            node.setHeight(56);
            index++;
        }
        return diagram;
    }

    /** Lets the window appear and take its size (there is no window manager on Xvfb to wait for). */
    private static void settle(Display display, long millis) {
        long until = System.currentTimeMillis() + millis;
        while (display.readAndDispatch()) {
            // the pending events first
        }
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                Thread.onSpinWait();
            }
        }
    }

    private static void record(double[] times, int round, long start) {
        if (round >= 0) {
            times[round] = (System.nanoTime() - start) / 1e6;
        }
    }

    private DiagramBenchmark() {
    }
}
