package org.innoscape.diagram.description;

import java.util.List;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * What node and element-based edge mappings do alike, written once for the generated mapping
 * classes: which elements a mapping accepts, its candidates, and the first style rule that holds.
 */
public final class MappingRules {

    private MappingRules() {
    }

    /** Instances of {@code domainClass} that pass the precondition (all pass when it is unset). */
    public static boolean accepts(EClass domainClass, ElementCondition precondition, EObject element) {
        return domainClass != null && domainClass.isInstance(element)
                && (precondition == null || precondition.holdsFor(element));
    }

    /** The elements the query finds from {@code parent} that {@code accepted} keeps; none when unset. */
    public static EList<EObject> candidates(ElementQuery query, EObject parent, ElementCondition accepted) {
        EList<EObject> result = new BasicEList<>();
        if (query != null) {
            for (EObject candidate : query.elementsOf(parent)) {
                if (accepted.holdsFor(candidate)) {
                    result.add(candidate);
                }
            }
        }
        return ECollections.unmodifiableEList(result);
    }

    /** The first rule whose condition holds for the element, or null (also for no element). */
    public static <R extends StyleRule> R firstMatching(List<R> rules, EObject element) {
        if (element != null) {
            for (R rule : rules) {
                if (rule.getWhen().holdsFor(element)) {
                    return rule;
                }
            }
        }
        return null;
    }
}
