package org.innoscape.diagram;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.diagram.description.Descriptions;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.description.Layer;
import org.innoscape.diagram.description.NodeMapping;
import org.innoscape.diagram.edit.AppearanceCommands;
import org.innoscape.diagram.edit.DiagramCommands;
import org.innoscape.diagram.view.Rect;
import org.innoscape.model.AppearanceChannel;
import org.innoscape.model.Diagram;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.ElementIds;

/**
 * A new diagram of a type, not yet added to the model: its default layers switched on, the sizes
 * its type starts with (actors by influence) as appearances the user may change, and, for
 * mappings the user fills by hand, every current candidate put on it (unplaced: the caller runs a
 * layout, or the nodes go in rows). Add it to the model with one command.
 */
public final class DiagramCreation {

    private DiagramCreation() {
    }

    public static Diagram create(InnovationSystem system, DiagramDescription description, String name) {
        Diagram diagram = InnoscapeFactory.eINSTANCE.createDiagram();
        diagram.setId(ElementIds.newId());
        diagram.setName(name);
        diagram.setType(description.getId());
        for (Layer layer : description.getLayers()) {
            if (layer.isOptional() && layer.isEnabledByDefault()) {
                diagram.getEnabledLayers().add(layer.getId());
            }
        }
        for (NodeMapping mapping : description.allNodeMappings()) {
            String source = mapping.getInitialSizeSource();
            if (source != null && !source.isEmpty()) {
                diagram.getAppearances().add(AppearanceCommands.appearance(mapping.getId(), AppearanceChannel.SIZE, source));
            }
        }
        Set<String> enabled = Descriptions.shownLayers(description, diagram);
        for (NodeMapping mapping : description.getNodeMappings()) {
            if (mapping.isSynchronizedWithModel() || !enabled.contains(mapping.getLayer())) {
                continue;
            }
            for (EObject candidate : mapping.candidatesOf(system)) {
                diagram.getNodes().add(DiagramCommands.newNotation(mapping.getId(), candidate, new Rect(0, 0, 0, 0)));
            }
        }
        return diagram;
    }

    /** "Stakeholder network 2" when the model already has a "Stakeholder network". */
    public static String uniqueName(InnovationSystem system, String base) {
        Set<String> names = new HashSet<>();
        system.getDiagrams().forEach(d -> names.add(d.getName()));
        if (!names.contains(base)) {
            return base;
        }
        int n = 2;
        while (names.contains(base + " " + n)) {
            n++;
        }
        return base + " " + n;
    }
}
