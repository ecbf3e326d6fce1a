package org.innoscape.diagram.description;

import java.util.function.BiPredicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.innoscape.model.InnovationSystem;

/** A palette tool that connects two elements; {@code canConnect} decides which pairs are allowed. */
public record EdgeCreationTool(String id, String label, String mapping, BiPredicate<EObject, EObject> canConnect,
        Factory factory) {

    @FunctionalInterface
    public interface Factory {
        Command create(EditingDomain domain, InnovationSystem system, EObject source, EObject target);
    }
}
