package org.innoscape.analysis.ui.metrics;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;


import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.part.ViewPart;
import org.innoscape.analysis.network.ActorNetwork;
import org.innoscape.analysis.network.NetworkMetrics.ActorMetrics;
import org.innoscape.analysis.network.NetworkMetrics;
import org.innoscape.analysis.ui.internal.Messages;
import org.innoscape.model.values.Wording;
import org.innoscape.ui.TableColumns;
import org.innoscape.ui.model.CurrentModel;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.OpenModels;
import org.innoscape.ui.properties.LivePropertySheetPage;

/**
 * The actors of the most recently opened model with their centralities, in a table sorted by any
 * column (click a header; again to reverse). Metrics are computed in a background job after each change.
 */
public class NetworkMetricsView extends ViewPart {
    private TableViewer table;
    /** The metrics job in progress, cancelled when a newer one starts or the view closes. */
    private Job running;
    private Label status;
    private final Runnable onModelsChanged = this::recomputeLater;
    private int sortColumn = 4;
    private boolean descending = true;
    private final List<Column> columns = List.of(
            text(Messages.NetworkMetricsView_actor, 240, m -> String.valueOf(m.actor().getName())),
            text(Messages.NetworkMetricsView_kind, 150, m -> Wording.of(m.actor().getKind())),
            number(Messages.NetworkMetricsView_degree, m -> m.degree(), false),
            number(Messages.NetworkMetricsView_in, m -> m.inDegree(), false),
            number(Messages.NetworkMetricsView_betweenness, ActorMetrics::betweenness, true),
            number(Messages.NetworkMetricsView_closeness, ActorMetrics::closeness, true),
            number(Messages.NetworkMetricsView_eigenvector, ActorMetrics::eigenvector, true),
            text(Messages.NetworkMetricsView_singleBroker, 100, m -> m.articulationPoint() ? Messages.NetworkMetricsView_yes : "")); //$NON-NLS-1$

    /** One column: how to show and how to sort. */
    private record Column(String title, int width, Function<ActorMetrics, String> text, ToDoubleFunction<ActorMetrics> value) {
    }

    private static Column text(String title, int width, Function<ActorMetrics, String> text) {
        return new Column(title, width, text, null);
    }

    private static Column number(String title, ToDoubleFunction<ActorMetrics> value, boolean decimal) {
        return new Column(title, 100, m -> decimal ? String.format(Locale.ROOT, "%.3f", value.applyAsDouble(m)) //$NON-NLS-1$
                : Long.toString(Math.round(value.applyAsDouble(m))), value);
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            TableViewerColumn viewerColumn = TableColumns.add(table, ActorMetrics.class, column.title(), column.width(), column.text());
            int index = i;
            viewerColumn.getColumn().addListener(SWT.Selection, e -> sortBy(index));
        }
        table.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer viewer, Object a, Object b) {
                Column column = columns.get(sortColumn);
                ActorMetrics x = (ActorMetrics) a;
                ActorMetrics y = (ActorMetrics) b;
                int order = column.value() != null ? Double.compare(column.value().applyAsDouble(x), column.value().applyAsDouble(y))
                        : column.text().apply(x).compareToIgnoreCase(column.text().apply(y));
                return descending ? -order : order;
            }
        });
        getSite().setSelectionProvider(table);
        OpenModels.get().addListener(onModelsChanged);
        recompute();
    }

    /** Sorts by a column; a second click on the same column reverses the order. */
    public void sortBy(int column) {
        descending = column == sortColumn ? !descending : columns.get(column).value() != null;
        sortColumn = column;
        TableColumn header = table.getTable().getColumn(column);
        table.getTable().setSortColumn(header);
        table.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
        table.refresh();
    }

    private void recomputeLater() {
        if (table != null && !table.getControl().isDisposed()) {
            table.getControl().getDisplay().asyncExec(this::recompute);
        }
    }


    /** Builds the network on the UI thread (a snapshot) and computes the metrics in a job. */
    public Job recompute() {
        if (table.getControl().isDisposed()) {
            return null;
        }
        ModelDocument document = CurrentModel.of(getSite().getPage());
        if (document == null) {
            table.setInput(List.of());
            status.setText(Messages.NetworkMetricsView_noModel);
            return null;
        }
        ActorNetwork network = ActorNetwork.of(document.system());
        status.setText(NLS.bind(Messages.NetworkMetricsView_computing, document.name()));
        if (running != null) {
            running.cancel(); // a newer model or change replaces it
        }
        Display display = table.getControl().getDisplay(); // taken now: the view may be closed when the job ends
        Job job = Job.create(NLS.bind(Messages.NetworkMetricsView_job, document.name()), monitor -> {
            NetworkMetrics metrics = NetworkMetrics.compute(network, true, monitor);
            if (monitor.isCanceled() || display.isDisposed()) {
                return Status.CANCEL_STATUS;
            }
            List<ActorMetrics> rows = metrics.all();
            display.asyncExec(() -> {
                if (!table.getControl().isDisposed()) {
                    table.setInput(rows);
                    status.setText(NLS.bind(Messages.NetworkMetricsView_result, new Object[] { document.name(), rows.size(),
                            metrics.componentCount(), rows.stream().filter(ActorMetrics::articulationPoint).count() }));
                    status.getParent().layout();
                }
            });
            return Status.OK_STATUS;
        });
        running = job;
        job.schedule();
        return job;
    }

    public TableViewer table() {
        return table;
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        OpenModels.get().removeListener(onModelsChanged);
        if (running != null) {
            running.cancel();
        }
        super.dispose();
    }

    /** The Properties view keeps up with model changes made anywhere. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        T page = LivePropertySheetPage.adapt(adapter);
        return page != null ? page : super.getAdapter(adapter);
    }
}
