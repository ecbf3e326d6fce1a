package org.innoscape.diagram.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.innoscape.diagram.ui.DiagramEditor;
import org.innoscape.model.Diagram;
import org.innoscape.ui.model.OpenModels;

/** Opens the diagrams selected in the model explorer. */
public final class OpenDiagramHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)) {
            return null;
        }
        for (Object item : selection.toList()) {
            if (item instanceof Diagram diagram) {
                var document = OpenModels.get().documentOf(diagram);
                if (document.isPresent()) {
                    try {
                        DiagramEditor.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(),
                                document.get(), diagram);
                    } catch (PartInitException e) {
                        throw new ExecutionException("Cannot open the diagram " + diagram.getName(), e); //$NON-NLS-1$
                    }
                }
            }
        }
        return null;
    }
}
