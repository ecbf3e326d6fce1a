package org.innoscape.io.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.innoscape.io.ColumnMapping;
import org.innoscape.io.RegisterKind;
import org.innoscape.io.RegisterReader;
import org.innoscape.io.RegisterTable;
import org.innoscape.ui.TableColumns;

/**
 * Between choosing files and the check: every column of the chosen registers with the column it will
 * import as, proposed from its header ("Programme title" is the name) or from a mapping saved beside
 * the register last time, and changed with a drop-down. The mapping can be saved for next time as
 * {@code <register>.map} beside the first register, in the format {@code import --map} reads.
 */
final class ColumnMappingPage extends WizardPage {
    static final String KEEP = Messages.ColumnMappingPage_keep;

    private final RegisterFilesPage filesPage;
    private final Map<String, String> choices = new LinkedHashMap<>();
    private List<Path> shownFor = List.of();
    private TableViewer table;
    private Label note;
    private Button save;

    ColumnMappingPage(RegisterFilesPage filesPage) {
        super("columnMapping"); //$NON-NLS-1$
        this.filesPage = filesPage;
        setTitle(Messages.ColumnMappingPage_title);
        setDescription(Messages.ColumnMappingPage_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        note = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(note);
        table = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 240).applyTo(table.getControl());
        TableColumns.add(table, String.class, Messages.ColumnMappingPage_yourColumn, 260, header -> header);
        TableViewerColumn imports = TableColumns.add(table, String.class, Messages.ColumnMappingPage_importsAs, 260, this::shown);
        imports.setEditingSupport(new ColumnChoice(table));
        table.setContentProvider(ArrayContentProvider.getInstance());
        save = new Button(page, SWT.CHECK);
        save.setText(Messages.ColumnMappingPage_save);
        setControl(page);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible && !filesPage.files().equals(shownFor)) {
            propose(filesPage.files());
        }
        super.setVisible(visible);
    }

    /** Reads the registers' headers and proposes a column for each (from a saved mapping where there is one). */
    void propose(List<Path> files) {
        shownFor = List.copyOf(files);
        choices.clear();
        ColumnMapping saved = savedMapping(files);
        List<String> unknown = new ArrayList<>();
        for (Path file : files) {
            for (RegisterTable register : RegisterReader.read(file)) {
                ColumnMapping.propose(register.header()).forEach((header, proposed) -> {
                    if (header.isEmpty() || choices.containsKey(header)) {
                        return;
                    }
                    String fromFile = saved == null ? null : saved.columnFor(header);
                    String column = fromFile != null ? fromFile : proposed;
                    choices.put(header, column == null ? KEEP : column);
                    if (column == null) {
                        unknown.add(header);
                    }
                });
            }
        }
        table.setInput(choices.keySet().toArray(String[]::new));
        if (unknown.isEmpty()) {
            note.setText(saved != null ? Messages.ColumnMappingPage_savedAllKnown : Messages.ColumnMappingPage_allKnown);
        } else {
            note.setText(NLS.bind(saved != null ? Messages.ColumnMappingPage_savedUnknown : Messages.ColumnMappingPage_unknown, unknown.size()));
        }
        note.getParent().layout(true, true);
    }

    private static ColumnMapping savedMapping(List<Path> files) {
        for (Path file : files) {
            Path map = mappingFileOf(file);
            if (Files.isRegularFile(map)) {
                try {
                    return ColumnMapping.read(map);
                } catch (IOException | ColumnMapping.BadMapping unusable) {
                    return null; // the check page then shows the columns as they are
                }
            }
        }
        return null;
    }

    static Path mappingFileOf(Path register) {
        return register.resolveSibling(register.getFileName() + ".map"); //$NON-NLS-1$
    }

    private String shown(String header) {
        return choices.getOrDefault(header, KEEP);
    }

    /** The mapping chosen: their header to our column (headers kept as properties are left out). */
    ColumnMapping mapping() {
        Map<String, String> chosen = new LinkedHashMap<>();
        choices.forEach((header, column) -> chosen.put(header, KEEP.equals(column) ? null : column));
        return ColumnMapping.of(chosen);
    }

    /** Sets what a header imports as ({@link #KEEP} or one of our columns). */
    void choose(String header, String column) {
        choices.put(header, column);
        table.refresh();
    }

    Map<String, String> choices() {
        return Map.copyOf(choices);
    }

    void saveForNextTime(boolean selected) {
        save.setSelection(selected);
    }

    /** Saves the mapping beside the first register when asked; called on Finish. */
    void saveIfAsked() throws IOException {
        if (save != null && save.getSelection() && !shownFor.isEmpty()) {
            mapping().write(mappingFileOf(shownFor.get(0)));
        }
    }

    /** Every column of every register, and "keep as a property". */
    private static String[] options() {
        List<String> options = new ArrayList<>();
        options.add(KEEP);
        for (RegisterKind kind : RegisterKind.values()) {
            kind.columns().stream().filter(c -> !options.contains(c)).forEach(options::add);
        }
        return options.toArray(String[]::new);
    }

    /** The drop-down of the "Imports as" cell. */
    private final class ColumnChoice extends EditingSupport {
        private final String[] options = options();
        private final ComboBoxCellEditor editor;

        ColumnChoice(TableViewer viewer) {
            super(viewer);
            editor = new ComboBoxCellEditor(viewer.getTable(), options, SWT.READ_ONLY);
        }

        @Override
        protected ComboBoxCellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return List.of(options).indexOf(shown((String) element));
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = (Integer) value;
            if (index >= 0) {
                choose((String) element, options[index]);
            }
        }
    }
}
