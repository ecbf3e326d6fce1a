package org.innoscape.diagram;

import org.innoscape.diagram.description.DiagramDescription;

/** Contributes a diagram type; {@link #create()} returns a fresh description each call. */
public interface DiagramTypeProvider {
    DiagramDescription create();
}
