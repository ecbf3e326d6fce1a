package org.innoscape.diagram.types;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.model.Actor;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.ModelElement;
import org.innoscape.model.PolicyInitiative;

/** Small typed queries the built-in descriptions share. */
final class Queries {

    private Queries() {
    }

    static InnovationSystem system(EObject semanticParent) {
        EObject current = semanticParent;
        while (current != null && !(current instanceof InnovationSystem)) {
            current = current.eContainer();
        }
        return (InnovationSystem) current;
    }

    static List<PolicyInitiative> initiatives(EObject semanticParent) {
        InnovationSystem system = system(semanticParent);
        return system == null ? List.of() : system.getInitiatives();
    }

    /** The actors that run at least one initiative. */
    static List<Actor> owners(InnovationSystem system) {
        return system.getActors().stream()
                .filter(a -> system.getInitiatives().stream().anyMatch(i -> i.getOwners().contains(a))).toList();
    }

    static boolean anyIn(Collection<?> values, Collection<EObject> chosen) {
        return values.stream().anyMatch(chosen::contains);
    }

    /** The acronym when the name is long and an acronym exists: keeps busy networks readable. */
    static String shortName(EObject element, String acronym) {
        String name = element instanceof ModelElement named && named.getName() != null ? named.getName() : "";
        return acronym != null && !acronym.isBlank() && name.length() > 40 ? acronym : name;
    }
}
