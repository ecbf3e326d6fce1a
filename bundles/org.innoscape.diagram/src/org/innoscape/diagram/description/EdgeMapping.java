package org.innoscape.diagram.description;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

/**
 * Draws edges between nodes of the source and target mappings. Two kinds, as in Sirius: a
 * {@link RelationEdgeMapping} follows a plain reference; an {@link ElementEdgeMapping} shows a
 * relationship object that has its own attributes.
 */
public abstract sealed class EdgeMapping permits RelationEdgeMapping, ElementEdgeMapping {
    private final String id;
    private String label;
    private String layer = Layer.DEFAULT;
    private final Set<String> sourceMappings = new LinkedHashSet<>();
    private final Set<String> targetMappings = new LinkedHashSet<>();
    private final ConditionalStyles<EdgeStyle> styles;
    private Function<EObject, String> labelText;

    EdgeMapping(String id, EdgeStyle defaultStyle) {
        this.id = Objects.requireNonNull(id);
        this.label = id;
        this.styles = new ConditionalStyles<>(defaultStyle);
    }

    public EdgeMapping label(String text) {
        this.label = text;
        return this;
    }

    public EdgeMapping layer(String layerId) {
        this.layer = layerId;
        return this;
    }

    public EdgeMapping between(Set<String> sourceMappingIds, Set<String> targetMappingIds) {
        sourceMappings.addAll(sourceMappingIds);
        targetMappings.addAll(targetMappingIds);
        return this;
    }

    /** Text drawn at the middle of the edge; null (the default) draws none. */
    public EdgeMapping labelText(Function<EObject, String> text) {
        this.labelText = text;
        return this;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String layer() {
        return layer;
    }

    public Set<String> sourceMappings() {
        return sourceMappings;
    }

    public Set<String> targetMappings() {
        return targetMappings;
    }

    public ConditionalStyles<EdgeStyle> styles() {
        return styles;
    }

    public String labelOf(EObject element) {
        return labelText == null || element == null ? null : labelText.apply(element);
    }
}
