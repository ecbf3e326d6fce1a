package org.innoscape.analysis;

import java.util.List;

/**
 * A check over an Innoscape model, contributed through the extension point
 * {@code org.innoscape.analysis.analyses}. Implementations are small and stateless (one per rule or
 * metric, as Gephi's statistics): everything they need comes in the {@link AnalysisContext}.
 */
public interface Analysis {

    AnalysisDescriptor descriptor();

    /**
     * Runs the analysis. It must not change the model.
     *
     * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled
     */
    List<Finding> run(AnalysisContext context);
}
