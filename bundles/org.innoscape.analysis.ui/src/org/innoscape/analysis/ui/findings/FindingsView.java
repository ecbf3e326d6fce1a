package org.innoscape.analysis.ui.findings;

import java.util.List;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.innoscape.analysis.landscape.LandscapeCalculator;
import org.innoscape.analysis.report.ReportFormat;
import org.innoscape.model.persistence.AtomicFiles;

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
    private static final String ALL_RULES = "All rules";
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
                status.setText("The analysed model was closed. Press the run button to analyse an open model.");
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
        new Label(parent, SWT.NONE).setText("Show:");
        severityFilter = new Combo(parent, SWT.READ_ONLY);
        severityFilter.setItems("All severities", "Errors", "Warnings and errors");
        severityFilter.select(0);
        severityFilter.addListener(SWT.Selection, e -> table.refresh());
        ruleFilter = new Combo(parent, SWT.READ_ONLY);
        ruleFilter.setItems(ALL_RULES);
        ruleFilter.select(0);
        ruleFilter.setToolTipText("Show the findings of one rule only");
        ruleFilter.addListener(SWT.Selection, e -> table.refresh());
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText("Press Run Analyses (here or in the main toolbar) to analyse the model of the active editor.");

        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        column("Severity", 80, f -> f.severity().label());
        column("Rule", 230, FindingsView::ruleName);
        column("Finding", 480, Finding::message);
        column("Why, and what to do", 520, FindingsView::whyAndFix);
        column("Elements", 360, f -> String.join("; ", f.subjects().stream().map(AnalysisReport::label).toList()));
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

        Action run = new Action("Run Analyses") {
            @Override
            public void run() {
                runOnCurrentModel();
            }
        };
        run.setToolTipText("Run the analyses chosen in the preferences on the model of the active editor");
        run.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_FORWARD));
        ActionContributionItem runItem = new ActionContributionItem(run);
        runItem.setMode(ActionContributionItem.MODE_FORCE_TEXT); // an arrow alone did not say what it does
        getViewSite().getActionBars().getToolBarManager().add(runItem);

        Action export = new Action("Export report...") {
            @Override
            public void run() {
                exportWithDialog();
            }
        };
        export.setToolTipText("Save the last run as an HTML report (also .json, .sarif, .md, .txt)");
        export.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_SAVE_EDIT));
        getViewSite().getActionBars().getToolBarManager().add(export);
    }

    private void exportWithDialog() {
        if (lastResult == null) {
            status.setText("Run the analyses first, then export the report.");
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.html", "*.json", "*.csv", "*.sarif", "*.md", "*.txt"});
        dialog.setFilterNames(new String[] {"HTML report (*.html)", "JSON (*.json)", "Table of findings for Excel (*.csv)",
                "SARIF (*.sarif)", "Markdown (*.md)", "Text (*.txt)"});
        if (lastDocument.file().getParent() != null) {
            dialog.setFilterPath(lastDocument.file().getParent().toString());
        }
        dialog.setFileName(lastDocument.name().replaceFirst("\\.innoscape$", "") + "-findings.html");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                exportReport(Path.of(chosen));
                status.setText("Report written to " + chosen);
            } catch (IOException e) {
                MessageDialog.openError(getSite().getShell(), "Could not write the report", e.getMessage());
            }
        }
    }

    /** Writes the last run as a report; the format follows the file's extension (HTML by default). */
    public void exportReport(Path file) throws IOException {
        if (lastResult == null) {
            throw new IOException("no analysis has run yet");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ReportFormat format = name.endsWith(".json") ? ReportFormat.JSON
                : name.endsWith(".sarif") ? ReportFormat.SARIF
                : name.endsWith(".md") ? ReportFormat.MARKDOWN
                : name.endsWith(".txt") ? ReportFormat.TEXT
                : name.endsWith(".csv") ? ReportFormat.CSV
                : ReportFormat.HTML;
        AnalysisReport report = new AnalysisReport(lastDocument.system().getName(), lastDocument.file().toString(), "desktop",
                LandscapeCalculator.summarise(lastDocument.system()), lastResult);
        StringWriter text = new StringWriter();
        format.writer().write(report, text);
        AtomicFiles.write(file, text.toString());
    }

    /** The rule's name as the preferences and reports show it; its id when the rule is no longer installed. */
    static String ruleName(Finding finding) {
        return AnalysisRegistry.installed().find(finding.ruleId()).map(entry -> entry.descriptor().name()).orElse(finding.ruleId());
    }

    /** What the CLI prints under a finding: why it was found and the suggested fix. */
    static String whyAndFix(Finding finding) {
        String why = finding.explanation() == null ? "" : finding.explanation().strip();
        String fix = finding.suggestedFix() == null ? "" : finding.suggestedFix().strip();
        return fix.isEmpty() ? why : why.isEmpty() ? "Suggestion: " + fix : why + " Suggestion: " + fix;
    }

    private void column(String title, int width, java.util.function.Function<Finding, String> text) {
        TableColumns.add(table, Finding.class, title, width, text);
    }

    /** Runs on the current model: the active editor's, else the most recently opened. */
    public AnalysisJob runOnCurrentModel() {
        ModelDocument current = CurrentModel.of(getSite().getPage());
        if (current == null) {
            status.setText("Open a model first (File > Open Model or Open Example Model).");
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
        status.setText("Running " + analyses.size() + " analyses on " + document.name() + "…");
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
        status.setText(String.format("%s: %d errors, %d warnings, %d infos from %d analyses%s", document.name(),
                result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.INFO), result.runs().size(),
                result.failures().isEmpty() ? "" : "; " + result.failures().size() + " analyses failed"));
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
            status.setText("Cannot show the model explorer: " + e.getMessage());
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
