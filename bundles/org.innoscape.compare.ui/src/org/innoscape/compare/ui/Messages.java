package org.innoscape.compare.ui;

import org.eclipse.osgi.util.NLS;

/** The texts of this bundle that users read, from messages.properties beside this class (Eclipse NLS). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.innoscape.compare.ui.messages"; //$NON-NLS-1$

    public static String CompareWithHandler_noModelTitle;
    public static String CompareWithHandler_noModel;
    public static String CompareWithHandler_dialogTitle;
    public static String CompareWithHandler_modelFiles;
    public static String CompareWithHandler_allFiles;
    public static String CompareWithHandler_openName;
    public static String CompareWithHandler_jobName;
    public static String CompareWithHandler_cannotCompare;
    public static String CompareWithHandler_errorTitle;
    public static String CompareWithHandler_cannotShow;

    public static String ComparisonView_hint;
    public static String ComparisonView_heading;
    public static String ComparisonView_headingSame;
    public static String ComparisonView_onlyInOther;
    public static String ComparisonView_cannotShowExplorer;

    public static String ComparisonTree_added;
    public static String ComparisonTree_removed;
    public static String ComparisonTree_changed;
    public static String ComparisonTree_layouts;
    public static String ComparisonTree_layout;
    public static String ComparisonTree_landscape;
    public static String ComparisonTree_landscapeRow;
    public static String ComparisonTree_findingsAppeared;
    public static String ComparisonTree_findingsResolved;
    public static String ComparisonTree_finding;
    public static String ComparisonTree_problems;
    public static String ComparisonTree_group;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
