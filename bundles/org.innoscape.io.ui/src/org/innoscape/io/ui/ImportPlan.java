package org.innoscape.io.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.osgi.util.NLS;
import org.innoscape.io.ColumnMapping;
import org.innoscape.io.ImportResult;
import org.innoscape.io.RegisterImporter;
import org.innoscape.io.RegisterReader;
import org.innoscape.io.RegisterTable;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.build.DefaultTemplate;
import org.innoscape.model.persistence.ModelStore;
import org.innoscape.ui.model.ModelDocument;

/**
 * What the import wizard will do, without any widget: read and check the registers against the
 * target (a dry run on a copy), then apply them to an open model as one undoable command, or write a
 * new model file from the default template.
 */
public final class ImportPlan {
    private final List<Path> files;
    private final ModelDocument document;
    private final Path newModel;
    private final RegisterImporter.Options options;
    private ColumnMapping mapping = ColumnMapping.none();
    private List<RegisterTable> tables;
    private ImportResult check;

    /** Into an open model. */
    public static ImportPlan into(ModelDocument document, List<Path> files, boolean createUnknown) {
        return new ImportPlan(files, document, null, createUnknown);
    }

    /** Into a new model file, created from the default template. */
    public static ImportPlan intoNewModel(Path file, List<Path> files, boolean createUnknown) {
        return new ImportPlan(files, null, file, createUnknown);
    }

    private ImportPlan(List<Path> files, ModelDocument document, Path newModel, boolean createUnknown) {
        this.files = List.copyOf(files);
        this.document = document;
        this.newModel = newModel;
        this.options = new RegisterImporter.Options(createUnknown);
    }

    /** Reads the registers through a column mapping (their headers to ours). */
    public ImportPlan withMapping(ColumnMapping columns) {
        this.mapping = columns;
        return this;
    }

    /** Reads every register and does a dry run; cancellable between files. */
    public ImportResult check(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.ImportPlan_checking, files.size() + 1);
        List<RegisterTable> read = new ArrayList<>();
        for (Path file : files) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask(file.getFileName().toString());
            RegisterReader.read(file).stream().map(mapping::apply).forEach(read::add);
            progress.worked(1);
        }
        tables = List.copyOf(read);
        progress.subTask(Messages.ImportPlan_checkingModel);
        check = new RegisterImporter(options).apply(target(), tables);
        progress.worked(1);
        return check;
    }

    public ImportResult lastCheck() {
        return check;
    }

    public boolean intoNewModel() {
        return newModel != null;
    }

    /** The model file that the import changes or creates. */
    public Path modelFile() {
        return newModel != null ? newModel : document.file();
    }

    private InnovationSystem target() {
        return newModel != null ? DefaultTemplate.create(newModel.getFileName().toString().replaceFirst("\\.innoscape$", "")) //$NON-NLS-1$ //$NON-NLS-2$
                : document.system();
    }

    /**
     * Applies the checked registers: to the open model as one command on its undo history (the model
     * becomes dirty, Undo takes the whole import back), or by writing the new model file.
     */
    public void apply() throws IOException {
        if (check == null || !check.succeeded()) {
            throw new IllegalStateException("the registers have not been checked, or have fatal problems"); //$NON-NLS-1$
        }
        if (newModel != null) {
            new ModelStore().save(check.model(), newModel);
            return;
        }
        InnovationSystem system = document.system();
        ChangeCommand command = new ChangeCommand(system) {
            @Override
            protected void doExecute() {
                new RegisterImporter(options).applyInPlace(system, tables);
            }
        };
        command.setLabel(NLS.bind(files.size() == 1 ? Messages.ImportPlan_commandOne : Messages.ImportPlan_commandMany, files.size()));
        document.editingDomain().getCommandStack().execute(command);
    }
}
