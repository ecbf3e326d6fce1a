package org.innoscape.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.innoscape.ui.internal.Messages;

/** The New Model wizard's page: the system's name and jurisdiction, where the file goes, what it starts with. */
final class NewModelPage extends WizardPage {
    /** What a new model starts with. */
    enum Start {
        TEMPLATE(Messages.NewModelPage_template),
        EMPTY(Messages.NewModelPage_empty),
        EXAMPLE(Messages.NewModelPage_example);

        final String label;

        Start(String label) {
            this.label = label;
        }
    }

    private final Path defaultFolder;
    private Text name;
    private Text jurisdiction;
    private Text folder;
    private Text fileName;
    private final Button[] starts = new Button[Start.values().length];
    private boolean fileNameEdited;

    NewModelPage(Path defaultFolder) {
        super("newModel"); //$NON-NLS-1$
        this.defaultFolder = defaultFolder;
        setTitle(Messages.NewModelPage_title);
        setDescription(Messages.NewModelPage_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
        name = field(page, Messages.NewModelPage_name, Messages.NewModelPage_defaultName);
        jurisdiction = field(page, Messages.NewModelPage_jurisdiction, ""); //$NON-NLS-1$
        jurisdiction.setMessage(Messages.NewModelPage_jurisdictionHint);
        folder = field(page, Messages.NewModelPage_folder, defaultFolder.toString());
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.NewModelPage_browse);
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(folder.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });
        fileName = field(page, Messages.NewModelPage_fileName, fileNameFor(name.getText()));
        Group startGroup = new Group(page, SWT.NONE);
        startGroup.setText(Messages.NewModelPage_startWith);
        GridLayoutFactory.swtDefaults().applyTo(startGroup);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(startGroup);
        for (Start start : Start.values()) {
            Button radio = new Button(startGroup, SWT.RADIO | SWT.WRAP);
            radio.setText(start.label);
            GridDataFactory.fillDefaults().hint(480, SWT.DEFAULT).applyTo(radio);
            starts[start.ordinal()] = radio;
        }
        starts[Start.TEMPLATE.ordinal()].setSelection(true);

        name.addListener(SWT.Modify, e -> {
            if (!fileNameEdited) {
                fileName.setText(fileNameFor(name.getText()));
                fileNameEdited = false;
            }
            validate();
        });
        fileName.addListener(SWT.Modify, e -> {
            fileNameEdited = fileName.isFocusControl();
            validate();
        });
        folder.addListener(SWT.Modify, e -> validate());
        setControl(page);
        validate();
    }

    private static Text field(Composite page, String label, String value) {
        new Label(page, SWT.NONE).setText(label);
        Text text = new Text(page, SWT.BORDER);
        text.setText(value);
        boolean withButton = label.equals(Messages.NewModelPage_folder);
        GridDataFactory.fillDefaults().grab(true, false).span(withButton ? 1 : 2, 1).hint(320, SWT.DEFAULT).applyTo(text);
        return text;
    }

    /** "Health innovation system" -> "health-innovation-system.innoscape". */
    static String fileNameFor(String systemName) {
        String base = systemName.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+)|(-+$)", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return (base.isEmpty() ? "model" : base) + ".innoscape"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void validate() {
        String error = null;
        if (name.getText().isBlank()) {
            error = Messages.NewModelPage_nameMissing;
        } else if (folder.getText().isBlank()) {
            error = Messages.NewModelPage_folderMissing;
        } else if (!fileName.getText().strip().endsWith(".innoscape") || fileName.getText().strip().equals(".innoscape")) { //$NON-NLS-1$ //$NON-NLS-2$
            error = Messages.NewModelPage_extension;
        } else if (Files.exists(file())) {
            error = NLS.bind(Messages.NewModelPage_exists, file().getFileName());
        } else if (Files.exists(Path.of(folder.getText().strip())) && !Files.isDirectory(Path.of(folder.getText().strip()))) {
            error = Messages.NewModelPage_folderIsFile;
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    Path file() {
        return Path.of(folder.getText().strip()).resolve(fileName.getText().strip());
    }

    String systemName() {
        return name.getText().strip();
    }

    String jurisdiction() {
        return jurisdiction.getText().strip();
    }

    Start start() {
        for (Start start : Start.values()) {
            if (starts[start.ordinal()].getSelection()) {
                return start;
            }
        }
        return Start.TEMPLATE;
    }

    /** For tests: fill the page as a user would. */
    void fill(String systemName, String where, Path inFolder, Start start) {
        name.setText(systemName);
        jurisdiction.setText(where);
        folder.setText(inFolder.toString());
        for (Start each : Start.values()) {
            starts[each.ordinal()].setSelection(each == start);
        }
        validate();
    }
}
