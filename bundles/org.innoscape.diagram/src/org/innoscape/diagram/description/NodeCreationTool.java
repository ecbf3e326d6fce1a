package org.innoscape.diagram.description;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.innoscape.model.InnovationSystem;

/**
 * A palette tool that creates a model element and shows it with {@code mapping}. The factory gets
 * the semantic container (the model root, or the element of the container node clicked into).
 */
public record NodeCreationTool(String id, String label, String mapping, Factory factory) {

    /** The new element and the command that adds it to the model. */
    public record Creation(EObject element, Command command) {
    }

    @FunctionalInterface
    public interface Factory {
        Creation create(EditingDomain domain, InnovationSystem system, EObject semanticContainer);
    }
}
