package org.innoscape.diagram.description;

import org.eclipse.emf.ecore.EObject;

/** Whether an edge creation tool may connect these two elements. */
@FunctionalInterface
public interface ConnectionCondition {
    boolean allows(EObject source, EObject target);
}
