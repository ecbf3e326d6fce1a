package org.innoscape.analysis.ui.findings;

import java.util.List;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.innoscape.analysis.landscape.LandscapeCalculator;
import org.innoscape.analysis.report.ReportFormat;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisRegistry;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.Severity;
import org.innoscape.analysis.report.AnalysisReport;
import org.innoscape.analysis.ui.internal.Messages;
import org.innoscape.analysis.ui.preferences.AnalysisPreferences;
import org.innoscape.ui.InnoscapeUi;
import org.innoscape.ui.TableColumns;
import org.innoscape.ui.explorer.ModelExplorerView;
import org.innoscape.ui.model.CurrentModel;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.OpenModels;
import org.innoscape.ui.properties.LivePropertySheetPage;

/**
 * Runs the installed analyses on an open model in the background and lists the findings: severity,
 * rule, message and elements. Double-click reveals the first element in the model explorer.
 */
public class FindingsView extends ViewPart {
    private TableViewer table;
    private static final String ALL_RULES = Messages.FindingsView_allRules;
    private Combo severityFilter;
    private Combo ruleFilter;
    private Label status;
    private volatile AnalysisJob running;
    private ModelDocument lastDocument;
    private AnalysisResult lastResult;

    /** Findings of a model that has been closed refer to elements nobody can see any more: forget them. */
    private final Runnable forgetClosedModel = () -> {
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        table.getControl().getDisplay().asyncExec(() -> {
            if (!table.getControl().isDisposed() && lastDocument != null && !OpenModels.get().documents().contains(lastDocument)) {
                lastDocument = null;
                lastResult = null;
                table.setInput(List.of());
                status.setText(Messages.FindingsView_modelClosed);
            }
        });
    };

    @Override
    public void dispose() {
        OpenModels.get().removeListener(forgetClosedModel);
        if (running != null) {
            running.cancel(); // nobody will see its findings
        }
        super.dispose();
    }

    @Override
    public void createPartControl(Composite parent) {
        OpenModels.get().addListener(forgetClosedModel);
        parent.setLayout(new GridLayout(4, false));
        new Label(parent, SWT.NONE).setText(Messages.FindingsView_show);
        severityFilter = new Combo(parent, SWT.READ_ONLY);
        severityFilter.setItems(Messages.FindingsView_allSeverities, Messages.FindingsView_errors, Messages.FindingsView_warningsAndErrors);
        severityFilter.select(0);
        severityFilter.addListener(SWT.Selection, e -> table.refresh());
        ruleFilter = new Combo(parent, SWT.READ_ONLY);
        ruleFilter.setItems(ALL_RULES);
        ruleFilter.select(0);
        ruleFilter.setToolTipText(Messages.FindingsView_ruleFilterTooltip);
        ruleFilter.addListener(SWT.Selection, e -> table.refresh());
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText(Messages.FindingsView_pressRun);

        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        column(Messages.FindingsView_severity, 80, f -> f.severity().label());
        column(Messages.FindingsView_rule, 230, FindingsView::ruleName);
        column(Messages.FindingsView_finding, 480, Finding::message);
        column(Messages.FindingsView_whyAndFix, 520, FindingsView::whyAndFix);
        column(Messages.FindingsView_elements, 360, f -> String.join("; ", f.subjects().stream().map(AnalysisReport::label).toList())); //$NON-NLS-1$
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer viewer, Object a, Object b) {
                return ((Finding) b).severity().compareTo(((Finding) a).severity());
            }
        });
        table.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                Finding finding = (Finding) element;
                Severity severity = finding.severity();
                boolean severityShown = switch (severityFilter.getSelectionIndex()) {
                    case 1 -> severity == Severity.ERROR;
                    case 2 -> severity.atLeast(Severity.WARNING);
                    default -> true;
                };
                return severityShown && (ruleFilter.getSelectionIndex() <= 0 || ruleFilter.getText().equals(finding.ruleId()));
            }
        });
        table.addDoubleClickListener(event -> reveal(((IStructuredSelection) event.getSelection()).getFirstElement()));
        getSite().setSelectionProvider(table);

        Action run = new Action(Messages.FindingsView_run) {
            @Override
            public void run() {
                runOnCurrentModel();
            }
        };
        run.setToolTipText(Messages.FindingsView_runTooltip);
        run.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_FORWARD));
        ActionContributionItem runItem = new ActionContributionItem(run);
        runItem.setMode(ActionContributionItem.MODE_FORCE_TEXT); // an arrow alone did not say what it does
        getViewSite().getActionBars().getToolBarManager().add(runItem);

        Action export = new Action(Messages.FindingsView_export) {
            @Override
            public void run() {
                exportWithDialog();
            }
        };
        export.setToolTipText(Messages.FindingsView_exportTooltip);
        export.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_SAVE_EDIT));
        getViewSite().getActionBars().getToolBarManager().add(export);
    }

    private void exportWithDialog() {
        if (lastResult == null) {
            status.setText(Messages.FindingsView_runFirst);
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.html", "*.json", "*.csv", "*.sarif", "*.md", "*.txt"}); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        dialog.setFilterNames(new String[] {Messages.FindingsView_htmlFiles, Messages.FindingsView_jsonFiles, Messages.FindingsView_csvFiles,
                Messages.FindingsView_sarifFiles, Messages.FindingsView_markdownFiles, Messages.FindingsView_textFiles});
        if (lastDocument.file().getParent() != null) {
            dialog.setFilterPath(lastDocument.file().getParent().toString());
        }
        dialog.setFileName(lastDocument.name().replaceFirst("\\.innoscape$", "") + "-findings.html"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                exportReport(Path.of(chosen));
                status.setText(NLS.bind(Messages.FindingsView_reportWritten, chosen));
            } catch (IOException e) {
                MessageDialog.openError(getSite().getShell(), Messages.FindingsView_reportNotWritten, e.getMessage());
            }
        }
    }

    /** Writes the last run as a report; the format follows the file's extension (HTML by default). */
    public void exportReport(Path file) throws IOException {
        if (lastResult == null) {
            throw new IOException("no analysis has run yet"); //$NON-NLS-1$
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ReportFormat format = name.endsWith(".json") ? ReportFormat.JSON //$NON-NLS-1$
                : name.endsWith(".sarif") ? ReportFormat.SARIF //$NON-NLS-1$
                : name.endsWith(".md") ? ReportFormat.MARKDOWN //$NON-NLS-1$
                : name.endsWith(".txt") ? ReportFormat.TEXT //$NON-NLS-1$
                : name.endsWith(".csv") ? ReportFormat.CSV //$NON-NLS-1$
                : ReportFormat.HTML;
        AnalysisReport report = new AnalysisReport(lastDocument.system().getName(), lastDocument.file().toString(), "desktop", //$NON-NLS-1$
                LandscapeCalculator.summarise(lastDocument.system()), lastResult);
        format.writer().write(report, file);
    }

    /** The rule's name as the preferences and reports show it; its id when the rule is no longer installed. */
    static String ruleName(Finding finding) {
        return AnalysisRegistry.installed().find(finding.ruleId()).map(entry -> entry.descriptor().name()).orElse(finding.ruleId());
    }

    /** What the CLI prints under a finding: why it was found and the suggested fix. */
    static String whyAndFix(Finding finding) {
        String why = finding.explanation() == null ? "" : finding.explanation().strip(); //$NON-NLS-1$
        String fix = finding.suggestedFix() == null ? "" : finding.suggestedFix().strip(); //$NON-NLS-1$
        return fix.isEmpty() ? why
                : why.isEmpty() ? NLS.bind(Messages.FindingsView_suggestion, fix) : NLS.bind(Messages.FindingsView_whySuggestion, why, fix);
    }

    private void column(String title, int width, java.util.function.Function<Finding, String> text) {
        TableColumns.add(table, Finding.class, title, width, text);
    }

    /** Runs on the current model: the active editor's, else the most recently opened. */
    public AnalysisJob runOnCurrentModel() {
        ModelDocument current = CurrentModel.of(getSite().getPage());
        if (current == null) {
            status.setText(Messages.FindingsView_openModelFirst);
            return null;
        }
        return run(current);
    }

    /** The model whose findings are shown, or null before the first results. */
    public ModelDocument document() {
        return lastDocument;
    }

    /** Starts the enabled analyses on {@code document} in a background job. */
    public AnalysisJob run(ModelDocument document) {
        if (running != null) {
            running.cancel();
        }
        AnalysisRegistry registry = AnalysisRegistry.installed();
        AnalysisPreferences preferences = new AnalysisPreferences();
        List<Analysis> analyses = preferences.enabledAnalyses(registry);
        status.setText(NLS.bind(Messages.FindingsView_running, analyses.size(), document.name()));
        // The display is taken now: when the job ends the view may be closed and its widgets disposed.
        Display display = table.getControl().getDisplay();
        AnalysisJob job = new AnalysisJob(document, analyses, preferences.parameters(registry), result -> {
            if (!display.isDisposed()) {
                display.asyncExec(() -> show(document, result));
            }
        });
        running = job;
        job.schedule();
        return job;
    }

    private void show(ModelDocument document, AnalysisResult result) {
        if (table.getControl().isDisposed()) {
            return;
        }
        lastDocument = document;
        lastResult = result;
        String chosenRule = ruleFilter.getSelectionIndex() > 0 ? ruleFilter.getText() : null;
        List<String> rules = result.findings().stream().map(Finding::ruleId).distinct().sorted().toList();
        ruleFilter.removeAll();
        ruleFilter.add(ALL_RULES);
        rules.forEach(ruleFilter::add);
        ruleFilter.select(chosenRule != null && rules.contains(chosenRule) ? rules.indexOf(chosenRule) + 1 : 0);
        table.setInput(result.findings());
        status.setText(NLS.bind(result.failures().isEmpty() ? Messages.FindingsView_result : Messages.FindingsView_resultFailures,
                new Object[] { document.name(), result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.INFO),
                        result.runs().size(), result.failures().size() }));
        status.getParent().layout();
    }

    /** Selects the finding's first element in the model explorer. */
    public void reveal(Object selected) {
        if (!(selected instanceof Finding finding) || finding.subjects().isEmpty()) {
            return;
        }
        EObject element = finding.subjects().get(0);
        try {
            ModelExplorerView explorer = (ModelExplorerView) getSite().getPage().showView(InnoscapeUi.MODEL_EXPLORER_VIEW_ID);
            explorer.viewer().setSelection(new StructuredSelection(element), true);
        } catch (PartInitException e) {
            status.setText(NLS.bind(Messages.FindingsView_cannotShowExplorer, e.getMessage()));
        }
    }

    public TableViewer table() {
        return table;
    }

    /** Shows only the findings of this rule (null: all rules), as choosing it in the view's list does. */
    public void filterByRule(String ruleId) {
        int index = ruleId == null ? 0 : java.util.Arrays.asList(ruleFilter.getItems()).indexOf(ruleId);
        ruleFilter.select(Math.max(0, index));
        table.refresh();
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    /** The Properties view keeps up with model changes made anywhere. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        T page = LivePropertySheetPage.adapt(adapter);
        return page != null ? page : super.getAdapter(adapter);
    }
}
