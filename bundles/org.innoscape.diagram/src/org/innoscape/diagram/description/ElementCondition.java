package org.innoscape.diagram.description;

import org.eclipse.emf.ecore.EObject;

/** A predicate on a model element: preconditions and conditional styles. */
@FunctionalInterface
public interface ElementCondition {
    boolean holdsFor(EObject element);
}
