package org.innoscape.analysis.ui.preferences;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.innoscape.analysis.AnalysisRegistry;
import org.innoscape.analysis.ParameterDefinition;
import org.innoscape.analysis.ui.internal.Messages;
import org.innoscape.ui.TableColumns;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Preferences > Analyses: tick the analyses the Findings view runs; select one to set its
 * parameters (checked as they are typed, with the allowed range in the message).
 */
public class AnalysisPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
    private final AnalysisRegistry registry;
    private final AnalysisPreferences preferences;
    /** Edited values, by analysis id then parameter key, kept until OK. */
    private final Map<String, Map<String, String>> edited = new HashMap<>();
    private CheckboxTableViewer analyses;
    private Group parameterGroup;
    private ScrolledComposite parameterScroller;
    private Label description;

    public AnalysisPreferencePage() {
        this(AnalysisRegistry.installed(), new AnalysisPreferences());
    }

    AnalysisPreferencePage(AnalysisRegistry registry, AnalysisPreferences preferences) {
        this.registry = registry;
        this.preferences = preferences;
        setDescription(Messages.AnalysisPreferencePage_description);
        noDefaultAndApplyButton();
    }

    @Override
    public void init(IWorkbench workbench) {
        // nothing: the registry and preferences are known at construction
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(page);
        analyses = CheckboxTableViewer.newCheckList(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        analyses.getTable().setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 220).applyTo(analyses.getControl());
        column(Messages.AnalysisPreferencePage_analysis, 260, entry -> entry.descriptor().name());
        column(Messages.AnalysisPreferencePage_category, 120, entry -> entry.descriptor().category());
        column(Messages.AnalysisPreferencePage_from, 140, AnalysisRegistry.Entry::contributor);
        analyses.setContentProvider(ArrayContentProvider.getInstance());
        analyses.setInput(registry.all());
        for (AnalysisRegistry.Entry entry : registry.all()) {
            analyses.setChecked(entry, preferences.isEnabled(entry));
        }
        analyses.addSelectionChangedListener(event -> showParameters(selected()));

        description = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(description);
        // The parameters scroll in a fixed height: an analysis with many (duplication has fifteen) must not
        // squeeze the list of analyses or be cut off at the bottom of the dialog.
        parameterScroller = new ScrolledComposite(page, SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(520, 200).applyTo(parameterScroller);
        parameterGroup = new Group(parameterScroller, SWT.NONE);
        parameterGroup.setText(Messages.AnalysisPreferencePage_parameters);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parameterGroup);
        parameterScroller.setContent(parameterGroup);
        parameterScroller.setExpandHorizontal(true);
        parameterScroller.setExpandVertical(true);
        parameterScroller.addListener(SWT.Resize, e -> fitParameters());
        showParameters(registry.all().isEmpty() ? null : registry.all().get(0));
        return page;
    }

    private void column(String title, int width, java.util.function.Function<AnalysisRegistry.Entry, String> text) {
        TableColumns.add(analyses, AnalysisRegistry.Entry.class, title, width, text);
    }

    private AnalysisRegistry.Entry selected() {
        return (AnalysisRegistry.Entry) ((IStructuredSelection) analyses.getSelection()).getFirstElement();
    }

    private void showParameters(AnalysisRegistry.Entry entry) {
        for (Control child : parameterGroup.getChildren()) {
            child.dispose();
        }
        description.setText(entry == null ? "" : entry.descriptor().description()); //$NON-NLS-1$
        List<ParameterDefinition> definitions = entry == null ? List.of() : entry.descriptor().parameters();
        if (definitions.isEmpty()) {
            new Label(parameterGroup, SWT.NONE).setText(entry == null ? "" : Messages.AnalysisPreferencePage_noParameters); //$NON-NLS-1$
        }
        for (ParameterDefinition definition : definitions) {
            Label label = new Label(parameterGroup, SWT.NONE);
            label.setText(NLS.bind(Messages.AnalysisPreferencePage_parameterLabel, definition.label()));
            label.setToolTipText(definition.description());
            Control value = definition.choices().isEmpty() ? textField(entry, definition) : choiceField(entry, definition);
            value.setToolTipText(definition.description());
            GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
        }
        fitParameters();
        description.getParent().layout(true, true);
    }

    private Control textField(AnalysisRegistry.Entry entry, ParameterDefinition definition) {
        Text value = new Text(parameterGroup, SWT.BORDER);
        value.setText(value(entry, definition));
        value.addListener(SWT.Modify, e -> edit(entry, definition, value.getText()));
        return value;
    }

    /** A parameter with a fixed set of values is chosen, not typed. */
    private Control choiceField(AnalysisRegistry.Entry entry, ParameterDefinition definition) {
        Combo value = new Combo(parameterGroup, SWT.READ_ONLY);
        value.setItems(definition.choices().toArray(String[]::new));
        value.select(Math.max(0, definition.choices().indexOf(value(entry, definition).toLowerCase(java.util.Locale.ROOT))));
        value.addListener(SWT.Selection, e -> edit(entry, definition, value.getText()));
        return value;
    }

    private void edit(AnalysisRegistry.Entry entry, ParameterDefinition definition, String text) {
        edited.computeIfAbsent(entry.id(), id -> new HashMap<>()).put(definition.key(), text);
        validate();
    }

    private void fitParameters() {
        int width = Math.max(300, parameterScroller.getClientArea().width);
        parameterScroller.setMinSize(parameterGroup.computeSize(width, SWT.DEFAULT));
        parameterGroup.layout(true, true);
    }

    /** For tests: the height of the list of analyses and the number of parameter fields shown. */
    int listHeight() {
        return analyses.getControl().getSize().y;
    }

    int parameterFields() {
        return (int) java.util.Arrays.stream(parameterGroup.getChildren()).filter(c -> c instanceof Text || c instanceof Combo).count();
    }

    void select(String analysisId) {
        registry.find(analysisId).ifPresent(entry -> analyses.setSelection(new org.eclipse.jface.viewers.StructuredSelection(entry), true));
    }

    private String value(AnalysisRegistry.Entry entry, ParameterDefinition definition) {
        String pending = edited.getOrDefault(entry.id(), Map.of()).get(definition.key());
        return pending != null ? pending : preferences.parameter(entry, definition);
    }

    /** Every edited value must parse; the first that does not is named in the message. */
    private void validate() {
        for (AnalysisRegistry.Entry entry : registry.all()) {
            for (ParameterDefinition definition : entry.descriptor().parameters()) {
                String text = edited.getOrDefault(entry.id(), Map.of()).get(definition.key());
                if (text == null) {
                    continue;
                }
                try {
                    definition.parse(text);
                } catch (IllegalArgumentException e) {
                    setErrorMessage(NLS.bind(Messages.AnalysisPreferencePage_invalid,
                            new Object[] { entry.descriptor().name(), definition.label(), e.getMessage() }));
                    setValid(false);
                    return;
                }
            }
        }
        setErrorMessage(null);
        setValid(true);
    }

    @Override
    protected void performDefaults() {
        edited.clear();
        preferences.restoreDefaults(registry);
        for (AnalysisRegistry.Entry entry : registry.all()) {
            analyses.setChecked(entry, entry.enabledByDefault());
        }
        showParameters(selected() != null ? selected() : registry.all().isEmpty() ? null : registry.all().get(0));
        validate();
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        for (AnalysisRegistry.Entry entry : registry.all()) {
            preferences.setEnabled(entry, analyses.getChecked(entry));
            for (ParameterDefinition definition : entry.descriptor().parameters()) {
                String text = edited.getOrDefault(entry.id(), Map.of()).get(definition.key());
                if (text != null) {
                    preferences.setParameter(entry, definition, text);
                }
            }
        }
        try {
            preferences.save();
        } catch (BackingStoreException e) {
            setErrorMessage(NLS.bind(Messages.AnalysisPreferencePage_notSaved, e.getMessage()));
            return false;
        }
        return true;
    }

    /** For tests: tick or untick an analysis, and type a parameter value, as the user would. */
    void check(String analysisId, boolean enabled) {
        registry.find(analysisId).ifPresent(entry -> analyses.setChecked(entry, enabled));
    }

    void type(String analysisId, String key, String text) {
        edited.computeIfAbsent(analysisId, id -> new HashMap<>()).put(key, text);
        validate();
    }
}
