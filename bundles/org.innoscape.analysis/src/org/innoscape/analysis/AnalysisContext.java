package org.innoscape.analysis;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.innoscape.model.InnovationSystem;

/** What an analysis gets: the model (read only), its parameters and a progress monitor it must honour. */
public record AnalysisContext(InnovationSystem model, Parameters parameters, IProgressMonitor monitor) {

    /** Throws when the user cancelled; call it in long loops. */
    public void checkCanceled() {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
