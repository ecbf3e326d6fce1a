package org.innoscape.ui.explorer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.edit.ModelDeletion;
import org.innoscape.ui.internal.Messages;
import org.innoscape.ui.model.ModelDocument;

/**
 * The explorer's context menu: New (the children EMF.Edit allows for the selection, or the
 * elements of a selected folder), Delete (from the model and every diagram, after asking) and
 * the contributions of other plugins (open diagram, new diagram…).
 */
final class ExplorerMenu {
    private final TreeViewer viewer;

    ExplorerMenu(TreeViewer viewer) {
        this.viewer = viewer;
    }

    void fill(IMenuManager menu) {
        IStructuredSelection selection = viewer.getStructuredSelection();
        Object first = selection.getFirstElement();
        ModelDocument document = ExplorerItems.documentOf(first);
        if (document != null && selection.size() == 1) {
            MenuManager newMenu = new MenuManager(Messages.ExplorerMenu_new);
            for (Action action : newChildActions(document, first)) {
                newMenu.add(action);
            }
            menu.add(newMenu);
        }
        Action delete = deleteAction();
        delete.setEnabled(canDelete());
        menu.add(delete);
        // Run Analyses and other plug-ins' commands come here (org.innoscape.analysis.ui contributes it).
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    private List<Action> newChildActions(ModelDocument document, Object selected) {
        EditingDomain domain = document.editingDomain();
        EObject owner = selected instanceof ModelCategory category ? document.system()
                : selected instanceof ModelDocument ? document.system() : (EObject) selected;
        List<Action> actions = new ArrayList<>();
        Collection<?> descriptors = domain.getNewChildDescriptors(owner, null);
        for (Object descriptor : descriptors) {
            if (selected instanceof ModelCategory category && descriptor instanceof CommandParameter parameter
                    && parameter.getFeature() != category.feature()) {
                continue;
            }
            Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
            if (!command.canExecute()) {
                continue;
            }
            String label = command instanceof CommandActionDelegate delegate ? delegate.getText() : command.getLabel();
            actions.add(new Action(label) {
                @Override
                public void run() {
                    domain.getCommandStack().execute(command);
                    viewer.setSelection(new StructuredSelection(command.getAffectedObjects().toArray()), true);
                }
            });
        }
        return actions;
    }

    /** Deletes the selected elements after asking; the context menu's Delete and the explorer's Edit > Delete. */
    Action deleteAction() {
        return new Action(Messages.ExplorerMenu_delete) {
            @Override
            public void run() {
                if (canDelete()) {
                    delete(selectedElements(viewer.getStructuredSelection()));
                }
            }
        };
    }

    /** Whether the selection holds elements of an open model (not only folders or models). */
    boolean canDelete() {
        List<EObject> elements = selectedElements(viewer.getStructuredSelection());
        return !elements.isEmpty() && ExplorerItems.documentOf(elements.get(0)) != null;
    }

    private void delete(List<EObject> elements) {
        ModelDocument document = ExplorerItems.documentOf(elements.get(0));
        InnovationSystem system = document.system();
        int dependents = ModelDeletion.dependentCount(system, elements);
        String message = elements.size() == 1
                ? (dependents > 0 ? NLS.bind(Messages.ExplorerMenu_deleteOneWithDependents, dependents) : Messages.ExplorerMenu_deleteOne)
                : (dependents > 0 ? NLS.bind(Messages.ExplorerMenu_deleteManyWithDependents, elements.size(), dependents)
                        : NLS.bind(Messages.ExplorerMenu_deleteMany, elements.size()));
        if (MessageDialog.openConfirm(viewer.getControl().getShell(), Messages.ExplorerMenu_deleteTitle, message)) {
            document.editingDomain().getCommandStack().execute(ModelDeletion.delete(document.editingDomain(), system,
                    elements));
        }
    }

    private static List<EObject> selectedElements(IStructuredSelection selection) {
        List<EObject> elements = new ArrayList<>();
        for (Object item : selection.toList()) {
            if (item instanceof EObject element && !(element instanceof InnovationSystem)) {
                elements.add(element);
            }
        }
        return elements;
    }

}
