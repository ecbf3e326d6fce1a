package org.innoscape.ui.explorer;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.innoscape.ui.model.ModelDocument;

/** A folder in the explorer grouping one kind of element of a model, e.g. "Actors". */
public record ModelCategory(ModelDocument document, EReference feature) {

    @SuppressWarnings("unchecked")
    public List<EObject> elements() {
        return (List<EObject>) document.system().eGet(feature);
    }

    public String label() {
        String name = feature.getName();
        StringBuilder words = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(c);
            }
        }
        words.setCharAt(0, Character.toUpperCase(words.charAt(0)));
        return words + " (" + elements().size() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
