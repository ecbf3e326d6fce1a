package org.innoscape.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.innoscape.model.Actor;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.Diagram;
import org.innoscape.model.DiagramEdge;
import org.innoscape.model.DiagramNode;
import org.innoscape.model.DuplicateReview;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Relationship;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.innoscape.model.edit.ModelDeletion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deleting from the model: the element, what cannot exist without it, what shows it and what refers to it, as one undoable step. */
class ModelDeletionTest {
    private static final InnoscapeFactory FACTORY = InnoscapeFactory.eINSTANCE;

    private InnovationSystem system;
    private AdapterFactoryEditingDomain domain;
    private Actor funder;
    private Actor network;
    private Actor provider;
    private Relationship funds;
    private Relationship supports;
    private PolicyInitiative programme;
    private PolicyInitiative other;
    private DuplicateReview review;
    private Diagram diagram;
    private DiagramNode funderNode;
    private DiagramNode networkNode;
    private DiagramNode programmeInLane;
    private DiagramEdge fundsEdge;

    @BeforeEach
    void model() {
        InnovationSystemBuilder b = new InnovationSystemBuilder("deletion", "Deletion");
        funder = b.actor("f", "Funder", ActorKind.RESEARCH_FUNDER, ActorLevel.NATIONAL);
        network = b.actor("n", "Network", ActorKind.NETWORK, ActorLevel.REGIONAL);
        provider = b.actor("p", "Provider", ActorKind.HEALTHCARE_PROVIDER, ActorLevel.LOCAL);
        network.getMemberOf().add(funder);
        funds = b.relationship("fn", funder, RelationshipKind.FUNDS, network);
        supports = b.relationship("np", network, RelationshipKind.BROKERS, provider);
        programme = b.initiative("prog", "Programme");
        programme.getOwners().add(funder);
        other = b.initiative("other", "Other programme");
        other.getOwners().add(network);
        system = b.system();
        review = FACTORY.createDuplicateReview();
        review.setFirst(programme);
        review.setSecond(other);
        system.getDuplicateReviews().add(review);

        diagram = FACTORY.createDiagram();
        diagram.setName("Network");
        funderNode = node(funder);
        networkNode = node(network);
        DiagramNode lane = node(provider);
        programmeInLane = FACTORY.createDiagramNode();
        programmeInLane.setElement(programme);
        lane.getChildren().add(programmeInLane);
        diagram.getNodes().addAll(List.of(funderNode, networkNode, lane));
        fundsEdge = FACTORY.createDiagramEdge();
        fundsEdge.setElement(funds);
        fundsEdge.setSource(funderNode);
        fundsEdge.setTarget(networkNode);
        diagram.getEdges().add(fundsEdge);
        diagram.getHiddenElements().add(funder);
        system.getDiagrams().add(diagram);
        domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack());
    }

    private static DiagramNode node(org.eclipse.emf.ecore.EObject element) {
        DiagramNode node = FACTORY.createDiagramNode();
        node.setElement(element);
        return node;
    }

    private void execute(Command command) {
        assertTrue(command.canExecute(), "the deletion can run");
        domain.getCommandStack().execute(command);
    }

    @Test
    void anActorGoesWithItsRelationshipsNodesEdgesAndEveryReference() {
        assertEquals(1, ModelDeletion.dependentCount(system, List.of(funder)), "its one relationship goes with it");
        execute(ModelDeletion.delete(domain, system, List.of(funder)));

        assertFalse(system.getActors().contains(funder));
        assertEquals(List.of(supports), List.copyOf(system.getRelationships()), "the relationship it took part in is gone, the other stays");
        assertFalse(diagram.getNodes().contains(funderNode), "the node showing it is gone");
        assertTrue(diagram.getNodes().contains(networkNode), "other nodes stay");
        assertFalse(diagram.getEdges().contains(fundsEdge), "the edge of its relationship is gone");
        assertTrue(programme.getOwners().isEmpty(), "no initiative still names it as owner");
        assertEquals(List.of(network), List.copyOf(other.getOwners()));
        assertTrue(network.getMemberOf().isEmpty(), "no actor is still a member of it");
        assertTrue(diagram.getHiddenElements().isEmpty(), "no diagram still hides it");
        assertSame(system, programme.eContainer(), "what only referred to it stays in the model");

        domain.getCommandStack().undo();
        assertTrue(system.getActors().contains(funder), "one undo brings it back");
        assertEquals(List.of(funds, supports), List.copyOf(system.getRelationships()));
        assertEquals(List.of(funder), List.copyOf(programme.getOwners()));
        assertEquals(List.of(funder), List.copyOf(network.getMemberOf()));
        assertTrue(diagram.getNodes().contains(funderNode) && diagram.getEdges().contains(fundsEdge));
        assertSame(funderNode, fundsEdge.getSource());
        assertEquals(List.of(funder), List.copyOf(diagram.getHiddenElements()));
    }

    @Test
    void anInitiativeGoesWithItsReviewsAndTheNodeInsideALane() {
        assertEquals(1, ModelDeletion.dependentCount(system, List.of(programme)), "its duplicate review goes with it");
        execute(ModelDeletion.delete(domain, system, List.of(programme)));
        assertFalse(system.getInitiatives().contains(programme));
        assertTrue(system.getDuplicateReviews().isEmpty());
        assertTrue(diagram.getNodes().get(2).getChildren().isEmpty(), "the node inside the lane is gone, the lane stays");
        assertEquals(3, diagram.getNodes().size());
        domain.getCommandStack().undo();
        assertEquals(List.of(review), List.copyOf(system.getDuplicateReviews()));
        assertSame(programme, review.getFirst());
        assertEquals(List.of(programmeInLane), List.copyOf(diagram.getNodes().get(2).getChildren()));
    }

    @Test
    void aRelationshipAloneTakesOnlyItsEdge() {
        assertEquals(0, ModelDeletion.dependentCount(system, List.of(funds)));
        execute(ModelDeletion.delete(domain, system, List.of(funds)));
        assertEquals(List.of(supports), List.copyOf(system.getRelationships()));
        assertTrue(diagram.getEdges().isEmpty());
        assertEquals(3, diagram.getNodes().size(), "both actors' nodes stay");
        assertEquals(List.of(funder, network, provider), List.copyOf(system.getActors()));
    }

    @Test
    void aDeletedDiagramIsNotEditedOnTheWayOut() {
        execute(ModelDeletion.delete(domain, system, List.of(diagram, funder)));
        assertTrue(system.getDiagrams().isEmpty());
        assertEquals(1, diagram.getNodes().stream().filter(n -> n == funderNode).count(),
                "the deleted diagram keeps its contents (so undo restores it whole)");
        domain.getCommandStack().undo();
        assertEquals(List.of(diagram), List.copyOf(system.getDiagrams()));
    }

    @Test
    void edgesDrawnWithoutAnElementGoWithTheNodesTheyJoin() {
        // A line with no model element of its own from the funder to the network, and one from the network
        // to the programme drawn inside the provider's lane.
        DiagramEdge membership = FACTORY.createDiagramEdge();
        membership.setSource(funderNode);
        membership.setTarget(networkNode);
        DiagramEdge intoLane = FACTORY.createDiagramEdge();
        intoLane.setSource(networkNode);
        intoLane.setTarget(programmeInLane);
        diagram.getEdges().addAll(List.of(membership, intoLane));

        execute(ModelDeletion.delete(domain, system, List.of(funder)));
        assertFalse(diagram.getEdges().contains(membership), "its node went, so the line to it goes");
        assertTrue(diagram.getEdges().contains(intoLane), "lines between nodes that stay, stay");

        execute(ModelDeletion.delete(domain, system, List.of(provider)));
        assertFalse(diagram.getEdges().contains(intoLane), "the lane went with everything drawn inside it, and so the line");
    }

    @Test
    void nothingToDeleteCannotRun() {
        assertFalse(ModelDeletion.delete(domain, system, List.of()).canExecute());
        assertEquals(0, ModelDeletion.dependentCount(system, List.of()));
    }
}
