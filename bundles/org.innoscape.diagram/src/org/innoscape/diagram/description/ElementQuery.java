package org.innoscape.diagram.description;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;

/** The elements a mapping may show, reached from a semantic parent (typed Java, no interpreter). */
@FunctionalInterface
public interface ElementQuery {
    Collection<? extends EObject> elementsOf(EObject semanticParent);
}
