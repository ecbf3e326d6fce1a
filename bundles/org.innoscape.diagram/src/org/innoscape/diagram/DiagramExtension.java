package org.innoscape.diagram;

import org.innoscape.diagram.description.DiagramDescription;

/** Adds layers, mappings, styles or tools to a diagram type contributed elsewhere. */
public interface DiagramExtension {
    void extend(DiagramDescription description);
}
