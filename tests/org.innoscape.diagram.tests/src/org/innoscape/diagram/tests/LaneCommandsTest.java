package org.innoscape.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.innoscape.diagram.description.NodeCreationTool;
import org.innoscape.diagram.edit.DiagramCommands;
import org.innoscape.diagram.edit.LaneCommands;
import org.innoscape.diagram.types.DriverCoverageType;
import org.innoscape.diagram.types.PathwayLandscapeType;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.ViewNode;
import org.innoscape.model.Driver;
import org.innoscape.model.PathwayStage;
import org.innoscape.model.PolicyInitiative;
import org.junit.jupiter.api.Test;

/** Lanes stand for model elements: creating in a lane and dragging between lanes change the model. */
class LaneCommandsTest {
    private final DiagramFixture fixture = new DiagramFixture();

    @Test
    void theDriverCoverageMapHasALanePerDriverHoldingTheInitiativesThatAddressIt() {
        DiagramView view = fixture.view(fixture.newDiagram(DriverCoverageType.ID));
        List<ViewNode> driverLanes = view.roots().subList(0, fixture.system.getDrivers().size());
        assertEquals(fixture.system.getDrivers(), driverLanes.stream().map(ViewNode::element).toList());
        ViewNode unplaced = view.roots().get(view.roots().size() - 1);
        assertEquals("(no driver stated)", unplaced.label());
        assertEquals(fixture.system.getInitiatives().stream().filter(i -> i.getDriversAddressed().isEmpty()).toList(),
                unplaced.children().stream().map(ViewNode::element).toList(), "the initiatives that address no driver");
        for (ViewNode lane : driverLanes) {
            Driver driver = (Driver) lane.element();
            List<PolicyInitiative> addressing = fixture.system.getInitiatives().stream()
                    .filter(i -> i.getDriversAddressed().contains(driver)).toList();
            assertEquals(addressing, lane.children().stream().map(ViewNode::element).toList(), driver.getName());
            lane.children().forEach(child -> assertTrue(lane.bounds().contains(child.bounds()), "inside its lane"));
        }
        assertTrue(view.edges().isEmpty());
    }

    @Test
    void anInitiativeCreatedInADriverLaneAddressesThatDriverInOneUndoableStep() {
        DiagramView view = fixture.view(fixture.newDiagram(DriverCoverageType.ID));
        ViewNode lane = view.roots().get(2);
        NodeCreationTool tool = view.description().getNodeTools().get(0);
        int initiatives = fixture.system.getInitiatives().size();
        fixture.execute(DiagramCommands.createNode(fixture.domain, view, tool, lane, lane.bounds().centerX(),
                lane.bounds().centerY()));
        PolicyInitiative created = fixture.system.getInitiatives().get(initiatives);
        assertEquals(List.of(lane.element()), created.getDriversAddressed());
        fixture.stack.undo();
        assertEquals(initiatives, fixture.system.getInitiatives().size());
    }

    @Test
    void draggingAnInitiativeToAnotherStageLaneMovesItsSupportAndUndoPutsItBack() {
        DiagramView view = fixture.view(fixture.newDiagram(PathwayLandscapeType.ID));
        ViewNode child = view.roots().stream().flatMap(l -> l.children().stream())
                .filter(c -> ((PolicyInitiative) c.element()).getStagesSupported().size() < view.roots().size())
                .findFirst().orElseThrow();
        PolicyInitiative initiative = (PolicyInitiative) child.element();
        ViewNode target = view.roots().stream()
                .filter(l -> !initiative.getStagesSupported().contains(l.element())).findFirst().orElseThrow();
        List<PathwayStage> before = List.copyOf(initiative.getStagesSupported());

        fixture.execute(LaneCommands.moveToLane(fixture.domain, List.of(child), target, false));
        assertTrue(initiative.getStagesSupported().contains(target.element()));
        assertFalse(initiative.getStagesSupported().contains(child.parent().element()), "left the old lane");
        assertEquals(before.size(), initiative.getStagesSupported().size());
        fixture.stack.undo();
        assertEquals(before, initiative.getStagesSupported());

        fixture.execute(LaneCommands.moveToLane(fixture.domain, List.of(child), target, true));
        assertTrue(initiative.getStagesSupported().containsAll(before), "kept the old lane too");
        assertTrue(initiative.getStagesSupported().contains(target.element()));
    }

    @Test
    void initiativesThatStateNoStageHaveALaneOfTheirOwnWhichTheyLeaveForAStageAndBack() {
        var diagram = fixture.newDiagram(PathwayLandscapeType.ID);
        DiagramView view = fixture.view(diagram);
        ViewNode unplaced = view.roots().stream().filter(l -> l.element() == fixture.system).findFirst().orElseThrow();
        assertEquals("(no stage stated)", unplaced.label());
        long stageless = fixture.system.getInitiatives().stream().filter(i -> i.getStagesSupported().isEmpty()).count();
        assertTrue(stageless > 0);
        assertEquals(stageless, unplaced.children().size(), "every initiative that states no stage is on the diagram");
        PolicyInitiative initiative = (PolicyInitiative) unplaced.children().get(0).element();
        ViewNode stage = view.roots().get(0);

        fixture.execute(LaneCommands.moveToLane(fixture.domain, List.of(unplaced.children().get(0)), stage, false));
        assertEquals(List.of(stage.element()), initiative.getStagesSupported());

        DiagramView after = fixture.view(diagram);
        ViewNode inStage = after.nodesOf(initiative).get(0);
        ViewNode unplacedAgain = after.roots().stream().filter(l -> l.element() == fixture.system).findFirst().orElseThrow();
        fixture.execute(LaneCommands.moveToLane(fixture.domain, List.of(inStage), unplacedAgain, false));
        assertEquals(List.of(), initiative.getStagesSupported(), "dragged into the lane of the unplaced, it leaves its stage");
    }

    @Test
    void droppingIntoItsOwnLaneOrAForeignContainerChangesNothing() {
        DiagramView view = fixture.view(fixture.newDiagram(PathwayLandscapeType.ID));
        ViewNode child = view.roots().stream().flatMap(l -> l.children().stream()).findFirst().orElseThrow();
        Command same = LaneCommands.moveToLane(fixture.domain, List.of(child), child.parent(), false);
        assertFalse(same.canExecute());
        DiagramView coverage = fixture.view(fixture.newDiagram(DriverCoverageType.ID));
        assertFalse(LaneCommands.moveToLane(fixture.domain, List.of(child), coverage.roots().get(0), false).canExecute(),
                "a stage lane's initiative does not go into a driver lane of another diagram type");
    }
}
