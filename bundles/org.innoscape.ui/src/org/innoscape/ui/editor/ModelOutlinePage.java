package org.innoscape.ui.editor;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.innoscape.ui.CoalescedRefresh;
import org.innoscape.ui.explorer.ModelTreeContentProvider;
import org.innoscape.ui.explorer.ModelTreeLabelProvider;
import org.innoscape.ui.model.ModelDocument;

/**
 * The Outline of a model editor: the model's elements by kind, as the explorer shows them; selecting one
 * shows it in the Properties view. Kept current as the model changes.
 */
final class ModelOutlinePage extends ContentOutlinePage {
    private final ModelDocument document;
    private final CoalescedRefresh refresh = new CoalescedRefresh(this::getControl, () -> getTreeViewer().refresh());
    private final Runnable onChange = refresh::request;

    ModelOutlinePage(ModelDocument document) {
        this.document = document;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ModelTreeContentProvider());
        viewer.setLabelProvider(new ModelTreeLabelProvider());
        viewer.setInput(document);
        document.addChangeListener(onChange);
    }

    @Override
    public void dispose() {
        document.removeChangeListener(onChange);
        super.dispose();
    }
}
