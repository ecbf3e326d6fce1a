package org.innoscape.analysis.ui.internal;

import org.eclipse.ui.IStartup;
import org.innoscape.analysis.AnalysisRegistry;

/** Reads the analysis plug-ins when the workbench starts, so that a broken one is in the Log view from the start. */
public class AnalysisRegistryAtStart implements IStartup {

    @Override
    public void earlyStartup() {
        AnalysisRegistry.installed();
    }
}
