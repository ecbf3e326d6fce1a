package org.innoscape.diagram.description;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * An edge for each relationship object: its ends are read from {@code sourceFeature} and
 * {@code targetFeature}, which reconnecting the edge changes.
 */
public final class ElementEdgeMapping extends EdgeMapping {
    private final EClass domainClass;
    private final EReference sourceFeature;
    private final EReference targetFeature;
    private Function<EObject, ? extends Collection<? extends EObject>> candidates;
    private Predicate<EObject> precondition = element -> true;

    private ElementEdgeMapping(String id, EClass domainClass, EReference sourceFeature, EReference targetFeature,
            EdgeStyle defaultStyle) {
        super(id, defaultStyle);
        this.domainClass = domainClass;
        this.sourceFeature = sourceFeature;
        this.targetFeature = targetFeature;
    }

    public static ElementEdgeMapping of(String id, EClass domainClass, EReference sourceFeature,
            EReference targetFeature, EdgeStyle defaultStyle) {
        return new ElementEdgeMapping(id, domainClass, sourceFeature, targetFeature, defaultStyle);
    }

    public ElementEdgeMapping candidates(Function<EObject, ? extends Collection<? extends EObject>> query) {
        this.candidates = query;
        return this;
    }

    public ElementEdgeMapping precondition(Predicate<EObject> predicate) {
        this.precondition = predicate;
        return this;
    }

    public EClass domainClass() {
        return domainClass;
    }

    public EReference sourceFeature() {
        return sourceFeature;
    }

    public EReference targetFeature() {
        return targetFeature;
    }

    public List<EObject> candidatesOf(EObject root) {
        if (candidates == null) {
            return List.of();
        }
        return candidates.apply(root).stream().filter(this::accepts).map(EObject.class::cast).toList();
    }

    public boolean accepts(EObject element) {
        return domainClass.isInstance(element) && precondition.test(element);
    }

    public EObject sourceOf(EObject element) {
        return (EObject) element.eGet(sourceFeature);
    }

    public EObject targetOf(EObject element) {
        return (EObject) element.eGet(targetFeature);
    }
}
