package org.innoscape.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.innoscape.diagram.DiagramTypes;
import org.innoscape.diagram.description.ArrowHead;
import org.eclipse.emf.ecore.EcorePackage;
import org.innoscape.diagram.description.DescriptionPackage;
import org.innoscape.diagram.description.Descriptions;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.description.LineStyle;
import org.innoscape.diagram.description.NodeMapping;
import org.innoscape.diagram.description.NodeShape;
import org.innoscape.diagram.description.NodeStyle;
import org.innoscape.diagram.description.Rgb;
import org.innoscape.diagram.edit.DiagramCommands;
import org.innoscape.diagram.types.DriverCoverageType;
import org.innoscape.diagram.types.InnoscapeStyles;
import org.innoscape.diagram.types.PathwayLandscapeType;
import org.innoscape.diagram.types.StakeholderNetworkType;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.ViewEdge;
import org.innoscape.diagram.view.ViewNode;
import org.innoscape.model.Actor;
import org.innoscape.model.Diagram;
import org.innoscape.model.Driver;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.PathwayStage;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Relationship;
import org.innoscape.model.RelationshipKind;
import org.junit.jupiter.api.Test;

class MappingTest {
    private final DiagramFixture fixture = new DiagramFixture();

    @Test
    void theBuiltInTypesAreInstalledThroughTheExtensionPoint() {
        DiagramTypes types = DiagramTypes.installed();
        assertEquals(List.of(), types.problems());
        assertTrue(types.find(StakeholderNetworkType.ID).isPresent());
        assertTrue(types.find(PathwayLandscapeType.ID).isPresent());
        assertTrue(types.find(DriverCoverageType.ID).isPresent());
    }

    @Test
    void aNewStakeholderNetworkShowsEveryActorAndRelationship() {
        DiagramView view = fixture.view(fixture.newDiagram(StakeholderNetworkType.ID));
        assertEquals(fixture.system.getActors().size(), view.roots().size());
        long relationshipEdges = view.edges().stream().filter(e -> e.element() instanceof Relationship).count();
        long drawable = fixture.system.getRelationships().stream()
                .filter(r -> r.getSource() != null && r.getTarget() != null).count();
        assertEquals(drawable, relationshipEdges);
        long memberships = fixture.system.getActors().stream().mapToLong(a -> a.getMemberOf().size()).sum();
        assertEquals(memberships, view.edges().stream()
                .filter(e -> StakeholderNetworkType.MEMBER_OF.equals(e.mapping().getId())).count());
    }

    @Test
    void theInitiativesLayerAddsInitiativesAndTheirTargetGroups() {
        Diagram diagram = fixture.newDiagram(StakeholderNetworkType.ID);
        int before = fixture.view(diagram).roots().size();
        fixture.execute(DiagramCommands.setLayerEnabled(fixture.domain, diagram,
                StakeholderNetworkType.INITIATIVES_LAYER, true));
        DiagramView view = fixture.view(diagram);
        long initiatives = fixture.system.getInitiatives().stream()
                .filter(i -> !i.getOwners().isEmpty() && !i.getTargetGroups().isEmpty()).count();
        assertTrue(initiatives > 0, "the example has initiatives with owners and target groups");
        assertEquals(initiatives, view.roots().stream().filter(n -> n.element() instanceof PolicyInitiative).count());
        assertTrue(view.roots().size() > before + initiatives, "target groups are shown too");
        assertTrue(view.edges().stream().anyMatch(e -> "targets".equals(e.mapping().getId())));
        fixture.stack.undo();
        assertEquals(before, fixture.view(diagram).roots().size());
    }

    @Test
    void relationshipsTakeTheFirstMatchingConditionalStyle() {
        DiagramView view = fixture.view(fixture.newDiagram(StakeholderNetworkType.ID));
        ViewEdge funds = view.edges().stream()
                .filter(e -> e.element() instanceof Relationship r && r.getKind() == RelationshipKind.FUNDS).findFirst()
                .orElseThrow();
        assertEquals(2, funds.style().width());
        assertEquals(ArrowHead.CLOSED, funds.style().targetArrow());
        ViewEdge accountable = view.edges().stream()
                .filter(e -> e.element() instanceof Relationship r && r.getKind() == RelationshipKind.ACCOUNTABLE_TO)
                .findFirst().orElseThrow();
        assertEquals(LineStyle.DASH, accountable.style().line());
    }

    @Test
    void conditionalStylesAreOrderedAndFallBackToTheBase() {
        NodeStyle base = NodeStyle.of(NodeShape.RECTANGLE, Rgb.WHITE, Rgb.BLACK);
        NodeStyle actorStyle = base.withFill(Rgb.hex("#ff0000"));
        NodeStyle anything = base.withFill(Rgb.hex("#00ff00"));
        NodeStyle nhsx = base.withFill(Rgb.hex("#0000ff"));
        NodeMapping mapping = Descriptions.nodeMapping("any", EcorePackage.Literals.EOBJECT, base);
        mapping.getStyleRules().add(Descriptions.rule("actors", e -> e instanceof Actor, actorStyle));
        mapping.getStyleRules().add(Descriptions.rule("never reached for actors", e -> true, anything));
        // An extension puts its rule in front to take precedence.
        mapping.getStyleRules().add(0, Descriptions.rule("first", e -> e instanceof Actor a && "NHSX".equals(a.getName()), nhsx));
        Actor actor = fixture.system.getActors().get(0);
        assertEquals(actorStyle, mapping.styleOf(actor));
        assertEquals(anything, mapping.styleOf(fixture.system.getDrivers().get(0)));
        assertEquals(base, mapping.styleOf(null));
        actor.setName("NHSX");
        assertEquals(nhsx, mapping.styleOf(actor));
    }

    @Test
    void descriptionsAreEmfModelsThatAnswerLookupsAndReflection() {
        DiagramDescription network = DiagramFixture.type(StakeholderNetworkType.ID);
        assertEquals(DescriptionPackage.Literals.DIAGRAM_DESCRIPTION, network.eClass());
        NodeMapping actor = network.findNodeMapping(StakeholderNetworkType.ACTOR);
        assertEquals(network, actor.eContainer());
        assertEquals("Actor", actor.eGet(DescriptionPackage.Literals.MAPPING__LABEL));
        assertEquals(List.of(actor), network.findEdgeMapping(StakeholderNetworkType.RELATIONSHIP).getSourceMappings());
        assertEquals(Descriptions.DEFAULT_LAYER, network.getLayers().get(0).getId());
        assertTrue(network.findLayer(StakeholderNetworkType.INITIATIVES_LAYER).isOptional());
        assertEquals(null, network.findFilter("no such filter"));
        DiagramDescription landscape = DiagramFixture.type(PathwayLandscapeType.ID);
        assertEquals(List.of(PathwayLandscapeType.STAGE, PathwayLandscapeType.INITIATIVE, PathwayLandscapeType.UNPLACED,
                PathwayLandscapeType.UNPLACED_INITIATIVE), landscape.allNodeMappings().stream().map(NodeMapping::getId).toList(),
                "parents before children");
        assertTrue(landscape.findNodeMapping(PathwayLandscapeType.STAGE).isContainer());
    }

    @Test
    void actorsAreSizedByInfluence() {
        Actor small = fixture.system.getActors().get(0);
        small.setInfluence(1);
        Actor large = fixture.system.getActors().get(1);
        large.setInfluence(5);
        DiagramView view = fixture.view(fixture.newDiagram(StakeholderNetworkType.ID));
        ViewNode smallNode = view.nodesOf(small).get(0);
        ViewNode largeNode = view.nodesOf(large).get(0);
        assertTrue(largeNode.bounds().width() > smallNode.bounds().width());
        assertEquals(InnoscapeStyles.kindColour(large.getKind()), largeNode.style().fill());
    }

    @Test
    void theLandscapeHasOneLanePerStageAndPutsInitiativesInEveryLaneTheySupport() {
        DiagramView view = fixture.view(fixture.newDiagram(PathwayLandscapeType.ID));
        // A lane per stage, then the lane of the initiatives that state none.
        assertEquals(fixture.system.getStages().size() + 1, view.roots().size());
        assertEquals(fixture.system, view.roots().get(view.roots().size() - 1).element());
        for (ViewNode lane : view.roots().subList(0, fixture.system.getStages().size())) {
            PathwayStage stage = (PathwayStage) lane.element();
            long expected = fixture.system.getInitiatives().stream().filter(i -> i.getStagesSupported().contains(stage))
                    .count();
            assertEquals(expected, lane.children().size(), stage.getName());
            lane.children().forEach(child -> assertTrue(lane.bounds().contains(child.bounds()), child.key()));
        }
        for (int i = 1; i < view.roots().size(); i++) {
            assertTrue(view.roots().get(i).bounds().y() >= view.roots().get(i - 1).bounds().bottom(), "lanes stack");
        }
        PolicyInitiative innovatorsOnly = fixture.system.getInitiatives().stream()
                .filter(i -> i.getFundingRecipients() == FundingRecipients.INNOVATORS && !i.getStagesSupported().isEmpty())
                .findFirst().orElseThrow();
        assertEquals(InnoscapeStyles.INNOVATORS, view.nodesOf(innovatorsOnly).get(0).style().fill());
    }

    @Test
    void aDriverFilterNarrowsTheLandscapeAndCanBeUndone() {
        Diagram diagram = fixture.newDiagram(PathwayLandscapeType.ID);
        int all = fixture.view(diagram).nodes().size();
        Driver driver = fixture.system.getDrivers().get(0);
        fixture.execute(DiagramCommands.setFilter(fixture.domain, diagram, PathwayLandscapeType.DRIVER_FILTER,
                List.of(driver)));
        DiagramView filtered = fixture.view(diagram);
        assertTrue(filtered.nodes().size() < all);
        filtered.nodes().stream().filter(n -> n.element() instanceof PolicyInitiative)
                .forEach(n -> assertTrue(((PolicyInitiative) n.element()).getDriversAddressed().contains(driver)));
        assertEquals(fixture.system.getStages().size() + 1, filtered.roots().size(), "lanes stay, even when empty");
        fixture.stack.undo();
        assertEquals(all, fixture.view(diagram).nodes().size());
    }

    @Test
    void hiddenElementsAreLeftOutUntilShownAgain() {
        Diagram diagram = fixture.newDiagram(PathwayLandscapeType.ID);
        DiagramView view = fixture.view(diagram);
        ViewNode child = view.roots().stream().flatMap(l -> l.children().stream()).findFirst().orElseThrow();
        fixture.execute(DiagramCommands.removeFromDiagram(fixture.domain, view, List.of(child), List.of()));
        assertTrue(fixture.view(diagram).nodesOf(child.element()).isEmpty());
        assertTrue(fixture.system.getInitiatives().contains(child.element()), "the model keeps the element");
        fixture.execute(DiagramCommands.showHidden(fixture.domain, diagram));
        assertFalse(fixture.view(diagram).nodesOf(child.element()).isEmpty());
    }
}
