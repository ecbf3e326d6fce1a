package org.innoscape.diagram.edit;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.innoscape.diagram.appearance.EffectiveAppearances;
import org.innoscape.model.AppearanceChannel;
import org.innoscape.model.Diagram;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.NodeAppearance;

/** Changes to a diagram's appearances, each one undoable command. */
public final class AppearanceCommands {

    private AppearanceCommands() {
    }

    /** A new appearance: the nodes of {@code mapping} get their {@code channel} from {@code source}. */
    public static NodeAppearance appearance(String mapping, AppearanceChannel channel, String source) {
        NodeAppearance appearance = InnoscapeFactory.eINSTANCE.createNodeAppearance();
        appearance.setMapping(mapping);
        appearance.setChannel(channel);
        appearance.setSource(source);
        return appearance;
    }

    /**
     * Replaces the diagram's appearances by {@code wanted} (at most one per mapping and channel: a later
     * one wins), or an unexecutable command when nothing would change.
     */
    public static Command replace(EditingDomain domain, Diagram diagram, List<NodeAppearance> wanted) {
        List<NodeAppearance> distinct = EffectiveAppearances.of(wanted);
        if (EcoreUtil.equals(List.copyOf(diagram.getAppearances()), distinct)) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand("Change Appearance");
        if (!diagram.getAppearances().isEmpty()) {
            command.append(RemoveCommand.create(domain, diagram, InnoscapePackage.Literals.DIAGRAM__APPEARANCES,
                    List.copyOf(diagram.getAppearances())));
        }
        if (!distinct.isEmpty()) {
            command.append(AddCommand.create(domain, diagram, InnoscapePackage.Literals.DIAGRAM__APPEARANCES, distinct));
        }
        return command;
    }
}
