package org.innoscape.ui.explorer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.innoscape.ui.editor.ModelEditor;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.OpenModels;
import org.innoscape.ui.model.UndoRedoActions;

/**
 * The open models as a tree grouped by kind (actors, relationships, drivers…), with a filter box.
 * Its selection feeds the properties view; undo and redo act on the selected element's model.
 */
public class ModelExplorerView extends ViewPart {
    private TreeViewer viewer;
    private Text filterBox;
    private final Runnable refresh = this::refreshLater;
    private final java.util.Set<ModelDocument> expanded = new java.util.HashSet<>();
    private final UndoRedoActions undoRedo = new UndoRedoActions(this::selectedDocument);

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        filterBox = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterBox.setMessage("Filter elements by name");
        filterBox.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(new ModelTreeContentProvider());
        viewer.setLabelProvider(new ModelTreeLabelProvider());
        viewer.setUseHashlookup(true);
        viewer.setInput(OpenModels.get());
        viewer.addFilter(new NameFilter());
        filterBox.addModifyListener(event -> {
            viewer.refresh();
            if (!filterBox.getText().isBlank()) {
                viewer.expandToLevel(3);
            }
        });
        viewer.addDoubleClickListener(event -> {
            Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (first instanceof ModelDocument document) {
                ModelEditor.open(getSite().getPage(), document);
            } else if (first != null) {
                viewer.setExpandedState(first, !viewer.getExpandedState(first));
            }
        });
        viewer.addSelectionChangedListener(event -> undoRedo.update());
        getSite().setSelectionProvider(viewer);
        undoRedo.register(getViewSite().getActionBars());
        OpenModels.get().addListener(refresh);
        expandNewDocuments();
    }

    /** A model shows its folders as soon as it is opened; later the user's expansion is kept. */
    private void expandNewDocuments() {
        for (ModelDocument document : OpenModels.get().documents()) {
            if (expanded.add(document)) {
                viewer.setExpandedState(document, true);
            }
        }
        expanded.retainAll(OpenModels.get().documents());
    }

    private void refreshLater() {
        Display display = viewer == null ? null : viewer.getControl().getDisplay();
        if (display == null || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.refresh();
                expandNewDocuments();
                undoRedo.update();
            }
        });
    }

    /** The model of the first selected item, or the only open model. */
    ModelDocument selectedDocument() {
        Object first = viewer == null ? null : viewer.getStructuredSelection().getFirstElement();
        if (first instanceof ModelDocument document) {
            return document;
        }
        if (first instanceof ModelCategory category) {
            return category.document();
        }
        if (first instanceof EObject element) {
            return OpenModels.get().documentOf(element).orElse(null);
        }
        var documents = OpenModels.get().documents();
        return documents.size() == 1 ? documents.get(0) : null;
    }

    public TreeViewer viewer() {
        return viewer;
    }

    public Text filterBox() {
        return filterBox;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        OpenModels.get().removeListener(refresh);
        super.dispose();
    }

    /** Keeps elements whose label contains the filter text, and the folders leading to them. */
    private final class NameFilter extends ViewerFilter {
        @Override
        public boolean select(Viewer v, Object parent, Object element) {
            String text = filterBox.getText().strip().toLowerCase();
            if (text.isEmpty() || element instanceof ModelDocument) {
                return true;
            }
            if (element instanceof ModelCategory category) {
                return category.elements().stream().anyMatch(e -> matches(e, text));
            }
            return matches(element, text);
        }

        private boolean matches(Object element, String text) {
            String label = ((ModelTreeLabelProvider) viewer.getLabelProvider()).getText(element);
            return label != null && label.toLowerCase().contains(text);
        }
    }
}
