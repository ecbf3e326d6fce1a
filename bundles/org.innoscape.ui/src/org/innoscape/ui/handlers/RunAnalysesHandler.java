package org.innoscape.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.innoscape.ui.InnoscapeUi;
import org.innoscape.ui.findings.FindingsView;
import org.innoscape.ui.model.CurrentModel;

/** Run Analyses (toolbar and Findings): the analyses chosen in the preferences, on the current model, in the background. */
public class RunAnalysesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        if (CurrentModel.of(page) == null) {
            MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), "Run Analyses",
                    "Open a model first (File > Open Model or Open Example Model).");
            return null;
        }
        try {
            ((FindingsView) page.showView(InnoscapeUi.FINDINGS_VIEW_ID)).runOnCurrentModel();
        } catch (PartInitException e) {
            throw new ExecutionException("The Findings view cannot be shown", e);
        }
        return null;
    }
}
