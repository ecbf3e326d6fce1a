package org.innoscape.diagram.description;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/** An edge from each source element to each element its {@code reference} points at. */
public final class RelationEdgeMapping extends EdgeMapping {
    private final EReference reference;

    private RelationEdgeMapping(String id, EReference reference, EdgeStyle defaultStyle) {
        super(id, defaultStyle);
        this.reference = reference;
    }

    public static RelationEdgeMapping of(String id, EReference reference, EdgeStyle defaultStyle) {
        return new RelationEdgeMapping(id, reference, defaultStyle);
    }

    public EReference reference() {
        return reference;
    }

    /** The elements {@code source} points at through the reference (none if it lacks the feature). */
    public List<EObject> targetsOf(EObject source) {
        if (!reference.getEContainingClass().isInstance(source)) {
            return List.of();
        }
        Object value = source.eGet(reference);
        if (value instanceof Collection<?> many) {
            return many.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
        }
        return value instanceof EObject single ? List.of(single) : List.of();
    }
}
