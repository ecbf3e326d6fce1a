package org.innoscape.diagram.appearance;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.diagram.decoration.Decorations;

/**
 * Where an appearance takes its values: an attribute or reference of the elements, or a metric.
 * Values are numbers ({@link Double}) when {@link #numeric()}, otherwise categories: an enumeration
 * literal, a {@link Boolean} or a named element; null when the element states none.
 *
 * @param key     what the notation stores (a feature name, or "metric:" and the metric's id)
 * @param label   as users read it: "Influence", "Owners (first listed)", "Betweenness"
 * @param numeric whether the values are numbers (drawn as a range) or categories
 * @param reader  reads one element's value
 * @param fixed   every value the source can have, in order, when they are few enough to keep one
 *                colour each whatever the model holds (a small enumeration, yes/no); otherwise empty
 */
public record AppearanceSource(String key, String label, boolean numeric, Reader reader, List<Object> fixed) {

    public AppearanceSource(String key, String label, boolean numeric, Reader reader) {
        this(key, label, numeric, reader, List.of());
    }

    /** The prefix of keys of metrics. */
    public static final String METRIC = "metric:";

    /** Reads the value of one element; metrics come from the decorations computed in the background. */
    @FunctionalInterface
    public interface Reader {
        Object valueOf(EObject element, Decorations decorations);
    }

    public Object valueOf(EObject element, Decorations decorations) {
        return reader.valueOf(element, decorations);
    }

    public boolean isMetric() {
        return key.startsWith(METRIC);
    }

    /** The metric's id for a metric source, otherwise null. */
    public String metricId() {
        return isMetric() ? key.substring(METRIC.length()) : null;
    }
}
