package org.innoscape.ui.properties;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.innoscape.ui.CoalescedRefresh;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.OpenModels;
import org.innoscape.ui.model.UndoRedoActions;

/**
 * The Properties view's page for Innoscape's parts. The standard page refreshes only when the
 * selection changes, so a rename in a diagram, an undo or an import left it showing old values;
 * this one also refreshes after every change to any open model (once per burst of changes).
 */
public final class LivePropertySheetPage extends PropertySheetPage {
    private final CoalescedRefresh refreshSoon = new CoalescedRefresh(this::getControl, () -> {
        refresh();
        undoRedo().update();
    });
    private final Runnable modelsChanged = refreshSoon::request;
    private ModelDocument shown;
    private final UndoRedoActions undoRedo = new UndoRedoActions(() -> shown);

    public LivePropertySheetPage() {
        OpenModels.get().addListener(modelsChanged);
    }

    /** What a part's {@code getAdapter} returns for {@code adapter}: a new page, or null when it asks for something else. */
    public static <T> T adapt(Class<T> adapter) {
        return adapter == IPropertySheetPage.class ? adapter.cast(new LivePropertySheetPage()) : null;
    }

    /** Edit > Undo/Redo (Ctrl+Z/Ctrl+Y) work while the Properties view has the focus. */
    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        undoRedo.register(actionBars);
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        super.selectionChanged(part, selection);
        shown = documentOf(part, selection);
        undoRedo.update();
    }

    /** The model whose elements are shown: the selected element's, else the part's. */
    private static ModelDocument documentOf(IWorkbenchPart part, ISelection selection) {
        if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof EObject element) {
            var document = OpenModels.get().documentOf(element);
            if (document.isPresent()) {
                return document.get();
            }
        }
        return part == null ? null : part.getAdapter(ModelDocument.class);
    }

    /** The undo and redo handlers (for tests). */
    public UndoRedoActions undoRedo() {
        return undoRedo;
    }

    @Override
    public void dispose() {
        OpenModels.get().removeListener(modelsChanged);
        super.dispose();
    }
}
