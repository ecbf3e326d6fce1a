package org.innoscape.analysis;

/**
 * A typed parameter of an analysis with its default, e.g. the share of funding programmes that
 * may fund innovators only before the imbalance is reported.
 */
public record ParameterDefinition(String key, String label, ParameterType type, Object defaultValue, String description,
        Double minimum, Double maximum) {

    public static ParameterDefinition integer(String key, String label, int defaultValue, int min, int max, String description) {
        return new ParameterDefinition(key, label, ParameterType.INTEGER, defaultValue, description, (double) min, (double) max);
    }

    public static ParameterDefinition decimal(String key, String label, double defaultValue, double min, double max, String description) {
        return new ParameterDefinition(key, label, ParameterType.DECIMAL, defaultValue, description, min, max);
    }

    public static ParameterDefinition bool(String key, String label, boolean defaultValue, String description) {
        return new ParameterDefinition(key, label, ParameterType.BOOLEAN, defaultValue, description, null, null);
    }

    public static ParameterDefinition text(String key, String label, String defaultValue, String description) {
        return new ParameterDefinition(key, label, ParameterType.TEXT, defaultValue, description, null, null);
    }

    /** Parses and range-checks a value given as text. */
    public Object parse(String text) {
        Object value = type.parse(text);
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
