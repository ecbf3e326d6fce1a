package org.innoscape.diagram.ui;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.innoscape.diagram.layout.ElkLayout;
import org.innoscape.diagram.layout.LayoutGraph;
import org.innoscape.diagram.layout.LayoutResult;
import org.innoscape.diagram.ui.internal.Messages;

/**
 * Runs ELK on a snapshot of the diagram in the background, with progress and cancel; the result
 * is handed back on the UI thread, where it becomes one undoable command. A cancelled layout
 * changes nothing.
 */
final class LayoutJob extends Job {
    private final LayoutGraph graph;
    private final Display display;
    private final Consumer<LayoutResult> onDone;

    LayoutJob(String name, LayoutGraph graph, Display display, Consumer<LayoutResult> onDone) {
        super(name);
        this.graph = graph;
        this.display = display;
        this.onDone = onDone;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(NLS.bind(Messages.LayoutJob_task, graph.nodes().size(), graph.edges().size()),
                IProgressMonitor.UNKNOWN);
        try {
            LayoutResult result = new ElkLayout().layout(graph, monitor::isCanceled);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            if (!display.isDisposed()) {
                display.asyncExec(() -> onDone.accept(result));
            }
            return Status.OK_STATUS;
        } catch (RuntimeException e) {
            return Status.error(NLS.bind(Messages.LayoutJob_failed, e.getMessage()), e);
        } finally {
            monitor.done();
        }
    }
}
