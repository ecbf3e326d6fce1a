package org.innoscape.diagram.decoration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.model.InnovationSystem;

/**
 * A transient layer, as in Sirius: it only decorates diagrams and never changes them. Computed in
 * a background job on a private copy of the model, so it must not keep references into it.
 */
public interface DecorationLayer {
    String id();

    String label();

    Decorations compute(InnovationSystem model, IProgressMonitor monitor);

    /**
     * Whether this layer can show anything on diagrams of {@code type}; editors offer only those that
     * can (sizing actors means nothing on a diagram without actors). All of them by default.
     */
    default boolean appliesTo(DiagramDescription type) {
        return true;
    }
}
