package org.innoscape.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.edit.DiagramCommands;
import org.innoscape.diagram.types.DriverCoverageType;
import org.innoscape.diagram.types.StakeholderNetworkType;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.Rect;
import org.innoscape.diagram.view.ViewEdge;
import org.innoscape.diagram.view.ViewNode;
import org.innoscape.model.Actor;
import org.innoscape.model.Diagram;
import org.innoscape.model.Relationship;
import org.innoscape.model.edit.ModelDeletion;
import org.junit.jupiter.api.Test;

class CommandsTest {
    private final DiagramFixture fixture = new DiagramFixture();

    @Test
    void movingANodeIsStoredAndUndone() {
        Diagram diagram = fixture.newLaidOutDiagram(StakeholderNetworkType.ID);
        DiagramView view = fixture.view(diagram);
        ViewNode node = view.roots().get(0);
        Rect before = node.bounds();
        fixture.execute(DiagramCommands.setBounds(fixture.domain, view, Map.of(node, before.translate(40, 25))));
        assertEquals(before.translate(40, 25), fixture.view(diagram).node(node.key()).orElseThrow().bounds());
        fixture.stack.undo();
        assertEquals(before, fixture.view(diagram).node(node.key()).orElseThrow().bounds());
        fixture.stack.redo();
        assertEquals(before.x() + 40, node.notation().getX());
    }

    /** An overlay (actors sized by a centrality) is never stored: moving a scaled node stores its own size. */
    @Test
    void movingANodeScaledByAnOverlayKeepsItsStoredSize() {
        Diagram diagram = fixture.newLaidOutDiagram(StakeholderNetworkType.ID);
        ViewNode plain = fixture.view(diagram).nodes().get(0);
        Rect stored = plain.bounds();
        org.innoscape.diagram.decoration.Decorations half = org.innoscape.diagram.decoration.Decorations.none();
        half.size(org.innoscape.diagram.view.ElementKeys.idOf(plain.element()), 0.5);
        DiagramView overlaid = org.innoscape.diagram.view.DiagramSynchronizer.build(fixture.system, diagram,
                DiagramFixture.type(diagram.getType()), half);
        ViewNode scaled = overlaid.node(plain.key()).orElseThrow();
        assertTrue(scaled.bounds().width() < stored.width(), "the overlay shows it smaller");
        fixture.execute(DiagramCommands.setBounds(fixture.domain, overlaid, Map.of(scaled, scaled.bounds().translate(30, 20))));
        Rect after = fixture.view(diagram).node(plain.key()).orElseThrow().bounds();
        assertEquals(stored.width(), after.width(), 1, "the stored width is the node's own");
        assertEquals(stored.height(), after.height(), 1, "the stored height is the node's own");
        assertEquals(stored.centerX() + 30, after.centerX(), 1);
        assertEquals(stored.centerY() + 20, after.centerY(), 1);
    }

    @Test
    void movingOneEndDropsTheStoredRouteAndMovingBothMovesIt() {
        Diagram diagram = fixture.newLaidOutDiagram(StakeholderNetworkType.ID);
        DiagramView view = fixture.view(diagram);
        ViewEdge routed = view.edges().stream().filter(e -> e.notation() != null && !e.notation().getBendpoints().isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("the layout stores some bend points"));
        List<Integer> route = List.copyOf(routed.notation().getBendpoints());
        fixture.execute(DiagramCommands.setBounds(fixture.domain, view, Map.of(routed.source(),
                routed.source().bounds().translate(10, 10), routed.target(), routed.target().bounds().translate(10, 10))));
        assertEquals(route.get(0) + 10, routed.notation().getBendpoints().get(0));
        DiagramView moved = fixture.view(diagram);
        ViewNode source = moved.node(routed.source().key()).orElseThrow();
        fixture.execute(DiagramCommands.setBounds(fixture.domain, moved, Map.of(source, source.bounds().translate(0, 50))));
        assertTrue(routed.notation().getBendpoints().isEmpty());
    }

    @Test
    void creatingAnActorAddsItToTheModelAndTheDiagramInOneUndoableStep() {
        Diagram diagram = fixture.newDiagram(StakeholderNetworkType.ID);
        DiagramView view = fixture.view(diagram);
        DiagramDescription type = view.description();
        int actors = fixture.system.getActors().size();
        Command create = DiagramCommands.createNode(fixture.domain, view, type.getNodeTools().get(0), null, 300, 200);
        fixture.execute(create);
        assertEquals(actors + 1, fixture.system.getActors().size());
        Actor created = fixture.system.getActors().get(actors);
        ViewNode node = fixture.view(diagram).nodesOf(created).get(0);
        assertEquals(300, node.bounds().centerX(), 1);
        assertNotNull(created.getId());
        fixture.stack.undo();
        assertEquals(actors, fixture.system.getActors().size());
        assertTrue(fixture.view(diagram).nodesOf(created).isEmpty());
    }

    @Test
    void connectingTwoActorsCreatesARelationship() {
        Diagram diagram = fixture.newDiagram(StakeholderNetworkType.ID);
        DiagramView view = fixture.view(diagram);
        ViewNode a = view.roots().get(0);
        ViewNode b = view.roots().get(1);
        int before = fixture.system.getRelationships().size();
        fixture.execute(DiagramCommands.createEdge(fixture.domain, view, view.description().getEdgeTools().get(0), a, b));
        Relationship created = fixture.system.getRelationships().get(before);
        assertEquals(a.element(), created.getSource());
        assertEquals(b.element(), created.getTarget());
        assertEquals(1, fixture.view(diagram).edges().stream().filter(e -> e.element() == created).count());
        ((org.innoscape.model.Actor) a.element()).setName("Renamed after connecting");
        assertEquals(null, created.getName(), "no name copied from the actors: a copy goes stale when one is renamed");
        assertFalse(DiagramCommands.createEdge(fixture.domain, view, view.description().getEdgeTools().get(0), a, null)
                .canExecute());
    }

    @Test
    void reconnectingARelationshipChangesItsTarget() {
        Diagram diagram = fixture.newDiagram(StakeholderNetworkType.ID);
        DiagramView view = fixture.view(diagram);
        ViewEdge edge = view.edges().stream().filter(e -> e.element() instanceof Relationship).findFirst().orElseThrow();
        ViewNode other = view.roots().stream().filter(n -> n != edge.target() && n != edge.source()).findFirst()
                .orElseThrow();
        fixture.execute(DiagramCommands.reconnect(fixture.domain, view, edge, false, other));
        assertEquals(other.element(), ((Relationship) edge.element()).getTarget());
        fixture.stack.undo();
        assertEquals(edge.target().element(), ((Relationship) edge.element()).getTarget());
    }

    @Test
    void deletingAnActorFromTheModelTakesItsRelationshipsAndNotationFromEveryDiagram() {
        Diagram first = fixture.newDiagram(StakeholderNetworkType.ID);
        Diagram second = fixture.newDiagram(StakeholderNetworkType.ID);
        Actor actor = fixture.system.getRelationships().get(0).getSource();
        long touching = fixture.system.getRelationships().stream()
                .filter(r -> r.getSource() == actor || r.getTarget() == actor).count();
        int relationships = fixture.system.getRelationships().size();
        fixture.execute(ModelDeletion.delete(fixture.domain, fixture.system, List.of(actor)));
        assertFalse(fixture.system.getActors().contains(actor));
        assertEquals(relationships - touching, fixture.system.getRelationships().size());
        for (Diagram diagram : List.of(first, second)) {
            assertTrue(diagram.getNodes().stream().noneMatch(n -> n.getElement() == actor || n.getElement() == null));
            fixture.view(diagram);
        }
        fixture.system.getInitiatives().forEach(i -> assertFalse(i.getOwners().contains(actor)));
        fixture.stack.undo();
        assertTrue(fixture.system.getActors().contains(actor));
        assertEquals(relationships, fixture.system.getRelationships().size());
        assertEquals(1, fixture.view(first).nodesOf(actor).size());
    }

    @Test
    void removingFromTheDiagramKeepsTheModel() {
        Diagram diagram = fixture.newDiagram(StakeholderNetworkType.ID);
        DiagramView view = fixture.view(diagram);
        ViewNode node = view.roots().get(0);
        fixture.execute(DiagramCommands.removeFromDiagram(fixture.domain, view, List.of(node), List.of()));
        assertTrue(fixture.view(diagram).nodesOf(node.element()).isEmpty());
        assertTrue(fixture.system.getActors().contains(node.element()));
        fixture.stack.undo();
        assertEquals(1, fixture.view(diagram).nodesOf(node.element()).size());
    }

    @Test
    void directEditRenamesTheElement() {
        Diagram diagram = fixture.newDiagram(DriverCoverageType.ID);
        ViewNode node = fixture.view(diagram).roots().get(0);
        fixture.execute(DiagramCommands.setLabel(fixture.domain, node, "  Renamed driver "));
        assertEquals("Renamed driver", fixture.view(diagram).node(node.key()).orElseThrow().label());
        fixture.stack.undo();
        assertEquals(node.label(), fixture.view(diagram).node(node.key()).orElseThrow().label());
    }

    @Test
    void pasteCopiesElementsWithNewIdsNextToTheOriginals() {
        Diagram diagram = fixture.newDiagram(StakeholderNetworkType.ID);
        DiagramView view = fixture.view(diagram);
        ViewNode node = view.roots().get(0);
        Actor original = (Actor) node.element();
        int actors = fixture.system.getActors().size();
        fixture.execute(DiagramCommands.paste(fixture.domain, view, List.of(node), 20, 20));
        Actor copy = fixture.system.getActors().get(actors);
        assertEquals(original.getName() + " (copy)", copy.getName());
        assertFalse(original.getId().equals(copy.getId()));
        assertEquals(original.getKind(), copy.getKind());
        assertEquals(node.bounds().translate(20, 20), fixture.view(diagram).nodesOf(copy).get(0).bounds());
    }
}
