package org.innoscape.analysis;

import java.util.List;
import java.util.Locale;

/**
 * A typed parameter of an analysis with its default, e.g. the share of funding programmes that
 * may fund innovators only before the imbalance is reported.
 *
 * @param choices the only values a text parameter takes (lower case), or empty for any text
 */
public record ParameterDefinition(String key, String label, ParameterType type, Object defaultValue, String description,
        Double minimum, Double maximum, List<String> choices) {

    public ParameterDefinition {
        choices = List.copyOf(choices);
    }

    public static ParameterDefinition integer(String key, String label, int defaultValue, int min, int max, String description) {
        return new ParameterDefinition(key, label, ParameterType.INTEGER, defaultValue, description, (double) min, (double) max, List.of());
    }

    public static ParameterDefinition decimal(String key, String label, double defaultValue, double min, double max, String description) {
        return new ParameterDefinition(key, label, ParameterType.DECIMAL, defaultValue, description, min, max, List.of());
    }

    public static ParameterDefinition bool(String key, String label, boolean defaultValue, String description) {
        return new ParameterDefinition(key, label, ParameterType.BOOLEAN, defaultValue, description, null, null, List.of());
    }

    public static ParameterDefinition text(String key, String label, String defaultValue, String description) {
        return new ParameterDefinition(key, label, ParameterType.TEXT, defaultValue, description, null, null, List.of());
    }

    /** A text parameter that takes one of {@code choices} (given in any case, kept in lower case). */
    public static ParameterDefinition choice(String key, String label, String defaultValue, List<String> choices, String description) {
        return new ParameterDefinition(key, label, ParameterType.TEXT, defaultValue, description, null, null, choices);
    }

    /** Parses and range-checks a value given as text (a choice must be one of the choices). */
    public Object parse(String text) {
        Object value = type.parse(text);
        if (!choices.isEmpty()) {
            String chosen = ((String) value).toLowerCase(Locale.ROOT);
            if (!choices.contains(chosen)) {
                throw new IllegalArgumentException("expected one of " + String.join(", ", choices) + ", got '" + text.strip() + "'");
            }
            return chosen;
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            if ((minimum != null && d < minimum) || (maximum != null && d > maximum)) {
                throw new IllegalArgumentException("expected a value from " + format(minimum) + " to " + format(maximum)
                        + ", got " + text.strip());
            }
        }
        return value;
    }

    private String format(Double bound) {
        if (bound == null) {
            return "any";
        }
        return type == ParameterType.INTEGER ? Integer.toString(bound.intValue()) : bound.toString();
    }
}
