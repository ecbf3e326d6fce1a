package org.innoscape.diagram.description;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.model.InnovationSystem;

/**
 * A filter the user can narrow a diagram with: they pick some of the {@code choices}; elements of
 * the listed mappings stay only when {@code keeps} holds for the picked values. An unset filter
 * keeps everything.
 */
public record FilterDescription(String id, String label, Function<InnovationSystem, List<? extends EObject>> choices,
        BiPredicate<EObject, Collection<EObject>> keeps, Set<String> mappings) {
}
