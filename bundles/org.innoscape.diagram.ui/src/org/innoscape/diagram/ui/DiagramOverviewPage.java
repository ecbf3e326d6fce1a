package org.innoscape.diagram.ui;

import java.util.Set;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.innoscape.diagram.description.LineStyle;
import org.innoscape.diagram.description.NodeShape;
import org.innoscape.diagram.render.DiagramPainter;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.Rect;

/**
 * The Outline view's overview of a diagram: the whole diagram scaled to fit, the visible part
 * framed; clicking or dragging in it scrolls the editor there. The scaled diagram is painted once
 * per view into a {@link BackBuffer}; scrolling the editor only moves the frame.
 */
final class DiagramOverviewPage extends Page implements IContentOutlinePage {
    private final DiagramEditor editor;
    private Canvas overview;
    private SwtCanvas2D canvas2d;
    private boolean refreshPending;
    private final BackBuffer picture = new BackBuffer();
    /** What {@link #picture} shows: the view and the image it was painted into. */
    private DiagramView picturedView;
    private Image picturedImage;

    DiagramOverviewPage(DiagramEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        overview = new Canvas(parent, SWT.NO_BACKGROUND);
        canvas2d = new SwtCanvas2D(overview.getDisplay());
        overview.addListener(SWT.Paint, this::paint);
        overview.addListener(SWT.MouseDown, this::scrollTo);
        overview.addListener(SWT.MouseMove, event -> {
            if ((event.stateMask & SWT.BUTTON1) != 0) {
                scrollTo(event);
            }
        });
        overview.addListener(SWT.Dispose, event -> {
            canvas2d.dispose();
            picture.dispose();
        });
        editor.canvas().addListener(SWT.Paint, event -> refreshSoon());
    }

    private double scale(Rect bounds) {
        Rectangle area = overview.getClientArea();
        return Math.min((double) area.width / bounds.width(), (double) area.height / bounds.height());
    }

    private void paint(Event event) {
        Rectangle area = overview.getClientArea();
        DiagramView view = editor.canvas().view();
        if (view == null || area.width <= 0 || area.height <= 0) {
            event.gc.setBackground(overview.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            event.gc.fillRectangle(area);
            return;
        }
        Rect bounds = view.bounds().expand(20);
        double scale = scale(bounds);
        Image image = picture.sized(overview.getDisplay(), area.width, area.height);
        if (view != picturedView || image != picturedImage) {
            GC gc = new GC(image);
            try {
                gc.setBackground(overview.getDisplay().getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(area);
                drawScaled(gc, bounds, scale, () -> new DiagramPainter(DiagramPainter.Detail.ADAPTIVE)
                        .paint(view, canvas2d, null, Set.of()));
            } finally {
                gc.dispose();
            }
            picturedView = view;
            picturedImage = image;
        }
        event.gc.drawImage(image, 0, 0);
        drawScaled(event.gc, bounds, scale, () -> canvas2d.drawShape(NodeShape.RECTANGLE, editor.canvas().viewport(),
                DiagramPainter.SELECTION, (int) Math.ceil(2 / scale), LineStyle.SOLID));
    }

    /** Runs {@code drawing} on {@code gc} in diagram coordinates scaled to the overview. */
    private void drawScaled(GC gc, Rect bounds, double scale, Runnable drawing) {
        Transform transform = new Transform(overview.getDisplay());
        try {
            transform.scale((float) scale, (float) scale);
            transform.translate(-bounds.x(), -bounds.y());
            gc.setTransform(transform);
            canvas2d.begin(gc);
            drawing.run();
        } finally {
            gc.setTransform(null);
            transform.dispose();
        }
    }

    private void scrollTo(Event event) {
        DiagramView view = editor.canvas().view();
        if (view == null) {
            return;
        }
        Rect bounds = view.bounds().expand(20);
        double scale = scale(bounds);
        int x = (int) (event.x / scale) + bounds.x();
        int y = (int) (event.y / scale) + bounds.y();
        Rect visible = editor.canvas().viewport();
        editor.canvas().scrollBy(x - visible.centerX(), y - visible.centerY());
    }

    /** Scrolling repaints the editor often; the overview follows at most every 150 ms. */
    private void refreshSoon() {
        if (!refreshPending && overview != null && !overview.isDisposed()) {
            refreshPending = true;
            overview.getDisplay().timerExec(150, () -> {
                refreshPending = false;
                refresh();
            });
        }
    }

    void refresh() {
        if (overview != null && !overview.isDisposed()) {
            overview.redraw();
        }
    }

    @Override
    public Control getControl() {
        return overview;
    }

    @Override
    public void setFocus() {
        overview.setFocus();
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        // The overview has no selection of its own.
    }

    @Override
    public ISelection getSelection() {
        return StructuredSelection.EMPTY;
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        // The overview has no selection of its own.
    }

    @Override
    public void setSelection(ISelection selection) {
        // The overview has no selection of its own.
    }
}
