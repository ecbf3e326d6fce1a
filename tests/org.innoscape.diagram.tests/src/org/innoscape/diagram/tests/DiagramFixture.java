package org.innoscape.diagram.tests;

import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.innoscape.diagram.DiagramCreation;
import org.innoscape.diagram.DiagramTypes;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.edit.DiagramCommands;
import org.innoscape.diagram.layout.ElkLayout;
import org.innoscape.diagram.layout.LayoutGraph;
import org.innoscape.diagram.view.DiagramSynchronizer;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.model.Diagram;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.ModelStore;

/** The example model in a resource with an editing domain, as the workbench holds it. */
final class DiagramFixture {
    final InnovationSystem system;
    final AdapterFactoryEditingDomain domain;
    final BasicCommandStack stack = new BasicCommandStack();

    DiagramFixture() {
        this(EnglandHealthInnovation2021.build());
    }

    DiagramFixture(InnovationSystem system) {
        this.system = system;
        this.domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(
                ComposedAdapterFactory.Descriptor.Registry.INSTANCE), stack, ModelStore.newResourceSet());
        Resource resource = domain.getResourceSet().createResource(URI.createFileURI("/tmp/fixture.innoscape"));
        resource.getContents().add(system);
    }

    static DiagramDescription type(String id) {
        return DiagramTypes.installed().find(id).orElseThrow();
    }

    /** Creates a diagram of the type through a command, as the workbench does. */
    Diagram newDiagram(String typeId) {
        Diagram diagram = DiagramCreation.create(system, type(typeId), "Test " + typeId);
        execute(org.eclipse.emf.edit.command.AddCommand.create(domain, system,
                InnoscapePackage.Literals.INNOVATION_SYSTEM__DIAGRAMS, diagram));
        return diagram;
    }

    Diagram newLaidOutDiagram(String typeId) {
        Diagram diagram = newDiagram(typeId);
        DiagramView view = view(diagram);
        execute(DiagramCommands.applyLayout(domain, view, new ElkLayout().layout(LayoutGraph.of(view, Set.of()), () -> false)));
        return diagram;
    }

    DiagramView view(Diagram diagram) {
        return DiagramSynchronizer.build(system, diagram, type(diagram.getType()));
    }

    void execute(Command command) {
        if (!command.canExecute()) {
            throw new AssertionError("command cannot execute: " + command.getLabel());
        }
        stack.execute(command);
    }
}
