package org.innoscape.diagram.description;

/**
 * A group of mappings. The default layer is always shown; an optional layer is shown when the user
 * switches it on (stored in the diagram), or when {@code enabledByDefault} and the diagram is new.
 */
public record Layer(String id, String label, boolean optional, boolean enabledByDefault) {
    public static final String DEFAULT = "default";

    public static Layer defaultLayer() {
        return new Layer(DEFAULT, "Default", false, true);
    }
}
