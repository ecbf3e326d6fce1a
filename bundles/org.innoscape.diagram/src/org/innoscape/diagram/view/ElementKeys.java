package org.innoscape.diagram.view;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.model.ModelElement;

/** The id an element is known by in view keys and decorations. */
public final class ElementKeys {

    private ElementKeys() {
    }

    public static String idOf(EObject element) {
        if (element instanceof ModelElement named && named.getId() != null) {
            return named.getId();
        }
        return element.eResource() == null ? Integer.toHexString(System.identityHashCode(element))
                : element.eResource().getURIFragment(element);
    }
}
