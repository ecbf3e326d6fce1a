package org.innoscape.diagram.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
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
        String what = count == 1 ? "the selected element" : "the " + count + " selected elements";
        int dependents = ModelDeletion.dependentCount(system, elements);
        String message = "Remove " + what + " from this diagram only, or delete from the model?\n\n"
                + "Remove from Diagram keeps everything in the model.\n"
                + "Delete from Model removes " + (count == 1 ? "it" : "them") + " from the model and from every diagram"
                + (dependents > 0 ? ", together with " + dependents + " relationship(s) or review(s) that depend on "
                        + (count == 1 ? "it" : "them") : "")
                + ".\n\nEither can be undone with Edit > Undo.";
        MessageDialog dialog = new MessageDialog(shell, "Delete", null, message, MessageDialog.QUESTION,
                0, "Remove from &Diagram", "Delete from &Model", "Cancel");
        return switch (dialog.open()) {
            case 0 -> REMOVE_FROM_DIAGRAM;
            case 1 -> DELETE_FROM_MODEL;
            default -> CANCEL;
        };
    }
}
