package org.innoscape.analysis;

import java.util.HashMap;
import java.util.Map;

/** The parameter values one analysis runs with: given values over its defaults. */
public final class Parameters {
    private final AnalysisDescriptor descriptor;
    private final Map<String, Object> values;

    private Parameters(AnalysisDescriptor descriptor, Map<String, Object> values) {
        this.descriptor = descriptor;
        this.values = values;
    }

    public static Parameters defaults(AnalysisDescriptor descriptor) {
        return new Parameters(descriptor, new HashMap<>());
    }

    /** Values given as text by key; an unknown key or a bad value is an {@link IllegalArgumentException}. */
    public static Parameters of(AnalysisDescriptor descriptor, Map<String, String> given) {
        Map<String, Object> values = new HashMap<>();
        given.forEach((key, text) -> {
            ParameterDefinition definition = descriptor.parameter(key);
            if (definition == null) {
                throw new IllegalArgumentException("the analysis " + descriptor.id() + " has no parameter '" + key + "'");
            }
            try {
                values.put(key, definition.parse(text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("parameter " + descriptor.id() + "." + key + ": " + e.getMessage(), e);
            }
        });
        return new Parameters(descriptor, values);
    }

    public Object get(String key) {
        ParameterDefinition definition = descriptor.parameter(key);
        if (definition == null) {
            throw new IllegalArgumentException("the analysis " + descriptor.id() + " has no parameter '" + key + "'");
        }
        return values.getOrDefault(key, definition.defaultValue());
    }

    public int integer(String key) {
        return ((Number) get(key)).intValue();
    }

    public double decimal(String key) {
        return ((Number) get(key)).doubleValue();
    }

    public boolean bool(String key) {
        return (Boolean) get(key);
    }

    public String text(String key) {
        return (String) get(key);
    }

    /** All values in effect, defaults included, for reports. */
    public Map<String, Object> effective() {
        Map<String, Object> all = new java.util.LinkedHashMap<>();
        descriptor.parameters().forEach(p -> all.put(p.key(), values.getOrDefault(p.key(), p.defaultValue())));
        return all;
    }
}
