package org.innoscape.examples;

import java.util.Iterator;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.innoscape.diagram.DiagramCreation;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.edit.DiagramCommands;
import org.innoscape.diagram.layout.ElkLayout;
import org.innoscape.diagram.layout.LayoutGraph;
import org.innoscape.diagram.types.DriverCoverageType;
import org.innoscape.diagram.types.PathwayLandscapeType;
import org.innoscape.diagram.types.StakeholderNetworkType;
import org.innoscape.diagram.view.DiagramSynchronizer;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.model.Diagram;
import org.innoscape.model.DiagramNode;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.ElementIds;

/**
 * The three diagrams the example ships with, created and arranged as the workbench's New Diagram and
 * Arrange All do. Their ids come from fixed keys and ELK's layout is deterministic, so every build
 * writes the same file.
 */
final class EnglandDiagrams {

    private EnglandDiagrams() {
    }

    static void add(InnovationSystem system) {
        add(system, "stakeholder-network", new StakeholderNetworkType().create(), "Stakeholder network");
        add(system, "pathway-landscape", new PathwayLandscapeType().create(), "Pathway landscape");
        add(system, "driver-coverage", new DriverCoverageType().create(), "Driver coverage");
    }

    private static void add(InnovationSystem system, String key, DiagramDescription description, String name) {
        Diagram diagram = DiagramCreation.create(system, description, name);
        diagram.setId(ElementIds.stableId("Diagram:" + key));
        system.getDiagrams().add(diagram);
        DiagramView view = DiagramSynchronizer.build(system, diagram, description);
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), stack);
        Command arrange = DiagramCommands.applyLayout(domain, view, new ElkLayout().layout(LayoutGraph.of(view, Set.of()), () -> false));
        if (!arrange.canExecute()) {
            throw new IllegalStateException("cannot arrange the example's " + name);
        }
        stack.execute(arrange);
        int n = 0;
        for (Iterator<EObject> it = diagram.eAllContents(); it.hasNext();) {
            if (it.next() instanceof DiagramNode node) {
                node.setId(ElementIds.stableId("DiagramNode:" + key + ":" + n++));
            }
        }
    }
}
