package org.innoscape.ui.model;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.innoscape.ui.explorer.ModelExplorerView;

/**
 * Shows a model's first diagram, so the example opens on its stakeholder network. The diagram editor
 * belongs to another plug-in, so this goes through its Open Diagram command, as the explorer does.
 */
public final class FirstDiagram {
    private static final System.Logger LOG = System.getLogger(FirstDiagram.class.getName());

    private FirstDiagram() {
    }

    /** @return whether a diagram was opened */
    public static boolean show(IWorkbenchWindow window, ModelDocument document) {
        if (document == null || document.system().getDiagrams().isEmpty()) {
            return false;
        }
        IHandlerService handlers = window.getService(IHandlerService.class);
        ICommandService commands = window.getService(ICommandService.class);
        try {
            IEvaluationContext context = handlers.createContextSnapshot(false);
            context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(document.system().getDiagrams().get(0)));
            handlers.executeCommandInContext(new ParameterizedCommand(commands.getCommand(ModelExplorerView.OPEN_DIAGRAM_COMMAND), null),
                    null, context);
            return true;
        } catch (Exception e) {
            // Without the diagram plug-in the model editor is what the user sees; nothing is lost.
            LOG.log(System.Logger.Level.WARNING, "Cannot show the diagram of " + document.file().getFileName() + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
            return false;
        }
    }
}
