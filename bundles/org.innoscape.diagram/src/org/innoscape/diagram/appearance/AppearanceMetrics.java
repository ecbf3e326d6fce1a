package org.innoscape.diagram.appearance;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.innoscape.diagram.decoration.Decorations;
import org.innoscape.model.Diagram;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.NodeAppearance;

/** The metrics a diagram's appearances draw by, and their values (for the editor's background job and exports). */
public final class AppearanceMetrics {

    private AppearanceMetrics() {
    }

    /** Of {@code installed}, those the diagram's appearances name. */
    public static List<ElementMetric> neededBy(Diagram diagram, List<ElementMetric> installed) {
        List<ElementMetric> needed = new ArrayList<>();
        for (ElementMetric metric : installed) {
            String key = AppearanceSource.METRIC + metric.id();
            for (NodeAppearance appearance : diagram.getAppearances()) {
                if (key.equals(appearance.getSource()) && !needed.contains(metric)) {
                    needed.add(metric);
                }
            }
        }
        return needed;
    }

    /** The metrics' values, as decorations appearances read. */
    public static Decorations compute(InnovationSystem model, List<ElementMetric> metrics, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, metrics.size());
        Decorations values = Decorations.none();
        for (ElementMetric metric : metrics) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask(metric.label());
            values.metric(metric.id(), metric.label(), metric.compute(model, progress.split(1)));
        }
        return values;
    }
}
