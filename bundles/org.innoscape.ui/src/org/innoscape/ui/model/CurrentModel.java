package org.innoscape.ui.model;

import java.util.List;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;

/**
 * The model a view works on, as users expect: the active editor's model (a model editor or a diagram
 * of it), else the most recently opened. Views that analyse "the current model" ask here, never just
 * for the newest one.
 */
public final class CurrentModel {

    private CurrentModel() {
    }

    /** The current model of {@code page} (may be null), or null when no model is open. */
    public static ModelDocument of(IWorkbenchPage page) {
        List<ModelDocument> documents = OpenModels.get().documents();
        if (documents.isEmpty()) {
            return null;
        }
        IEditorPart editor = page == null ? null : page.getActiveEditor();
        ModelDocument edited = editor == null ? null : editor.getAdapter(ModelDocument.class);
        if (edited != null && documents.contains(edited)) {
            return edited;
        }
        return documents.get(documents.size() - 1);
    }
}
