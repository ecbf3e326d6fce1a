package org.innoscape.diagram.description;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.innoscape.model.InnovationSystem;

/** What an edge creation tool does: the command that connects two elements in the model. */
@FunctionalInterface
public interface EdgeFactory {
    Command create(EditingDomain domain, InnovationSystem system, EObject source, EObject target);
}
