package org.innoscape.diagram.description;

import org.eclipse.emf.ecore.EObject;

/** A text computed from a model element: node and edge labels. */
@FunctionalInterface
public interface ElementText {
    String textOf(EObject element);
}
