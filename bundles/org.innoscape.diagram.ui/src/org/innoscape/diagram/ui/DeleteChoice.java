package org.innoscape.diagram.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.innoscape.diagram.ui.internal.Messages;
import org.innoscape.diagram.view.ViewEdge;
import org.innoscape.diagram.view.ViewNode;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.edit.ModelDeletion;

/** The question Del asks: this diagram only, or the model (and so every diagram)? */
enum DeleteChoice {
    REMOVE_FROM_DIAGRAM, DELETE_FROM_MODEL, CANCEL;

    static DeleteChoice ask(Shell shell, InnovationSystem system, List<ViewNode> nodes, List<ViewEdge> edges) {
        List<EObject> elements = new ArrayList<>();
        nodes.forEach(n -> elements.add(n.element()));
        edges.stream().filter(e -> e.element() != null).forEach(e -> elements.add(e.element()));
        int count = nodes.size() + edges.size();
        int dependents = ModelDeletion.dependentCount(system, elements);
        String message = count == 1
                ? (dependents > 0 ? NLS.bind(Messages.DeleteChoice_oneWithDependents, dependents) : Messages.DeleteChoice_one)
                : (dependents > 0 ? NLS.bind(Messages.DeleteChoice_manyWithDependents, count, dependents)
                        : NLS.bind(Messages.DeleteChoice_many, count));
        MessageDialog dialog = new MessageDialog(shell, Messages.DeleteChoice_title, null, message, MessageDialog.QUESTION,
                0, Messages.DeleteChoice_remove, Messages.DeleteChoice_delete, IDialogConstants.CANCEL_LABEL);
        return switch (dialog.open()) {
            case 0 -> REMOVE_FROM_DIAGRAM;
            case 1 -> DELETE_FROM_MODEL;
            default -> CANCEL;
        };
    }
}
