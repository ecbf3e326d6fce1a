package org.innoscape.diagram.ui;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.innoscape.diagram.appearance.AppearanceMetrics;
import org.innoscape.diagram.appearance.ElementMetric;
import org.innoscape.diagram.decoration.DecorationLayer;
import org.innoscape.diagram.decoration.Decorations;
import org.innoscape.diagram.ui.internal.Messages;
import org.innoscape.model.InnovationSystem;

/**
 * Computes the switched-on decoration layers, and the metrics the diagram's appearances draw by, on
 * a private copy of the model, in the background.
 */
final class OverlayJob extends Job {
    private final InnovationSystem copy;
    private final List<DecorationLayer> layers;
    private final List<ElementMetric> metrics;
    private final Display display;
    private final Consumer<Decorations> onDone;

    OverlayJob(InnovationSystem copy, List<DecorationLayer> layers, List<ElementMetric> metrics, Display display,
            Consumer<Decorations> onDone) {
        super(Messages.OverlayJob_name);
        this.copy = copy;
        this.layers = layers;
        this.metrics = metrics;
        this.display = display;
        this.onDone = onDone;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.OverlayJob_task, layers.size() + metrics.size());
        Decorations all = Decorations.none();
        for (DecorationLayer layer : layers) {
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            progress.subTask(layer.label());
            try {
                all = all.merge(layer.compute(copy, progress.split(1)));
            } catch (RuntimeException e) {
                return Status.error(NLS.bind(Messages.OverlayJob_failed, layer.label(), e.getMessage()), e);
            }
        }
        try {
            all = all.merge(AppearanceMetrics.compute(copy, metrics, progress.split(metrics.size())));
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            return Status.error(NLS.bind(Messages.OverlayJob_failed, Messages.OverlayJob_metrics, e.getMessage()), e);
        }
        Decorations result = all;
        if (!display.isDisposed()) {
            display.asyncExec(() -> onDone.accept(result));
        }
        return Status.OK_STATUS;
    }
}
