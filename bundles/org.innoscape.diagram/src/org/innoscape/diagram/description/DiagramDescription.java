package org.innoscape.diagram.description;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A diagram type: what it shows (node and edge mappings on layers), how (styles), how it may be
 * narrowed (filters) and edited (palette tools). Contributed through the extension point
 * {@code org.innoscape.diagram.diagramTypes}; other plugins may add to it before first use.
 */
public final class DiagramDescription {
    private final String id;
    private final String label;
    private final String documentation;
    private final Arrangement arrangement;
    private final List<Layer> layers = new ArrayList<>(List.of(Layer.defaultLayer()));
    private final List<NodeMapping> nodeMappings = new ArrayList<>();
    private final List<EdgeMapping> edgeMappings = new ArrayList<>();
    private final List<NodeCreationTool> nodeTools = new ArrayList<>();
    private final List<EdgeCreationTool> edgeTools = new ArrayList<>();
    private final List<FilterDescription> filters = new ArrayList<>();

    public DiagramDescription(String id, String label, String documentation, Arrangement arrangement) {
        this.id = Objects.requireNonNull(id);
        this.label = label;
        this.documentation = documentation;
        this.arrangement = arrangement;
    }

    public DiagramDescription addLayer(Layer layer) {
        if (layer(layer.id()).isPresent()) {
            throw new IllegalArgumentException("diagram type " + id + " already has a layer " + layer.id());
        }
        layers.add(layer);
        return this;
    }

    public DiagramDescription addNodeMapping(NodeMapping mapping) {
        if (nodeMapping(mapping.id()).isPresent()) {
            throw new IllegalArgumentException("diagram type " + id + " already has a mapping " + mapping.id());
        }
        nodeMappings.add(mapping);
        return this;
    }

    public DiagramDescription addEdgeMapping(EdgeMapping mapping) {
        edgeMappings.add(mapping);
        return this;
    }

    public DiagramDescription addTool(NodeCreationTool tool) {
        nodeTools.add(tool);
        return this;
    }

    public DiagramDescription addTool(EdgeCreationTool tool) {
        edgeTools.add(tool);
        return this;
    }

    public DiagramDescription addFilter(FilterDescription filter) {
        filters.add(filter);
        return this;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String documentation() {
        return documentation;
    }

    public Arrangement arrangement() {
        return arrangement;
    }

    public List<Layer> layers() {
        return List.copyOf(layers);
    }

    public Optional<Layer> layer(String layerId) {
        return layers.stream().filter(l -> l.id().equals(layerId)).findFirst();
    }

    /** Top-level node mappings. */
    public List<NodeMapping> nodeMappings() {
        return List.copyOf(nodeMappings);
    }

    /** Every node mapping, containers' children included. */
    public Stream<NodeMapping> allNodeMappings() {
        return nodeMappings.stream().flatMap(DiagramDescription::withChildren);
    }

    private static Stream<NodeMapping> withChildren(NodeMapping mapping) {
        return Stream.concat(Stream.of(mapping), mapping.children().stream().flatMap(DiagramDescription::withChildren));
    }

    public Optional<NodeMapping> nodeMapping(String mappingId) {
        return allNodeMappings().filter(m -> m.id().equals(mappingId)).findFirst();
    }

    public List<EdgeMapping> edgeMappings() {
        return List.copyOf(edgeMappings);
    }

    public Optional<EdgeMapping> edgeMapping(String mappingId) {
        return edgeMappings.stream().filter(m -> m.id().equals(mappingId)).findFirst();
    }

    public List<NodeCreationTool> nodeTools() {
        return List.copyOf(nodeTools);
    }

    public List<EdgeCreationTool> edgeTools() {
        return List.copyOf(edgeTools);
    }

    public List<FilterDescription> filters() {
        return List.copyOf(filters);
    }

    public Optional<FilterDescription> filter(String filterId) {
        return filters.stream().filter(f -> f.id().equals(filterId)).findFirst();
    }
}
