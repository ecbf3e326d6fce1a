package org.innoscape.diagram.ui;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.innoscape.diagram.DiagramCreation;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.ui.internal.Messages;
import org.innoscape.model.InnovationSystem;

/**
 * Asks for the type of a new diagram (with what each type shows) and its name. Diagram plugins that
 * could not be installed are named at the bottom, so their authors see why a type is missing.
 */
public final class NewDiagramDialog extends Dialog {
    private final List<DiagramDescription> types;
    private final InnovationSystem system;
    private final List<String> pluginProblems;
    private org.eclipse.swt.widgets.List typeList;
    private Label explanation;
    private Text nameField;
    private DiagramDescription type;
    private String name;

    public NewDiagramDialog(Shell parent, List<DiagramDescription> types, InnovationSystem system,
            List<String> pluginProblems) {
        super(parent);
        this.types = types;
        this.system = system;
        this.pluginProblems = List.copyOf(pluginProblems);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.NewDiagramDialog_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label target = new Label(area, SWT.WRAP);
        target.setText(NLS.bind(Messages.NewDiagramDialog_target,
                (system.getName() == null ? Messages.NewDiagramDialog_unnamed : system.getName()).replace("&", "&&"))); //$NON-NLS-1$ //$NON-NLS-2$
        target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE).setText(Messages.NewDiagramDialog_type);
        typeList = new org.eclipse.swt.widgets.List(area, SWT.SINGLE | SWT.BORDER);
        types.forEach(t -> typeList.add(t.getLabel()));
        typeList.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        explanation = new Label(area, SWT.WRAP);
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 420;
        GridData explanationLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
        explanationLayout.widthHint = 420;
        // Room for four lines whatever the type: a longer explanation must not be cut.
        explanationLayout.heightHint = 4 * explanation.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
        explanation.setLayoutData(explanationLayout);
        new Label(area, SWT.NONE).setText(Messages.NewDiagramDialog_name);
        nameField = new Text(area, SWT.BORDER);
        nameField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        if (!pluginProblems.isEmpty()) {
            Label problems = new Label(area, SWT.WRAP);
            problems.setText(NLS.bind(Messages.NewDiagramDialog_pluginProblems, String.join("\n", pluginProblems))); //$NON-NLS-1$
            problems.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            problems.setLayoutData(wide);
        }
        typeList.addListener(SWT.Selection, event -> typeChosen());
        if (!types.isEmpty()) {
            typeList.select(0);
            typeChosen();
        }
        return area;
    }

    private void typeChosen() {
        DiagramDescription chosen = types.get(typeList.getSelectionIndex());
        explanation.setText(chosen.getDocumentation());
        nameField.setText(DiagramCreation.uniqueName(system, chosen.getLabel()));
    }

    @Override
    protected void okPressed() {
        int index = typeList.getSelectionIndex();
        if (index < 0 || nameField.getText().isBlank()) {
            getButton(IDialogConstants.OK_ID).setEnabled(false);
            return;
        }
        type = types.get(index);
        name = nameField.getText().strip();
        super.okPressed();
    }

    public DiagramDescription type() {
        return type;
    }

    public String name() {
        return name;
    }
}
