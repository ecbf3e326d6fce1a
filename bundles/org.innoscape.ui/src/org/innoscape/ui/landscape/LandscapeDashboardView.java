package org.innoscape.ui.landscape;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.innoscape.ui.model.CurrentModel;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.OpenModels;

/**
 * The landscape of the most recently opened model as charts drawn with SWT: initiatives by stage and
 * funding recipients (stacked), by focus, and by driver. Redrawn whenever the model changes.
 */
public class LandscapeDashboardView extends ViewPart {
    private static final int LABEL_WIDTH = 300;
    private static final int BAR_HEIGHT = 18;
    private static final int GAP = 6;
    private static final RGB[] PALETTE = {new RGB(31, 111, 120), new RGB(224, 122, 47), new RGB(79, 157, 105),
            new RGB(150, 150, 150), new RGB(210, 210, 210)};

    private ScrolledComposite scroller;
    private Canvas canvas;
    private List<ChartData> charts = List.of();
    private String title = "";
    private final Runnable onModelsChanged = this::refreshLater;

    @Override
    public void createPartControl(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
        scroller.setContent(canvas);
        OpenModels.get().addListener(onModelsChanged);
        refresh();
    }

    private void refreshLater() {
        if (canvas != null && !canvas.isDisposed()) {
            canvas.getDisplay().asyncExec(this::refresh);
        }
    }

    /** Recomputes the charts from the current model (the active editor's, else the newest) and repaints. */
    public void refresh() {
        if (canvas.isDisposed()) {
            return;
        }
        ModelDocument document = CurrentModel.of(getSite().getPage());
        if (document == null) {
            charts = List.of();
            title = "Open a model to see its landscape.";
        } else {
            charts = ChartData.of(document.system());
            String budgets = ChartData.knownBudgets(document.system());
            title = document.system().getName() + ": " + document.system().getInitiatives().size() + " initiatives"
                    + (budgets.isEmpty() ? "" : "; known budgets " + budgets);
        }
        canvas.setSize(preferredSize());
        canvas.redraw();
    }

    public List<ChartData> charts() {
        return charts;
    }

    private Point preferredSize() {
        int height = 40;
        for (ChartData chart : charts) {
            height += 74 + chart.bars().size() * (BAR_HEIGHT + GAP);
        }
        return new Point(LABEL_WIDTH + 520, height);
    }

    private void paint(GC gc) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(title, 10, 10, true);
        int y = 40;
        for (ChartData chart : charts) {
            y = paintChart(gc, chart, y);
        }
    }

    private int paintChart(GC gc, ChartData chart, int top) {
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(chart.title(), 10, top, true);
        int y = top + 24;
        if (chart.series().size() > 1) {
            int x = LABEL_WIDTH;
            for (int s = 0; s < chart.series().size(); s++) {
                Color color = new Color(PALETTE[s % PALETTE.length]);
                gc.setBackground(color);
                gc.fillRectangle(x, y + 4, 10, 10);
                gc.drawText(chart.series().get(s), x + 14, y, true);
                x += gc.textExtent(chart.series().get(s)).x + 30;
            }
            y += 24;
        }
        long max = Math.max(1, chart.bars().stream().mapToLong(ChartData.Bar::total).max().orElse(1));
        int width = 420;
        for (ChartData.Bar bar : chart.bars()) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            String label = fit(gc, bar.label(), LABEL_WIDTH - 20);
            gc.drawText(label, LABEL_WIDTH - 8 - gc.textExtent(label).x, y, true);
            int x = LABEL_WIDTH;
            for (int s = 0; s < bar.values().length; s++) {
                int length = (int) Math.round((double) bar.values()[s] / max * width);
                gc.setBackground(new Color(PALETTE[s % PALETTE.length]));
                gc.fillRectangle(x, y + 2, length, BAR_HEIGHT - 4);
                x += length;
            }
            gc.drawText(Long.toString(bar.total()), x + 6, y, true);
            y += BAR_HEIGHT + GAP;
        }
        return y + 20;
    }

    /** The label, shortened with an ellipsis until it fits the width in pixels. */
    private static String fit(GC gc, String label, int width) {
        if (gc.textExtent(label).x <= width) {
            return label;
        }
        String shortened = label;
        while (shortened.length() > 1 && gc.textExtent(shortened + "…").x > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "…";
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        OpenModels.get().removeListener(onModelsChanged);
        super.dispose();
    }
}
