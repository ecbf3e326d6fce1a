package org.innoscape.diagram.appearance;

import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EClass;
import org.innoscape.model.InnovationSystem;

/**
 * A number computed for elements of one class from the whole model (an actor's betweenness), which
 * diagrams can draw by colour or size. Contributed as {@code metric} to
 * {@code org.innoscape.diagram.diagramTypes}; computed in a background job on a copy of the model,
 * so it must not keep references into it.
 */
public interface ElementMetric {
    /** Stable: appearances store it ("metric:" + id). */
    String id();

    /** As users read it in the Appearance dialog and the legend: "Betweenness". */
    String label();

    /** The class of the elements it measures. */
    EClass domain();

    /** The value of each measured element, by element id. */
    Map<String, Double> compute(InnovationSystem model, IProgressMonitor monitor);
}
