package org.innoscape.compare.properties;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.innoscape.model.Actor;
import org.innoscape.model.InitiativeStatus;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PolicyInitiative;

/**
 * One edit an analyst makes to a snapshot, aimed at an initiative by its position among the model's
 * initiatives, so the same edit can be applied to any copy.
 */
sealed interface Edit {

    /** Applies the edit to {@code model}; {@code side} keeps the ids of added elements apart. */
    void apply(InnovationSystem model, String side, int serial);

    /** The initiative this edit touches (by position), or -1 for an edit that only adds. */
    int target();

    record Rename(int target, String name) implements Edit {
        public void apply(InnovationSystem model, String side, int serial) {
            initiative(model, target).setName(name);
        }
    }

    record SetStatus(int target, InitiativeStatus status) implements Edit {
        public void apply(InnovationSystem model, String side, int serial) {
            initiative(model, target).setStatus(status);
        }
    }

    record Describe(int target, String description) implements Edit {
        public void apply(InnovationSystem model, String side, int serial) {
            initiative(model, target).setDescription(description);
        }
    }

    record AddOwner(int target, int actor) implements Edit {
        public void apply(InnovationSystem model, String side, int serial) {
            List<Actor> actors = model.getActors();
            Actor owner = actors.get(actor % actors.size());
            PolicyInitiative initiative = initiative(model, target);
            if (!initiative.getOwners().contains(owner)) {
                initiative.getOwners().add(owner);
            }
        }
    }

    record RemoveOwners(int target) implements Edit {
        public void apply(InnovationSystem model, String side, int serial) {
            initiative(model, target).getOwners().clear();
        }
    }

    record Delete(int target) implements Edit {
        public void apply(InnovationSystem model, String side, int serial) {
            PolicyInitiative initiative = initiative(model, target);
            if (initiative.eContainer() != null) {
                EcoreUtil.delete(initiative, true);
            }
        }
    }

    /** Adds an actor and a new initiative it owns. */
    record AddInitiative(String name) implements Edit {
        public int target() {
            return -1;
        }

        public void apply(InnovationSystem model, String side, int serial) {
            Actor actor = InnoscapeFactory.eINSTANCE.createActor();
            actor.setId(side + "-actor-" + serial);
            actor.setName(name + " body");
            model.getActors().add(actor);
            PolicyInitiative initiative = InnoscapeFactory.eINSTANCE.createPolicyInitiative();
            initiative.setId(side + "-initiative-" + serial);
            initiative.setName(name);
            initiative.getOwners().add(actor);
            model.getInitiatives().add(initiative);
        }
    }

    /** The base model's initiatives keep their positions: edits look them up by the base's ids. */
    static PolicyInitiative initiative(InnovationSystem model, int position) {
        String id = "initiative-" + position;
        return model.getInitiatives().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseGet(() -> InnoscapeFactory.eINSTANCE.createPolicyInitiative());
    }
}
