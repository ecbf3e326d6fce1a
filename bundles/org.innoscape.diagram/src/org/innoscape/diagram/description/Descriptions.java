package org.innoscape.diagram.description;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.innoscape.model.Diagram;

/**
 * Short ways to make the parts of a description with what each cannot do without (ids, domain
 * classes, base styles); everything else is set through the generated setters. Used by the
 * built-in diagram types and by plugins that contribute or extend one.
 */
public final class Descriptions {
    /** The id of the layer every description has and always shows. */
    public static final String DEFAULT_LAYER = "default";

    private static final DescriptionFactory FACTORY = DescriptionFactory.eINSTANCE;

    private Descriptions() {
    }

    /** The ids of the layers a diagram shows: every layer that is not optional, and the optional ones it switched on. */
    public static Set<String> shownLayers(DiagramDescription description, Diagram diagram) {
        Set<String> shown = new HashSet<>();
        for (Layer layer : description.getLayers()) {
            if (!layer.isOptional() || diagram.getEnabledLayers().contains(layer.getId())) {
                shown.add(layer.getId());
            }
        }
        return shown;
    }

    /** A diagram type with its default layer. */
    public static DiagramDescription diagram(String id, String label, String documentation, Arrangement arrangement) {
        DiagramDescription description = FACTORY.createDiagramDescription();
        description.setId(id);
        description.setLabel(label);
        description.setDocumentation(documentation);
        description.setArrangement(arrangement);
        description.getLayers().add(layer(DEFAULT_LAYER, "Default", false, true));
        return description;
    }

    public static Layer layer(String id, String label, boolean optional, boolean enabledByDefault) {
        Layer layer = FACTORY.createLayer();
        layer.setId(id);
        layer.setLabel(label);
        layer.setOptional(optional);
        layer.setEnabledByDefault(enabledByDefault);
        return layer;
    }

    /** A node mapping with a fixed base style, labelled after its domain class. */
    public static NodeMapping nodeMapping(String id, EClass domainClass, NodeStyle baseStyle) {
        return nodeMapping(id, domainClass, NodeStyleFunction.always(baseStyle));
    }

    /** A node mapping whose base style is computed from the element. */
    public static NodeMapping nodeMapping(String id, EClass domainClass, NodeStyleFunction baseStyle) {
        NodeMapping mapping = FACTORY.createNodeMapping();
        mapping.setId(id);
        mapping.setLabel(domainClass.getName());
        mapping.setDomainClass(domainClass);
        mapping.setBaseStyle(baseStyle);
        return mapping;
    }

    /** Edges from each source element to each element its {@code reference} points at. */
    public static RelationEdgeMapping relationEdges(String id, EReference reference, EdgeStyle baseStyle) {
        RelationEdgeMapping mapping = FACTORY.createRelationEdgeMapping();
        mapping.setId(id);
        mapping.setLabel(id);
        mapping.setReference(reference);
        mapping.setBaseStyle(baseStyle);
        return mapping;
    }

    /** An edge for each relationship object, its ends read from two of its references. */
    public static ElementEdgeMapping elementEdges(String id, EClass domainClass, EReference sourceFeature,
            EReference targetFeature, EdgeStyle baseStyle) {
        ElementEdgeMapping mapping = FACTORY.createElementEdgeMapping();
        mapping.setId(id);
        mapping.setLabel(id);
        mapping.setDomainClass(domainClass);
        mapping.setSourceFeature(sourceFeature);
        mapping.setTargetFeature(targetFeature);
        mapping.setBaseStyle(baseStyle);
        return mapping;
    }

    /** Edges of {@code mapping} run between nodes of these mappings. */
    public static <M extends EdgeMapping> M between(M mapping, List<NodeMapping> sources, List<NodeMapping> targets) {
        mapping.getSourceMappings().addAll(sources);
        mapping.getTargetMappings().addAll(targets);
        return mapping;
    }

    public static NodeStyleRule rule(String name, ElementCondition when, NodeStyle style) {
        NodeStyleRule rule = FACTORY.createNodeStyleRule();
        rule.setName(name);
        rule.setWhen(when);
        rule.setStyle(style);
        return rule;
    }

    public static EdgeStyleRule rule(String name, ElementCondition when, EdgeStyle style) {
        EdgeStyleRule rule = FACTORY.createEdgeStyleRule();
        rule.setName(name);
        rule.setWhen(when);
        rule.setStyle(style);
        return rule;
    }

    public static FilterDescription filter(String id, String label, FilterChoices choices, FilterTest keeps,
            NodeMapping... mappings) {
        FilterDescription filter = FACTORY.createFilterDescription();
        filter.setId(id);
        filter.setLabel(label);
        filter.setChoices(choices);
        filter.setKeeps(keeps);
        filter.getMappings().addAll(List.of(mappings));
        return filter;
    }

    public static NodeCreationTool nodeTool(String id, String label, NodeMapping mapping, NodeFactory factory) {
        NodeCreationTool tool = FACTORY.createNodeCreationTool();
        tool.setId(id);
        tool.setLabel(label);
        tool.setMapping(mapping);
        tool.setFactory(factory);
        return tool;
    }

    public static EdgeCreationTool edgeTool(String id, String label, EdgeMapping mapping, ConnectionCondition canConnect,
            EdgeFactory factory) {
        EdgeCreationTool tool = FACTORY.createEdgeCreationTool();
        tool.setId(id);
        tool.setLabel(label);
        tool.setMapping(mapping);
        tool.setCanConnect(canConnect);
        tool.setFactory(factory);
        return tool;
    }
}
