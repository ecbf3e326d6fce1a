package org.innoscape.diagram.description;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.innoscape.model.InnovationSystem;

/**
 * What a node creation tool does: a new element and the command that adds it to the model. It gets
 * the semantic container (the model root, or the element of the container node clicked into).
 */
@FunctionalInterface
public interface NodeFactory {

    /** The new element and the command that adds it to the model. */
    record Creation(EObject element, Command command) {
    }

    Creation create(EditingDomain domain, InnovationSystem system, EObject semanticContainer);
}
