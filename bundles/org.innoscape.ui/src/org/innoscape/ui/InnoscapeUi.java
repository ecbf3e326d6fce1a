package org.innoscape.ui;

/** Identifiers of the Innoscape workbench contributions, for code and tests that refer to them. */
public final class InnoscapeUi {
    public static final String PLUGIN_ID = "org.innoscape.ui";
    public static final String PERSPECTIVE_ID = "org.innoscape.ui.perspective";
    public static final String MODEL_EXPLORER_VIEW_ID = "org.innoscape.ui.views.modelExplorer";
    public static final String FINDINGS_VIEW_ID = "org.innoscape.ui.views.findings";
    public static final String NETWORK_METRICS_VIEW_ID = "org.innoscape.ui.views.networkMetrics";
    public static final String LANDSCAPE_VIEW_ID = "org.innoscape.ui.views.landscape";
    public static final String WINDOW_TITLE = "Innoscape";

    private InnoscapeUi() {
    }
}
