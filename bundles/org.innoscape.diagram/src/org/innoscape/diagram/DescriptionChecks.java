package org.innoscape.diagram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.description.EdgeMapping;
import org.innoscape.diagram.description.Layer;
import org.innoscape.diagram.description.Mapping;
import org.innoscape.diagram.description.NodeMapping;
import org.innoscape.diagram.description.Tool;

/**
 * What makes a description unusable once every extension has added to it: ids the notation could
 * confuse, mappings on layers that do not exist or without what drawing them needs, and references
 * to mappings of another description.
 */
public final class DescriptionChecks {

    private DescriptionChecks() {
    }

    /** One message per problem, naming the diagram type; empty when the description is sound. */
    public static List<String> problemsOf(DiagramDescription description) {
        List<String> problems = new ArrayList<>();
        String type = "diagram type '" + description.getId() + "'";
        Set<String> layers = new HashSet<>();
        for (Layer layer : description.getLayers()) {
            if (!layers.add(layer.getId())) {
                problems.add(type + " has two layers '" + layer.getId() + "'");
            }
        }
        List<Mapping> mappings = new ArrayList<>(description.allNodeMappings());
        mappings.addAll(description.getEdgeMappings());
        Set<String> ids = new HashSet<>();
        for (Mapping mapping : mappings) {
            if (!ids.add(mapping.getId())) {
                problems.add(type + " has two mappings '" + mapping.getId() + "'");
            }
            if (!layers.contains(mapping.getLayer())) {
                problems.add(type + ": mapping '" + mapping.getId() + "' is on the unknown layer '" + mapping.getLayer() + "'");
            }
        }
        for (NodeMapping nodes : description.allNodeMappings()) {
            if (nodes.getDomainClass() == null || nodes.getBaseStyle() == null) {
                problems.add(type + ": node mapping '" + nodes.getId() + "' needs a domain class and a base style");
            }
        }
        for (EdgeMapping edges : description.getEdgeMappings()) {
            if (edges.getBaseStyle() == null) {
                problems.add(type + ": edge mapping '" + edges.getId() + "' needs a base style");
            }
            List<NodeMapping> ends = new ArrayList<>(edges.getSourceMappings());
            ends.addAll(edges.getTargetMappings());
            if (ends.stream().anyMatch(end -> !EcoreUtil.isAncestor(description, end))) {
                problems.add(type + ": edge mapping '" + edges.getId() + "' joins node mappings of another description");
            }
        }
        Map<Tool, Mapping> toolMappings = new LinkedHashMap<>();
        description.getNodeTools().forEach(tool -> toolMappings.put(tool, tool.getMapping()));
        description.getEdgeTools().forEach(tool -> toolMappings.put(tool, tool.getMapping()));
        toolMappings.forEach((tool, mapping) -> {
            if (mapping == null || !EcoreUtil.isAncestor(description, mapping)) {
                problems.add(type + ": tool '" + tool.getId() + "' creates through a mapping it does not have");
            }
        });
        return problems;
    }
}
