package org.innoscape.diagram.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.innoscape.diagram.description.LineStyle;
import org.innoscape.diagram.description.NodeShape;
import org.innoscape.diagram.render.DiagramPainter;
import org.innoscape.diagram.render.LegendPainter;
import org.innoscape.diagram.view.DiagramLegend;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.Rect;
import org.innoscape.diagram.view.ViewEdge;
import org.innoscape.diagram.view.ViewNode;

/**
 * The drawing surface: paints the current view through {@link DiagramPainter} with zoom and
 * scrolling, keeps the selection (by view key, so it survives rebuilds) and draws interaction
 * feedback (marquee, moved outlines, the line of a new connection). It paints into a
 * {@link BackBuffer}, and the finished picture goes to the window at once.
 */
public final class DiagramCanvas extends Canvas {
    public static final double MIN_ZOOM = 0.05;
    public static final double MAX_ZOOM = 4.0;
    private static final int SCROLL_MARGIN = 200;

    private final DiagramPainter painter = new DiagramPainter(DiagramPainter.Detail.ADAPTIVE);
    private final SwtCanvas2D canvas2d;
    private final Set<String> selection = new LinkedHashSet<>();
    private final List<Runnable> selectionListeners = new CopyOnWriteArrayList<>();
    private DiagramView view;
    private double zoom = 1.0;
    private int originX;
    private int originY;
    private List<Rect> feedbackRects = List.of();
    private int[] feedbackLine;
    private DiagramPainter.Painted lastPaint = new DiagramPainter.Painted(0, 0, true);
    private final BackBuffer buffer = new BackBuffer();
    // Off until asked for: on a small canvas a legend of twenty lines would hide the diagram.
    private boolean legendVisible;
    private List<DiagramLegend.Entry> legend;
    private Rect legendBox;

    public DiagramCanvas(Composite parent) {
        super(parent, SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        canvas2d = new SwtCanvas2D(getDisplay());
        addListener(SWT.Paint, this::paint);
        addListener(SWT.Resize, event -> updateScrollBars());
        getHorizontalBar().addListener(SWT.Selection, event -> {
            originX = getHorizontalBar().getSelection();
            redraw();
        });
        getVerticalBar().addListener(SWT.Selection, event -> {
            originY = getVerticalBar().getSelection();
            redraw();
        });
        addListener(SWT.Dispose, event -> {
            canvas2d.dispose();
            buffer.dispose();
        });
    }

    public void setView(DiagramView newView) {
        boolean first = view == null;
        this.view = newView;
        legend = null;
        selection.removeIf(key -> newView.node(key).isEmpty() && newView.edge(key).isEmpty());
        if (first) {
            Rect bounds = newView.bounds();
            originX = bounds.x() - 20;
            originY = bounds.y() - 20;
        }
        updateScrollBars();
        redraw();
    }

    public DiagramView view() {
        return view;
    }

    private void paint(Event event) {
        Rectangle area = getClientArea();
        if (area.width <= 0 || area.height <= 0) {
            return;
        }
        Image image = buffer.sized(getDisplay(), area.width, area.height);
        GC gc = new GC(image);
        try {
            paintOn(gc, area);
        } finally {
            gc.dispose();
        }
        event.gc.drawImage(image, 0, 0);
    }

    private void paintOn(GC gc, Rectangle area) {
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        if (view == null) {
            return;
        }
        Transform transform = new Transform(getDisplay());
        try {
            transform.scale((float) zoom, (float) zoom);
            transform.translate(-originX, -originY);
            gc.setTransform(transform);
            canvas2d.begin(gc);
            lastPaint = painter.paint(view, canvas2d, viewport(), selection);
            for (Rect rect : feedbackRects) {
                canvas2d.drawShape(NodeShape.RECTANGLE, rect, DiagramPainter.SELECTION, 1, LineStyle.DASH);
            }
            if (feedbackLine != null) {
                canvas2d.drawPolyline(feedbackLine, DiagramPainter.SELECTION, 2, LineStyle.DASH);
            }
        } finally {
            gc.setTransform(null);
            transform.dispose();
        }
        paintLegend(area);
    }

    /** The legend in the canvas's top-right corner, at screen size whatever the zoom. */
    private void paintLegend(Rectangle area) {
        legendBox = null;
        if (!legendVisible || legend().isEmpty()) {
            return;
        }
        int[] size = LegendPainter.size(legend(), canvas2d);
        legendBox = LegendPainter.paint(legend(), canvas2d, Math.max(4, area.width - size[0] - 12), 8);
    }

    /** What the colours of the shown diagram mean (worked out once per view). */
    public List<DiagramLegend.Entry> legend() {
        if (legend == null) {
            legend = view == null ? List.of() : DiagramLegend.of(view);
        }
        return legend;
    }

    public void setLegendVisible(boolean visible) {
        legendVisible = visible;
        redraw();
    }

    public boolean isLegendVisible() {
        return legendVisible;
    }

    /** Where the legend was last painted, in screen coordinates, or null when it was not (for tests). */
    public Rect legendBox() {
        return legendBox;
    }

    /** The part of the diagram the canvas shows, in diagram coordinates. */
    public Rect viewport() {
        Rectangle area = getClientArea();
        return new Rect(originX, originY, (int) Math.ceil(area.width / zoom), (int) Math.ceil(area.height / zoom));
    }

    /** What the last paint drew (for tests and the benchmark). */
    public DiagramPainter.Painted lastPaint() {
        return lastPaint;
    }

    public int[] toDiagram(int screenX, int screenY) {
        return new int[] { (int) Math.floor(screenX / zoom) + originX, (int) Math.floor(screenY / zoom) + originY };
    }

    public int[] toScreen(int diagramX, int diagramY) {
        return new int[] { (int) Math.round((diagramX - originX) * zoom), (int) Math.round((diagramY - originY) * zoom) };
    }

    public double zoom() {
        return zoom;
    }

    /** Zooms keeping the diagram point under (screenX, screenY) in place. */
    public void setZoom(double newZoom, int screenX, int screenY) {
        int[] anchor = toDiagram(screenX, screenY);
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        originX = anchor[0] - (int) Math.round(screenX / zoom);
        originY = anchor[1] - (int) Math.round(screenY / zoom);
        updateScrollBars();
        redraw();
    }

    public void setZoom(double newZoom) {
        Rectangle area = getClientArea();
        setZoom(newZoom, area.width / 2, area.height / 2);
    }

    public void zoomToFit() {
        if (view == null) {
            return;
        }
        Rect bounds = view.bounds().expand(20);
        Rectangle area = getClientArea();
        if (area.width == 0 || area.height == 0) {
            return;
        }
        zoom = Math.max(MIN_ZOOM, Math.min(1.0, Math.min((double) area.width / bounds.width(),
                (double) area.height / bounds.height())));
        originX = bounds.x();
        originY = bounds.y();
        updateScrollBars();
        redraw();
    }

    /** Scrolls so that {@code area} is visible. */
    public void reveal(Rect area) {
        Rect visible = viewport();
        if (visible.contains(area)) {
            return;
        }
        originX = area.centerX() - visible.width() / 2;
        originY = area.centerY() - visible.height() / 2;
        updateScrollBars();
        redraw();
    }

    public void scrollBy(int dx, int dy) {
        originX += dx;
        originY += dy;
        updateScrollBars();
        redraw();
    }

    private void updateScrollBars() {
        if (view == null || isDisposed()) {
            return;
        }
        Rect visible = viewport();
        Rect content = view.bounds().expand(SCROLL_MARGIN).union(visible);
        configure(getHorizontalBar(), content.x(), content.right(), visible.width(), originX);
        configure(getVerticalBar(), content.y(), content.bottom(), visible.height(), originY);
    }

    private static void configure(ScrollBar bar, int min, int max, int thumb, int selection) {
        bar.setValues(selection, min, max, Math.max(1, thumb), Math.max(1, thumb / 10), Math.max(1, thumb * 9 / 10));
    }

    public List<String> selection() {
        return List.copyOf(selection);
    }

    public List<ViewNode> selectedNodes() {
        List<ViewNode> nodes = new ArrayList<>();
        if (view != null) {
            selection.forEach(key -> view.node(key).ifPresent(nodes::add));
        }
        return nodes;
    }

    public List<ViewEdge> selectedEdges() {
        List<ViewEdge> edges = new ArrayList<>();
        if (view != null) {
            selection.forEach(key -> view.edge(key).ifPresent(edges::add));
        }
        return edges;
    }

    public void select(Collection<String> keys) {
        if (selection.equals(new LinkedHashSet<>(keys))) {
            return;
        }
        selection.clear();
        selection.addAll(keys);
        redraw();
        selectionListeners.forEach(Runnable::run);
    }

    public void toggle(String key) {
        Set<String> next = new LinkedHashSet<>(selection);
        if (!next.remove(key)) {
            next.add(key);
        }
        select(next);
    }

    public void onSelectionChanged(Runnable listener) {
        selectionListeners.add(listener);
    }

    void setFeedback(List<Rect> rects, int[] line) {
        this.feedbackRects = rects;
        this.feedbackLine = line;
        redraw();
    }
}
