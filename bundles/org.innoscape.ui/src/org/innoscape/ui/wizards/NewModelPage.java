package org.innoscape.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The New Model wizard's page: the system's name and jurisdiction, where the file goes, what it starts with. */
final class NewModelPage extends WizardPage {
    /** What a new model starts with. */
    enum Start {
        TEMPLATE("The default template: the six drivers of innovation, the cross-cutting themes, the pathway stages "
                + "and the usual target groups (recommended: gap analyses need them)"),
        EMPTY("An empty model"),
        EXAMPLE("A copy of the England 2021 example (the national programmes, actors and recommendations of the two source documents)");

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
        super("newModel");
        this.defaultFolder = defaultFolder;
        setTitle("New innovation system model");
        setDescription("Name the system you are mapping and choose what the model starts with.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
        name = field(page, "&Name:", "Health innovation system");
        jurisdiction = field(page, "&Jurisdiction:", "");
        jurisdiction.setMessage("e.g. England, Wales, a region");
        folder = field(page, "&Folder:", defaultFolder.toString());
        Button browse = new Button(page, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(folder.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });
        fileName = field(page, "File na&me:", fileNameFor(name.getText()));
        Group startGroup = new Group(page, SWT.NONE);
        startGroup.setText("Start with");
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
        boolean withButton = label.equals("&Folder:");
        GridDataFactory.fillDefaults().grab(true, false).span(withButton ? 1 : 2, 1).hint(320, SWT.DEFAULT).applyTo(text);
        return text;
    }

    /** "Health innovation system" -> "health-innovation-system.innoscape". */
    static String fileNameFor(String systemName) {
        String base = systemName.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+)|(-+$)", "");
        return (base.isEmpty() ? "model" : base) + ".innoscape";
    }

    private void validate() {
        String error = null;
        if (name.getText().isBlank()) {
            error = "Name the innovation system.";
        } else if (folder.getText().isBlank()) {
            error = "Choose a folder for the model file.";
        } else if (!fileName.getText().strip().endsWith(".innoscape") || fileName.getText().strip().equals(".innoscape")) {
            error = "The file name must end with .innoscape.";
        } else if (Files.exists(file())) {
            error = file().getFileName() + " exists already in this folder; choose another name (nothing is overwritten).";
        } else if (Files.exists(Path.of(folder.getText().strip())) && !Files.isDirectory(Path.of(folder.getText().strip()))) {
            error = "The folder is a file.";
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
