package org.innoscape.ui;

/** Identifiers of the Innoscape workbench contributions, for code and tests that refer to them. */
public final class InnoscapeUi {
    public static final String PLUGIN_ID = "org.innoscape.ui"; //$NON-NLS-1$
    public static final String PERSPECTIVE_ID = "org.innoscape.ui.perspective"; //$NON-NLS-1$
    public static final String MODEL_EXPLORER_VIEW_ID = "org.innoscape.ui.views.modelExplorer"; //$NON-NLS-1$
    public static final String FINDINGS_VIEW_ID = "org.innoscape.ui.views.findings"; //$NON-NLS-1$
    public static final String NETWORK_METRICS_VIEW_ID = "org.innoscape.ui.views.networkMetrics"; //$NON-NLS-1$
    public static final String LANDSCAPE_VIEW_ID = "org.innoscape.ui.views.landscape"; //$NON-NLS-1$
    public static final String WINDOW_TITLE = "Innoscape"; //$NON-NLS-1$

    private InnoscapeUi() {
    }
}
