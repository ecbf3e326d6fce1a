package org.innoscape.diagram.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.innoscape.diagram.DiagramCreation;
import org.innoscape.diagram.DiagramTypes;
import org.innoscape.diagram.description.Arrangement;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.ui.DiagramEditor;
import org.innoscape.diagram.ui.NewDiagramDialog;
import org.innoscape.diagram.ui.internal.Messages;
import org.innoscape.model.Diagram;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.ui.explorer.ExplorerItems;
import org.innoscape.ui.model.ModelDocument;

/**
 * Creates a diagram of a chosen type in the selected model (one undoable step), opens it and,
 * for free diagrams, arranges it in the background.
 */
public final class NewDiagramHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        ModelDocument document = documentOf(HandlerUtil.getCurrentSelection(event));
        if (document == null) {
            MessageDialog.openInformation(shell, Messages.NewDiagramHandler_title, Messages.NewDiagramHandler_openModelFirst);
            return null;
        }
        List<DiagramDescription> types = DiagramTypes.installed().all();
        NewDiagramDialog dialog = new NewDiagramDialog(shell, types, document.system(),
                DiagramTypes.installed().problems());
        if (dialog.open() != 0) {
            return null;
        }
        DiagramDescription type = dialog.type();
        Diagram diagram = DiagramCreation.create(document.system(), type, dialog.name());
        document.editingDomain().getCommandStack().execute(AddCommand.create(document.editingDomain(),
                document.system(), InnoscapePackage.Literals.INNOVATION_SYSTEM__DIAGRAMS, diagram));
        try {
            DiagramEditor editor = DiagramEditor.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(),
                    document, diagram);
            if (type.getArrangement() == Arrangement.FREE) {
                editor.arrange(false);
            } else {
                editor.canvas().zoomToFit();
            }
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open the new diagram", e); //$NON-NLS-1$
        }
        return null;
    }

    private static ModelDocument documentOf(Object selection) {
        Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
        return ExplorerItems.documentOrOnlyModel(first);
    }
}
