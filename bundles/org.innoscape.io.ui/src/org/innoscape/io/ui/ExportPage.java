package org.innoscape.io.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.innoscape.io.ExportFormat;
import org.innoscape.io.ExportFormats;
import org.innoscape.model.persistence.AtomicFiles;
import org.innoscape.ui.model.ModelDocument;

/** The export's one page: which model, which format, where. */
final class ExportPage extends WizardPage {
    private final List<ModelDocument> documents;
    private final ModelDocument preselected;
    private Combo models;
    private final List<Button> formats = new ArrayList<>();
    private Text output;

    ExportPage(List<ModelDocument> documents, ModelDocument preselected) {
        super("export"); //$NON-NLS-1$
        this.documents = documents;
        this.preselected = preselected;
        setTitle(Messages.ExportPage_title);
        setDescription(Messages.ExportPage_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
        new Label(page, SWT.NONE).setText(Messages.ExportPage_model);
        models = new Combo(page, SWT.READ_ONLY);
        documents.forEach(d -> models.add(d.name() + "  (" + d.file() + ")")); //$NON-NLS-1$ //$NON-NLS-2$
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(models);
        if (!documents.isEmpty()) {
            models.select(Math.max(0, documents.indexOf(preselected)));
        }

        Group formatGroup = new Group(page, SWT.NONE);
        formatGroup.setText(Messages.ExportPage_format);
        GridLayoutFactory.swtDefaults().applyTo(formatGroup);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(formatGroup);
        for (ExportFormat format : ExportFormats.installed()) {
            Button radio = new Button(formatGroup, SWT.RADIO);
            radio.setText(format.label());
            radio.setData(format);
            radio.addListener(SWT.Selection, e -> {
                if (radio.getSelection()) {
                    suggestOutput();
                }
            });
            formats.add(radio);
        }
        ExportFormat preferred = preferred();
        formats.forEach(radio -> radio.setSelection(radio.getData() == preferred));

        new Label(page, SWT.NONE).setText(Messages.ExportPage_to);
        output = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(output);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.ExportPage_browse);
        browse.addListener(SWT.Selection, e -> browse());
        models.addListener(SWT.Selection, e -> suggestOutput());
        output.addListener(SWT.Modify, e -> validate());
        setControl(page);
        suggestOutput();
    }

    private void browse() {
        ExportFormat format = format();
        String chosen;
        if (format.writesFolder()) {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setMessage(Messages.ExportPage_folder);
            chosen = dialog.open();
        } else {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] {"*." + format.fileExtension()}); //$NON-NLS-1$
            dialog.setOverwrite(true);
            chosen = dialog.open();
        }
        if (chosen != null) {
            output.setText(chosen);
        }
    }

    /** Next to the model file, named after it, with the format's extension. */
    private void suggestOutput() {
        ModelDocument document = document();
        if (document == null) {
            validate();
            return;
        }
        Path file = document.file();
        String base = file.getFileName().toString().replaceFirst("\\.innoscape$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        ExportFormat format = format();
        String name = format.writesFolder() ? base + "-registers" : base + "." + format.fileExtension(); //$NON-NLS-1$ //$NON-NLS-2$
        output.setText(file.resolveSibling(name).toString());
    }

    private void validate() {
        String error = null;
        if (document() == null) {
            error = Messages.ExportPage_noModel;
        } else if (output.getText().isBlank()) {
            error = Messages.ExportPage_noOutput;
        } else {
            error = destinationProblem();
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    /** Why the export cannot go where the page says, or null: a file where a folder goes or the reverse, or an open model replaced. */
    private String destinationProblem() {
        Path destination;
        try {
            destination = output();
        } catch (InvalidPathException e) {
            return NLS.bind(Messages.ExportPage_invalidPath, e.getReason());
        }
        ExportFormat format = format();
        boolean folder = Files.isDirectory(destination);
        if (format.writesFolder() && Files.exists(destination) && !folder) {
            return NLS.bind(Messages.ExportPage_fileNotFolder, destination);
        }
        if (!format.writesFolder() && folder) {
            return NLS.bind(Messages.ExportPage_folderNotFile, destination);
        }
        // Replacing an open model's file would lose it under its editor (a model exported onto itself, or a folder holding it).
        for (Path replaced : format.filesReplaced(destination)) {
            for (ModelDocument open : documents) {
                if (AtomicFiles.wouldReplace(replaced, open.file())) {
                    return NLS.bind(Messages.ExportPage_replacesModel, replaced, open.name());
                }
            }
        }
        return null;
    }

    ModelDocument document() {
        int index = models.getSelectionIndex();
        return index < 0 ? null : documents.get(index);
    }

    ExportFormat format() {
        for (Button radio : formats) {
            if (radio.getSelection()) {
                return (ExportFormat) radio.getData();
            }
        }
        return preferred();
    }

    /** The Excel workbook, chosen when the page opens (io's own, so always installed). */
    private static ExportFormat preferred() {
        return ExportFormats.named("xlsx").orElseThrow(); //$NON-NLS-1$
    }

    /** Chooses the format and destination (also used by tests). */
    void choose(ExportFormat format, Path destination) {
        for (Button radio : formats) {
            radio.setSelection(radio.getData() == format);
        }
        output.setText(destination.toString());
    }

    Path output() {
        return Path.of(output.getText().strip());
    }
}
