package org.innoscape.analysis.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.innoscape.analysis.ui.findings.FindingsView;
import org.innoscape.analysis.ui.internal.Messages;
import org.innoscape.ui.InnoscapeUi;
import org.innoscape.ui.explorer.ExplorerItems;
import org.innoscape.ui.explorer.ModelExplorerView;
import org.innoscape.ui.model.CurrentModel;
import org.innoscape.ui.model.ModelDocument;

/**
 * Run Analyses (toolbar, Findings, the Model Explorer's context menu): the analyses chosen in the preferences,
 * in the background, on the model selected in the Model Explorer when run from there, else on the current model.
 */
public class RunAnalysesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        ModelDocument document = selectedInExplorer(event);
        if (document == null && CurrentModel.of(page) == null) {
            MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), Messages.RunAnalysesHandler_title,
                    Messages.RunAnalysesHandler_openModelFirst);
            return null;
        }
        try {
            FindingsView findings = (FindingsView) page.showView(InnoscapeUi.FINDINGS_VIEW_ID);
            if (document != null) {
                findings.run(document);
            } else {
                findings.runOnCurrentModel();
            }
        } catch (PartInitException e) {
            throw new ExecutionException("The Findings view cannot be shown", e); //$NON-NLS-1$
        }
        return null;
    }

    /** The model of the Model Explorer's selection when the command comes from there, else null. */
    private static ModelDocument selectedInExplorer(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (!(part instanceof ModelExplorerView) || !(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)
                || selection.isEmpty()) {
            return null;
        }
        return ExplorerItems.documentOf(selection.getFirstElement());
    }
}
