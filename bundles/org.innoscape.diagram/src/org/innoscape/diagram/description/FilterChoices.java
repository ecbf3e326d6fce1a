package org.innoscape.diagram.description;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.model.InnovationSystem;

/** The values a filter offers the user for a model. */
@FunctionalInterface
public interface FilterChoices {
    List<? extends EObject> choicesIn(InnovationSystem system);
}
