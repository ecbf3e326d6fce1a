package org.innoscape.compare.ui;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisRegistry;
import org.innoscape.compare.Comparison;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.ModelLoadException;
import org.innoscape.model.persistence.ModelStore;
import org.innoscape.ui.model.CurrentModel;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.ModelFolders;

/**
 * Compare With > Another Model...: the current model (as it is open) against another snapshot chosen
 * on disk, compared in the background with the default analyses, shown in the Comparison view.
 */
public final class CompareWithHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        ModelDocument document = CurrentModel.of(window.getActivePage());
        if (document == null) {
            MessageDialog.openInformation(window.getShell(), Messages.CompareWithHandler_noModelTitle, Messages.CompareWithHandler_noModel);
            return null;
        }
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText(NLS.bind(Messages.CompareWithHandler_dialogTitle, document.file().getFileName()));
        dialog.setFilterExtensions(new String[] { "*.innoscape", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFilterNames(new String[] { Messages.CompareWithHandler_modelFiles, Messages.CompareWithHandler_allFiles });
        Path folder = ModelFolders.suggested(window.getActivePage());
        if (folder != null) {
            dialog.setFilterPath(folder.toString());
        }
        String chosen = dialog.open();
        if (chosen != null) {
            compare(window.getActivePage(), document, Path.of(chosen));
        }
        return null;
    }

    /** Compares in a background job; the result opens in the Comparison view. */
    public static Job compare(IWorkbenchPage page, ModelDocument document, Path other) {
        InnovationSystem current = EcoreUtil.copy(document.system());
        String currentName = NLS.bind(Messages.CompareWithHandler_openName, document.file().getFileName());
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        Job job = new Job(NLS.bind(Messages.CompareWithHandler_jobName, document.file().getFileName(), other.getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(monitor, 10);
                try {
                    InnovationSystem older = new ModelStore().load(other);
                    progress.worked(1);
                    List<Analysis> analyses = AnalysisRegistry.installed().enabledByDefault().stream().map(AnalysisRegistry.Entry::analysis)
                            .toList();
                    Comparison comparison = Comparison.of(other.getFileName().toString(), older, currentName, current, analyses,
                            progress.split(9));
                    display.asyncExec(() -> show(page, comparison, document, other));
                    return Status.OK_STATUS;
                } catch (ModelLoadException e) {
                    return Status.error(NLS.bind(Messages.CompareWithHandler_cannotCompare, other, e.getMessage()));
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void show(IWorkbenchPage page, Comparison comparison, ModelDocument document, Path other) {
        try {
            ((ComparisonView) page.showView(ComparisonView.ID)).show(comparison, document, other.toAbsolutePath().normalize());
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.CompareWithHandler_errorTitle,
                    NLS.bind(Messages.CompareWithHandler_cannotShow, e.getMessage()));
        }
    }
}
