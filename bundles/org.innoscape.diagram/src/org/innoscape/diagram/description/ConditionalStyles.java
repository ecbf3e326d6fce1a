package org.innoscape.diagram.description;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;

/**
 * A base style and an ordered list of (predicate, style) rules: the first rule whose predicate
 * holds for the element wins, as in Sirius's conditional styles; otherwise the base style applies.
 * The base may be fixed or computed from the element (typed Java, for styles that combine several
 * attributes). Extensions may add rules in front ({@link #prepend}) to take precedence.
 */
public final class ConditionalStyles<S> {

    /** One rule; {@code name} says what it shows (used in legends). */
    public record Rule<S>(String name, Predicate<EObject> when, S style) {
    }

    private final Function<EObject, S> base;
    private final List<Rule<S>> rules = new ArrayList<>();

    public ConditionalStyles(S defaultStyle) {
        this(element -> defaultStyle);
    }

    public ConditionalStyles(Function<EObject, S> base) {
        this.base = base;
    }

    public ConditionalStyles<S> when(String name, Predicate<EObject> predicate, S style) {
        rules.add(new Rule<>(name, predicate, style));
        return this;
    }

    public ConditionalStyles<S> prepend(String name, Predicate<EObject> predicate, S style) {
        rules.add(0, new Rule<>(name, predicate, style));
        return this;
    }

    public S resolve(EObject element) {
        if (element != null) {
            for (Rule<S> rule : rules) {
                if (rule.when().test(element)) {
                    return rule.style();
                }
            }
        }
        return base.apply(element);
    }

    public List<Rule<S>> rules() {
        return List.copyOf(rules);
    }
}
