package org.innoscape.diagram.types;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.innoscape.diagram.description.NodeFactory;
import org.innoscape.model.Actor;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Relationship;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.persistence.ElementIds;

/** The model changes behind the built-in palette tools. */
final class Creations {
    private static final InnoscapePackage PKG = InnoscapePackage.eINSTANCE;

    private Creations() {
    }

    static NodeFactory.Creation actor(EditingDomain domain, InnovationSystem system, EObject container) {
        Actor actor = InnoscapeFactory.eINSTANCE.createActor();
        actor.setId(ElementIds.newId());
        actor.setName("New actor");
        actor.setLevel(ActorLevel.NATIONAL);
        return new NodeFactory.Creation(actor,
                AddCommand.create(domain, system, PKG.getInnovationSystem_Actors(), actor));
    }

    /** A new initiative (the lane it is created in, if any, is added by the mapping's lane membership). */
    static NodeFactory.Creation initiative(EditingDomain domain, InnovationSystem system, EObject container) {
        PolicyInitiative initiative = InnoscapeFactory.eINSTANCE.createPolicyInitiative();
        initiative.setId(ElementIds.newId());
        initiative.setName("New initiative");
        return new NodeFactory.Creation(initiative,
                AddCommand.create(domain, system, PKG.getInnovationSystem_Initiatives(), initiative));
    }

    static Command relationship(EditingDomain domain, InnovationSystem system, EObject source, EObject target) {
        Relationship relationship = InnoscapeFactory.eINSTANCE.createRelationship();
        relationship.setId(ElementIds.newId());
        relationship.setSource((Actor) source);
        relationship.setTarget((Actor) target);
        relationship.setKind(RelationshipKind.OTHER);
        // No name: labels are made from the two actors and the kind, so they follow a rename.
        return AddCommand.create(domain, system, PKG.getInnovationSystem_Relationships(), relationship);
    }
}
