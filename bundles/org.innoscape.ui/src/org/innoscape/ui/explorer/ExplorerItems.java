package org.innoscape.ui.explorer;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.OpenModels;

/** What the explorer shows (models, folders, elements) mapped back to the open model they belong to. */
public final class ExplorerItems {

    private ExplorerItems() {
    }

    /** The model of an explorer item, or null when it is not part of an open model. */
    public static ModelDocument documentOf(Object item) {
        if (item instanceof ModelDocument document) {
            return document;
        }
        if (item instanceof ModelCategory category) {
            return category.document();
        }
        return item instanceof EObject element ? OpenModels.get().documentOf(element).orElse(null) : null;
    }

    /** The model of the item, or the only open model when nothing is selected. */
    public static ModelDocument documentOrOnlyModel(Object item) {
        ModelDocument document = documentOf(item);
        if (document != null || item != null) {
            return document;
        }
        List<ModelDocument> documents = OpenModels.get().documents();
        return documents.size() == 1 ? documents.get(0) : null;
    }
}
