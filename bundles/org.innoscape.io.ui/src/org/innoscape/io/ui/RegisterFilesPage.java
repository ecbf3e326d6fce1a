package org.innoscape.io.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.innoscape.ui.model.ModelDocument;

/** First page of the import: which register files, into which model, and what to do with unknown names. */
final class RegisterFilesPage extends WizardPage {
    private final List<ModelDocument> documents;
    private final List<Path> files = new ArrayList<>();
    private ModelDocument preselected;
    private org.eclipse.swt.widgets.List fileList;
    private Button intoOpen;
    private Combo openModels;
    private Button intoNew;
    private Text newFile;
    private Button createUnknown;

    RegisterFilesPage(List<ModelDocument> documents, ModelDocument preselected) {
        super("registerFiles"); //$NON-NLS-1$
        this.documents = documents;
        this.preselected = preselected;
        setTitle(Messages.RegisterFilesPage_title);
        setDescription(Messages.RegisterFilesPage_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);

        Label filesLabel = new Label(page, SWT.NONE);
        filesLabel.setText(Messages.RegisterFilesPage_registers);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(filesLabel);
        fileList = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 120).applyTo(fileList);
        Composite buttons = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        Button add = button(buttons, Messages.RegisterFilesPage_add);
        add.addListener(SWT.Selection, e -> browseRegisters());
        Button remove = button(buttons, Messages.RegisterFilesPage_remove);
        remove.addListener(SWT.Selection, e -> {
            int[] selected = fileList.getSelectionIndices();
            for (int i = selected.length - 1; i >= 0; i--) {
                files.remove(selected[i]);
            }
            refresh();
        });

        Group target = new Group(page, SWT.NONE);
        target.setText(Messages.RegisterFilesPage_importInto);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(target);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(target);
        intoOpen = new Button(target, SWT.RADIO);
        intoOpen.setText(Messages.RegisterFilesPage_intoOpen);
        openModels = new Combo(target, SWT.READ_ONLY);
        documents.forEach(d -> openModels.add(d.name() + "  (" + d.file() + ")")); //$NON-NLS-1$ //$NON-NLS-2$
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(openModels);
        intoNew = new Button(target, SWT.RADIO);
        intoNew.setText(Messages.RegisterFilesPage_intoNew);
        newFile = new Text(target, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(newFile);
        Button browseNew = new Button(target, SWT.PUSH);
        browseNew.setText(Messages.RegisterFilesPage_browse);
        browseNew.addListener(SWT.Selection, e -> browseNewModel());
        Label templateNote = new Label(target, SWT.WRAP);
        templateNote.setText(Messages.RegisterFilesPage_templateNote);
        GridDataFactory.fillDefaults().span(3, 1).hint(420, SWT.DEFAULT).applyTo(templateNote);

        createUnknown = new Button(page, SWT.CHECK);
        createUnknown.setText(Messages.RegisterFilesPage_createUnknown);
        createUnknown.setSelection(true);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(createUnknown);

        boolean open = !documents.isEmpty();
        intoOpen.setEnabled(open);
        openModels.setEnabled(open);
        if (open) {
            openModels.select(Math.max(0, documents.indexOf(preselected)));
        }
        intoOpen.setSelection(open);
        intoNew.setSelection(!open);
        intoOpen.addListener(SWT.Selection, e -> validate());
        intoNew.addListener(SWT.Selection, e -> validate());
        openModels.addListener(SWT.Selection, e -> validate());
        newFile.addListener(SWT.Modify, e -> validate());
        setControl(page);
        refresh();
    }

    private static Button button(Composite parent, String text) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
        return button;
    }

    private void browseRegisters() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText(Messages.RegisterFilesPage_registersDialog);
        dialog.setFilterExtensions(new String[] {"*.csv;*.xlsx;*.tsv;*.txt", "*.*"}); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFilterNames(new String[] {Messages.RegisterFilesPage_registerFiles, Messages.RegisterFilesPage_allFiles});
        if (dialog.open() != null) {
            List<Path> chosen = new ArrayList<>();
            for (String name : dialog.getFileNames()) {
                chosen.add(Path.of(dialog.getFilterPath(), name));
            }
            addFiles(chosen);
        }
    }

    private void browseNewModel() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setText(Messages.RegisterFilesPage_newModelDialog);
        dialog.setFilterExtensions(new String[] {"*.innoscape"}); //$NON-NLS-1$
        dialog.setFileName("imported.innoscape"); //$NON-NLS-1$
        String chosen = dialog.open();
        if (chosen != null) {
            chooseNewModel(Path.of(chosen));
        }
    }

    /** Adds register files (also used by tests in place of the file dialog). */
    void addFiles(List<Path> chosen) {
        chosen.stream().filter(p -> !files.contains(p)).forEach(files::add);
        refresh();
    }

    void chooseNewModel(Path file) {
        String name = file.toString();
        newFile.setText(name.endsWith(".innoscape") ? name : name + ".innoscape"); //$NON-NLS-1$ //$NON-NLS-2$
        intoNew.setSelection(true);
        intoOpen.setSelection(false);
        validate();
    }

    private void refresh() {
        fileList.setItems(files.stream().map(Path::toString).toArray(String[]::new));
        validate();
    }

    private void validate() {
        if (files.isEmpty()) {
            // Not an error yet: the user has not done anything wrong, there is just nothing to import.
            setErrorMessage(null);
            setMessage(Messages.RegisterFilesPage_addFiles);
            setPageComplete(false);
            return;
        }
        setMessage(null);
        String error = null;
        if (intoOpen.getSelection() && openModels.getSelectionIndex() < 0) {
            error = Messages.RegisterFilesPage_chooseOpenModel;
        } else if (intoNew.getSelection() && newFile.getText().isBlank()) {
            error = Messages.RegisterFilesPage_nameNewModel;
        } else if (intoNew.getSelection() && Files.exists(Path.of(newFile.getText().strip()))) {
            error = Messages.RegisterFilesPage_newModelExists;
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    /** The register files chosen so far. */
    List<Path> files() {
        return List.copyOf(files);
    }

    /** What the user chose, as a plan the next page checks. */
    ImportPlan plan() {
        if (intoOpen.getSelection()) {
            return ImportPlan.into(documents.get(openModels.getSelectionIndex()), files, createUnknown.getSelection());
        }
        return ImportPlan.intoNewModel(Path.of(newFile.getText().strip()), files, createUnknown.getSelection());
    }
}
