package org.innoscape.analysis.ui.landscape;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.innoscape.analysis.ui.internal.Messages;
import org.innoscape.ui.model.CurrentModel;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.OpenModels;

/**
 * The landscape of the most recently opened model as charts drawn with SWT: initiatives by stage and
 * funding recipients (stacked), by focus, and by driver. Redrawn whenever the model changes.
 */
public class LandscapeDashboardView extends ViewPart {
    private static final int MIN_LABEL_WIDTH = 120;
    private static final int MIN_BAR_WIDTH = 200;
    private static final int BAR_HEIGHT = 18;
    private static final int GAP = 6;

    private ScrolledComposite scroller;
    private Canvas canvas;
    private List<ChartData> charts = List.of();
    private String title = ""; //$NON-NLS-1$
    private final Runnable onModelsChanged = this::refreshLater;

    @Override
    public void createPartControl(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
        scroller.setContent(canvas);
        scroller.addListener(SWT.Resize, event -> {
            canvas.setSize(preferredSize());
            canvas.redraw();
        });
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
            title = Messages.LandscapeDashboardView_noModel;
        } else {
            charts = ChartData.of(document.system());
            String budgets = ChartData.knownBudgets(document.system());
            title = budgets.isEmpty()
                    ? NLS.bind(Messages.LandscapeDashboardView_title, document.system().getName(), document.system().getInitiatives().size())
                    : NLS.bind(Messages.LandscapeDashboardView_titleBudgets,
                            new Object[] { document.system().getName(), document.system().getInitiatives().size(), budgets });
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
        // As wide as the view (bars grow with it), but never so narrow that labels or bars vanish.
        int visible = scroller.getClientArea().width;
        return new Point(Math.max(visible, labelWidth() + MIN_BAR_WIDTH + 60), height);
    }

    /** Wide enough for the longest label, up to half the view: a longer one is shortened with an ellipsis. */
    private int labelWidth() {
        GC gc = new GC(canvas);
        try {
            int longest = MIN_LABEL_WIDTH;
            for (ChartData chart : charts) {
                for (ChartData.Bar bar : chart.bars()) {
                    longest = Math.max(longest, gc.textExtent(bar.label()).x + 20);
                }
            }
            return Math.min(longest, Math.max(MIN_LABEL_WIDTH, scroller.getClientArea().width / 2));
        } finally {
            gc.dispose();
        }
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
        Color black = canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        Color outline = canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY);
        gc.setForeground(black);
        gc.drawText(chart.title(), 10, top, true);
        int y = top + 24;
        int labelWidth = labelWidth();
        if (chart.series().size() > 1) {
            int x = labelWidth;
            for (int s = 0; s < chart.series().size(); s++) {
                gc.setBackground(colour(chart, s));
                gc.fillRectangle(x, y + 4, 10, 10);
                gc.setForeground(outline);
                gc.drawRectangle(x, y + 4, 10, 10);
                gc.setForeground(black);
                gc.drawText(chart.series().get(s), x + 14, y, true);
                x += gc.textExtent(chart.series().get(s)).x + 30;
            }
            y += 24;
        }
        long max = Math.max(1, chart.bars().stream().mapToLong(ChartData.Bar::total).max().orElse(1));
        int width = Math.max(MIN_BAR_WIDTH, canvas.getSize().x - labelWidth - 60);
        for (ChartData.Bar bar : chart.bars()) {
            gc.setForeground(black);
            String label = fit(gc, bar.label(), labelWidth - 20);
            gc.drawText(label, labelWidth - 8 - gc.textExtent(label).x, y, true);
            int x = labelWidth;
            for (int s = 0; s < bar.values().length; s++) {
                int length = (int) Math.round((double) bar.values()[s] / max * width);
                gc.setBackground(colour(chart, s));
                gc.fillRectangle(x, y + 2, length, BAR_HEIGHT - 4);
                if (length > 0) {
                    // White ("not stated") would vanish on the white page without an outline.
                    gc.setForeground(outline);
                    gc.drawRectangle(x, y + 2, length, BAR_HEIGHT - 4);
                }
                x += length;
            }
            gc.drawText(Long.toString(bar.total()), x + 6, y, true);
            y += BAR_HEIGHT + GAP;
        }
        return y + 20;
    }

    private static Color colour(ChartData chart, int series) {
        var rgb = chart.colours().get(series % chart.colours().size());
        return new Color(rgb.red(), rgb.green(), rgb.blue());
    }

    /** The label, shortened with an ellipsis until it fits the width in pixels. */
    private static String fit(GC gc, String label, int width) {
        if (gc.textExtent(label).x <= width) {
            return label;
        }
        String shortened = label;
        while (shortened.length() > 1 && gc.textExtent(shortened + "…").x > width) { //$NON-NLS-1$
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "…"; //$NON-NLS-1$
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
