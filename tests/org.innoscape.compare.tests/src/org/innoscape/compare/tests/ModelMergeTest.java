package org.innoscape.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.innoscape.compare.ModelComparison;
import org.innoscape.compare.merge.MergeConflict;
import org.innoscape.compare.merge.MergeResult;
import org.innoscape.compare.merge.ModelMerge;
import org.innoscape.compare.merge.Preference;
import org.innoscape.model.Actor;
import org.innoscape.model.InitiativeStatus;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Relationship;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.SubFactor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelMergeTest {

    @TempDir
    Path folder;

    @Test
    void changesOnEitherSideAreBothTaken() throws Exception {
        InnovationSystem base = Examples.england();
        InnovationSystem ours = Examples.england();
        InnovationSystem theirs = Examples.england();
        ours.getInitiatives().get(0).setName("Ours renamed");
        theirs.getInitiatives().get(1).setStatus(InitiativeStatus.CONCLUDED);
        Actor newcomer = InnoscapeFactory.eINSTANCE.createActor();
        newcomer.setId("their-new-actor");
        newcomer.setName("Their new body");
        theirs.getActors().add(3, newcomer);
        Relationship link = InnoscapeFactory.eINSTANCE.createRelationship();
        link.setId("their-new-link");
        link.setSource(newcomer);
        link.setTarget(theirs.getActors().get(0));
        link.setKind(RelationshipKind.ADVISES);
        theirs.getRelationships().add(link);
        String removedId = theirs.getInitiatives().remove(7).getId();

        MergeResult result = ModelMerge.merge(base, ours, theirs, Preference.NONE);

        assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
        InnovationSystem merged = Examples.roundTrip(result.merged(), folder, "merged");
        assertEquals("Ours renamed", merged.getInitiatives().get(0).getName());
        assertEquals(InitiativeStatus.CONCLUDED, merged.getInitiatives().get(1).getStatus());
        assertTrue(merged.getInitiatives().stream().noneMatch(i -> i.getId().equals(removedId)));
        Actor mergedNewcomer = merged.getActors().get(3);
        assertEquals("their-new-actor", mergedNewcomer.getId(), "an addition lands after the element it followed");
        Relationship mergedLink = merged.getRelationships().stream().filter(r -> r.getId().equals("their-new-link")).findFirst().orElseThrow();
        assertEquals(mergedNewcomer, mergedLink.getSource(), "references of added elements point into the merged model");
        assertEquals(merged.getActors().get(0), mergedLink.getTarget());
    }

    @Test
    void listsMergeAsSetsSoBothSidesAdditionsAndRemovalsCount() {
        InnovationSystem base = Examples.england();
        InnovationSystem ours = Examples.england();
        InnovationSystem theirs = Examples.england();
        PolicyInitiative our = withTwoOrMoreStages(ours);
        PolicyInitiative their = theirs.getInitiatives().stream().filter(i -> i.getId().equals(our.getId())).findFirst().orElseThrow();
        var addedByUs = ours.getActors().get(10);
        our.getPartners().add(addedByUs);
        var addedByThem = theirs.getActors().get(11);
        their.getPartners().add(addedByThem);
        String removedStage = their.getStagesSupported().remove(0).getId();

        MergeResult result = ModelMerge.merge(base, ours, theirs, Preference.NONE);

        assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
        PolicyInitiative merged = result.merged().getInitiatives().stream().filter(i -> i.getId().equals(our.getId())).findFirst().orElseThrow();
        var partners = merged.getPartners().stream().map(Actor::getId).toList();
        assertTrue(partners.contains(addedByUs.getId()) && partners.contains(addedByThem.getId()), partners.toString());
        assertTrue(merged.getStagesSupported().stream().noneMatch(s -> s.getId().equals(removedStage)));
        assertTrue(merged.getPartners().stream().allMatch(a -> a.eResource() == null && isIn(result.merged(), a)));
    }

    @Test
    void theSameValueChangedDifferentlyIsAConflictThatPreferSettles() {
        InnovationSystem base = Examples.england();
        InnovationSystem ours = Examples.england();
        InnovationSystem theirs = Examples.england();
        ours.getActors().get(0).setName("Our name");
        theirs.getActors().get(0).setName("Their name");

        MergeResult open = ModelMerge.merge(base, ours, theirs, Preference.NONE);
        assertTrue(open.hasUnsettledConflicts());
        MergeConflict conflict = open.conflicts().get(0);
        assertEquals("name", conflict.feature());
        assertEquals("'Our name'", conflict.ours());
        assertEquals("'Their name'", conflict.theirs());
        assertNull(conflict.settled());
        assertEquals("Our name", open.merged().getActors().get(0).getName(), "ours is kept until the user decides");

        MergeResult theirsWins = ModelMerge.merge(base, ours, theirs, Preference.THEIRS);
        assertFalse(theirsWins.hasUnsettledConflicts());
        assertEquals("Their name", theirsWins.merged().getActors().get(0).getName());
        assertEquals("Our name", ModelMerge.merge(base, ours, theirs, Preference.OURS).merged().getActors().get(0).getName());
    }

    @Test
    void deletedOnOneSideAndChangedOnTheOtherIsAConflict() throws Exception {
        InnovationSystem base = Examples.england();
        InnovationSystem ours = Examples.england();
        InnovationSystem theirs = Examples.england();
        Actor actor = ours.getActors().get(5);
        String id = actor.getId();
        actor.setDescription("We changed it");
        deleteActor(theirs, id);

        MergeResult kept = ModelMerge.merge(base, ours, theirs, Preference.NONE);
        assertTrue(kept.conflicts().stream().anyMatch(c -> c.elementId().equals(id) && c.settled() == null), kept.conflicts().toString());
        assertNotNull(find(kept.merged(), id));

        MergeResult deleted = ModelMerge.merge(base, ours, theirs, Preference.THEIRS);
        assertNull(find(deleted.merged(), id));
        assertTrue(deleted.merged().getInitiatives().stream().allMatch(i -> i.getOwners().stream().noneMatch(o -> id.equals(o.getId()))),
                "no reference to the deleted actor is left");
        Examples.roundTrip(deleted.merged(), folder, "deleted");

        // The other way round: we deleted it, they changed it; theirs restores it.
        MergeResult restored = ModelMerge.merge(base, theirs, ours, Preference.THEIRS);
        assertEquals("We changed it", ((Actor) find(restored.merged(), id)).getDescription());
        Examples.roundTrip(restored.merged(), folder, "restored");
    }

    @Test
    void anAdditionInsideWhatTheOtherSideDeletedIsAConflict() {
        InnovationSystem base = Examples.england();
        InnovationSystem ours = Examples.england();
        InnovationSystem theirs = Examples.england();
        String driverId = ours.getDrivers().get(0).getId();
        ours.getDrivers().remove(0);
        SubFactor factor = InnoscapeFactory.eINSTANCE.createSubFactor();
        factor.setId("their-factor");
        factor.setName("A new sub-factor");
        theirs.getDrivers().get(0).getSubFactors().add(factor);

        MergeResult result = ModelMerge.merge(base, ours, theirs, Preference.NONE);
        assertTrue(result.conflicts().stream().anyMatch(c -> c.elementId().equals(driverId)), result.conflicts().toString());
        assertNull(find(result.merged(), "their-factor"));

        MergeResult theirsWins = ModelMerge.merge(base, ours, theirs, Preference.THEIRS);
        assertNotNull(find(theirsWins.merged(), "their-factor"), "restoring the driver brings the new sub-factor");
    }

    @Test
    void movingPartsOutOfAnElementAndDeletingItIsAConflictNotALoss() {
        InnovationSystem base = Examples.england();
        InnovationSystem ours = Examples.england();
        InnovationSystem theirs = Examples.england();
        var emptied = theirs.getDrivers().get(0);
        SubFactor moved = emptied.getSubFactors().get(0);
        theirs.getDrivers().get(1).getSubFactors().add(moved);
        org.eclipse.emf.ecore.util.EcoreUtil.delete(emptied, true);

        for (Preference preference : Preference.values()) {
            MergeResult result = ModelMerge.merge(base, ours, theirs, preference);
            assertNotNull(find(result.merged(), moved.getId()), preference + ": the moved sub-factor is kept");
            assertTrue(result.conflicts().stream().anyMatch(c -> c.theirs().startsWith("moved parts of it")), result.conflicts().toString());
        }
    }

    @Test
    void anElementMovedIntoANewContainerIsNeverInTheMergeTwice() throws Exception {
        InnovationSystem base = Examples.england();
        InnovationSystem ours = Examples.england();
        InnovationSystem theirs = Examples.england();
        SubFactor moved = theirs.getDrivers().get(0).getSubFactors().get(0);
        var newDriver = InnoscapeFactory.eINSTANCE.createDriver();
        newDriver.setId("their-driver");
        newDriver.setName("A new driver");
        newDriver.getSubFactors().add(moved);
        theirs.getDrivers().add(newDriver);

        MergeResult result = ModelMerge.merge(base, ours, theirs, Preference.NONE);
        long copies = java.util.stream.StreamSupport.stream(((Iterable<org.eclipse.emf.ecore.EObject>) () -> result.merged().eAllContents())
                .spliterator(), false).filter(o -> o instanceof SubFactor f && moved.getId().equals(f.getId())).count();
        assertEquals(1, copies, "one id, one element");
        assertNotNull(find(result.merged(), "their-driver"));
        assertTrue(result.hasUnsettledConflicts(), "the move that was not followed is reported");
        Examples.roundTrip(result.merged(), folder, "moved");
    }

    @Test
    void theirDeletionOfWhatWeNewlyReferToIsAConflict() {
        InnovationSystem base = Examples.england();
        InnovationSystem ours = Examples.england();
        InnovationSystem theirs = Examples.england();
        PolicyInitiative initiative = ours.getInitiatives().get(0);
        Actor added = ours.getActors().stream().filter(a -> !initiative.getOwners().contains(a)).findFirst().orElseThrow();
        initiative.getOwners().add(added);
        deleteActor(theirs, added.getId());

        MergeResult kept = ModelMerge.merge(base, ours, theirs, Preference.NONE);
        assertTrue(kept.conflicts().stream().anyMatch(c -> c.elementId().equals(added.getId()) && c.settled() == null), kept.conflicts().toString());
        PolicyInitiative merged = (PolicyInitiative) find(kept.merged(), initiative.getId());
        assertTrue(merged.getOwners().stream().anyMatch(o -> o.getId().equals(added.getId())), "our new owner is still there");

        MergeResult deleted = ModelMerge.merge(base, ours, theirs, Preference.THEIRS);
        assertNull(find(deleted.merged(), added.getId()));
    }

    @Test
    void aListValueWhoseTargetIsGoneOnBothSidesDoesNotBreakTheMerge() {
        InnovationSystem base = Examples.england();
        InnovationSystem ours = Examples.england();
        InnovationSystem theirs = Examples.england();
        PolicyInitiative our = ours.getInitiatives().get(0);
        Actor extra = ours.getActors().stream().filter(a -> !our.getOwners().contains(a)).findFirst().orElseThrow();
        our.getOwners().add(extra);
        PolicyInitiative their = (PolicyInitiative) find(theirs, our.getId());
        Actor another = theirs.getActors().stream().filter(a -> !their.getOwners().contains(a) && !a.getId().equals(extra.getId()))
                .findFirst().orElseThrow();
        their.getOwners().add(another);
        deleteActor(theirs, extra.getId());

        MergeResult result = ModelMerge.merge(base, ours, theirs, Preference.THEIRS);
        PolicyInitiative merged = (PolicyInitiative) find(result.merged(), our.getId());
        assertTrue(merged.getOwners().stream().anyMatch(o -> o.getId().equals(another.getId())));
        assertTrue(merged.getOwners().stream().noneMatch(o -> o.getId().equals(extra.getId())));
    }

    @Test
    void theSameIdAsTwoKindsOfElementIsAConflict() {
        InnovationSystem base = Examples.england();
        InnovationSystem ours = Examples.england();
        InnovationSystem theirs = Examples.england();
        Actor actor = InnoscapeFactory.eINSTANCE.createActor();
        actor.setId("same-id");
        actor.setName("An actor");
        ours.getActors().add(actor);
        var driver = InnoscapeFactory.eINSTANCE.createDriver();
        driver.setId("same-id");
        driver.setName("A driver");
        theirs.getDrivers().add(driver);

        MergeResult result = ModelMerge.merge(base, ours, theirs, Preference.NONE);
        assertTrue(result.conflicts().stream().anyMatch(c -> "kind".equals(c.feature())), result.conflicts().toString());
        assertTrue(find(result.merged(), "same-id") instanceof Actor);
    }

    @Test
    void mergingAModelWithItselfChangesNothing() {
        InnovationSystem model = Examples.england();
        MergeResult result = ModelMerge.merge(model, Examples.england(), Examples.england(), Preference.NONE);
        assertTrue(result.conflicts().isEmpty());
        assertEquals(0, result.appliedFromTheirs());
        assertTrue(ModelComparison.compare(model, result.merged()).isEmpty());
    }

    private static PolicyInitiative withTwoOrMoreStages(InnovationSystem model) {
        return model.getInitiatives().stream().filter(i -> i.getStagesSupported().size() >= 2).findFirst().orElseThrow();
    }

    private static boolean isIn(InnovationSystem model, org.eclipse.emf.ecore.EObject object) {
        return org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(model, object);
    }

    private static org.eclipse.emf.ecore.EObject find(InnovationSystem model, String id) {
        for (var it = model.eAllContents(); it.hasNext();) {
            var object = it.next();
            if (object instanceof org.innoscape.model.ModelElement element && id.equals(element.getId())) {
                return object;
            }
        }
        return null;
    }

    /** Deletes an actor as the editor does: the actor, its relationships and every reference to it. */
    private static void deleteActor(InnovationSystem model, String id) {
        Actor actor = (Actor) find(model, id);
        model.getRelationships().removeIf(r -> r.getSource() == actor || r.getTarget() == actor);
        org.eclipse.emf.ecore.util.EcoreUtil.delete(actor, true);
    }
}
