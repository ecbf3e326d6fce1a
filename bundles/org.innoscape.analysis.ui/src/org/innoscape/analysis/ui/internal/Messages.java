package org.innoscape.analysis.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of this bundle that users read, from messages.properties beside this class (Eclipse NLS). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.innoscape.analysis.ui.internal.messages"; //$NON-NLS-1$

    public static String FindingsView_allRules;
    public static String FindingsView_modelClosed;
    public static String FindingsView_show;
    public static String FindingsView_allSeverities;
    public static String FindingsView_errors;
    public static String FindingsView_warningsAndErrors;
    public static String FindingsView_ruleFilterTooltip;
    public static String FindingsView_pressRun;
    public static String FindingsView_severity;
    public static String FindingsView_rule;
    public static String FindingsView_finding;
    public static String FindingsView_whyAndFix;
    public static String FindingsView_elements;
    public static String FindingsView_run;
    public static String FindingsView_runTooltip;
    public static String FindingsView_export;
    public static String FindingsView_exportTooltip;
    public static String FindingsView_runFirst;
    public static String FindingsView_htmlFiles;
    public static String FindingsView_jsonFiles;
    public static String FindingsView_csvFiles;
    public static String FindingsView_sarifFiles;
    public static String FindingsView_markdownFiles;
    public static String FindingsView_textFiles;
    public static String FindingsView_reportWritten;
    public static String FindingsView_reportNotWritten;
    public static String FindingsView_suggestion;
    public static String FindingsView_whySuggestion;
    public static String FindingsView_openModelFirst;
    public static String FindingsView_running;
    public static String FindingsView_result;
    public static String FindingsView_resultFailures;
    public static String FindingsView_cannotShowExplorer;

    public static String AnalysisJob_name;
    public static String AnalysisJob_failed;

    public static String RunAnalysesHandler_title;
    public static String RunAnalysesHandler_openModelFirst;

    public static String NetworkMetricsView_actor;
    public static String NetworkMetricsView_kind;
    public static String NetworkMetricsView_degree;
    public static String NetworkMetricsView_in;
    public static String NetworkMetricsView_betweenness;
    public static String NetworkMetricsView_closeness;
    public static String NetworkMetricsView_eigenvector;
    public static String NetworkMetricsView_singleBroker;
    public static String NetworkMetricsView_yes;
    public static String NetworkMetricsView_noModel;
    public static String NetworkMetricsView_computing;
    public static String NetworkMetricsView_job;
    public static String NetworkMetricsView_result;

    public static String LandscapeDashboardView_noModel;
    public static String LandscapeDashboardView_title;
    public static String LandscapeDashboardView_titleBudgets;

    public static String ChartData_noStage;
    public static String ChartData_byStage;
    public static String ChartData_innovators;
    public static String ChartData_adopters;
    public static String ChartData_both;
    public static String ChartData_noFunding;
    public static String ChartData_notStated;
    public static String ChartData_focus;
    public static String ChartData_drivers;
    public static String ChartData_initiatives;

    public static String AnalysisPreferencePage_description;
    public static String AnalysisPreferencePage_analysis;
    public static String AnalysisPreferencePage_category;
    public static String AnalysisPreferencePage_from;
    public static String AnalysisPreferencePage_parameters;
    public static String AnalysisPreferencePage_noParameters;
    public static String AnalysisPreferencePage_parameterLabel;
    public static String AnalysisPreferencePage_invalid;
    public static String AnalysisPreferencePage_notSaved;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
