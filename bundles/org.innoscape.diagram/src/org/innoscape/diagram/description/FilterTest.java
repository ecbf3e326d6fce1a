package org.innoscape.diagram.description;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;

/** Whether an element stays on the diagram when the user has chosen these filter values. */
@FunctionalInterface
public interface FilterTest {
    boolean keeps(EObject element, Collection<EObject> chosen);
}
