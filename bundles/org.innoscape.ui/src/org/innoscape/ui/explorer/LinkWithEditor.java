package org.innoscape.ui.explorer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.innoscape.model.Diagram;
import org.innoscape.ui.internal.Messages;

/**
 * The explorer's "Link with Editor" toggle: while on, what is selected in an editor (nodes on a
 * diagram, a row of the model editor) is selected and revealed in the tree, so the diagram and the
 * explorer show one selection. The explorer's own selection already reaches the diagram.
 */
final class LinkWithEditor extends Action implements ISelectionListener {
    private final TreeViewer viewer;
    private final IWorkbenchPage page;

    LinkWithEditor(TreeViewer viewer, IWorkbenchPage page, boolean on) {
        super(Messages.ModelExplorerView_linkWithEditor, IAction.AS_CHECK_BOX);
        this.viewer = viewer;
        this.page = page;
        setToolTipText(Messages.ModelExplorerView_linkWithEditorTooltip);
        // The workbench's own "synced" arrows, as Eclipse's views show this toggle (a text button took a row of its own).
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
        setChecked(on);
        page.addPostSelectionListener(this);
    }

    @Override
    public void run() {
        if (isChecked() && page.getActiveEditor() != null) {
            selectionChanged(page.getActiveEditor(), page.getActiveEditor().getSite().getSelectionProvider() == null ? null
                    : page.getActiveEditor().getSite().getSelectionProvider().getSelection());
        }
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (!isChecked() || !(part instanceof IEditorPart) || !(selection instanceof IStructuredSelection structured)
                || viewer.getControl().isDisposed()) {
            return;
        }
        List<Object> elements = new ArrayList<>();
        for (Object item : structured.toList()) {
            // A click on an empty canvas selects the diagram itself: that is no element to show.
            if (item instanceof EObject element && !(element instanceof Diagram) && element.eContainer() != null) {
                elements.add(element);
            }
        }
        if (!elements.isEmpty() && !elements.equals(viewer.getStructuredSelection().toList())) {
            viewer.setSelection(new StructuredSelection(elements), true);
        }
    }

    void dispose() {
        page.removePostSelectionListener(this);
    }
}
