package org.innoscape.io.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.innoscape.io.ExportFormat;
import org.innoscape.model.InnovationSystem;
import org.innoscape.ui.explorer.ExplorerItems;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.OpenModels;

/** File > Export > Innoscape: an open model in one of the installed {@link org.innoscape.io.ExportFormats}. */
public class ExportModelWizard extends Wizard implements IExportWizard {
    private ModelDocument preselected;
    private ExportPage page;
    private List<Path> written = List.of();

    public ExportModelWizard() {
        setWindowTitle(Messages.ExportModelWizard_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        preselected = ExplorerItems.documentOrOnlyModel(selection == null || selection.isEmpty() ? null : selection.getFirstElement());
    }

    @Override
    public void addPages() {
        page = new ExportPage(OpenModels.get().documents(), preselected);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        ModelDocument document = page.document();
        ExportFormat format = page.format();
        Path output = page.output();
        List<Path> existing = format.filesReplaced(output).stream().filter(Files::exists).toList();
        if (!existing.isEmpty() && !confirmReplacing(existing)) {
            return false;
        }
        // A copy, so the export in the background never reads the model while the user edits it.
        InnovationSystem snapshot = EcoreUtil.copy(document.system());
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask(org.eclipse.osgi.util.NLS.bind(Messages.ExportModelWizard_task, document.name(), format.id()), 1);
                try {
                    written = format.write(snapshot, output);
                } catch (IOException e) {
                    throw new InvocationTargetException(e);
                }
                monitor.done();
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            MessageDialog.openError(getShell(), Messages.ExportModelWizard_errorTitle,
                    org.eclipse.osgi.util.NLS.bind(Messages.ExportModelWizard_notExported, output, cause.getMessage()));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }

    /** Asks before files that exist are replaced (a typed name is not confirmed by a file dialog). */
    protected boolean confirmReplacing(List<Path> existing) {
        String files = String.join("\n", existing.stream().map(Path::toString).toList()); //$NON-NLS-1$
        return MessageDialog.openQuestion(getShell(), Messages.ExportModelWizard_replaceTitle,
                org.eclipse.osgi.util.NLS.bind(Messages.ExportModelWizard_replace, files));
    }

    /** The files the last export wrote. */
    List<Path> written() {
        return written;
    }

    ExportPage page() {
        return page;
    }
}
