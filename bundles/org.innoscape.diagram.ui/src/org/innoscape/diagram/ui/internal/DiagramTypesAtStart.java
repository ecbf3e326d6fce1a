package org.innoscape.diagram.ui.internal;

import org.eclipse.ui.IStartup;
import org.innoscape.diagram.DiagramTypes;

/** Reads the diagram type plug-ins when the workbench starts, so that a broken one is in the Log view from the start. */
public class DiagramTypesAtStart implements IStartup {

    @Override
    public void earlyStartup() {
        DiagramTypes.installed();
    }
}
