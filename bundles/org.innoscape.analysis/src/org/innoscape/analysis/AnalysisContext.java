package org.innoscape.analysis;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.URI;
import org.innoscape.model.InnovationSystem;

/** What an analysis gets: the model (read only), its parameters and a progress monitor it must honour. */
public record AnalysisContext(InnovationSystem model, Parameters parameters, IProgressMonitor monitor) {

    /** Throws when the user cancelled; call it in long loops. */
    public void checkCanceled() {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    /** The file the model was loaded from, when it was (analyses may keep caches beside it, never inside it). */
    public Optional<Path> modelFile() {
        URI uri = model.eResource() == null ? null : model.eResource().getURI();
        return uri != null && uri.isFile() ? Optional.of(Path.of(uri.toFileString())) : Optional.empty();
    }
}
