package org.innoscape.examples.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.innoscape.diagram.DiagramCreation;
import org.innoscape.diagram.DiagramTypes;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.types.StakeholderNetworkType;
import org.innoscape.diagram.view.DiagramSynchronizer;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.ViewNode;
import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.model.Diagram;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.Recommendation;
import org.innoscape.model.TimeFrame;
import org.junit.jupiter.api.Test;

/** The example plugin extends the built-in stakeholder network through the extension point alone. */
class RecommendationsLayerTest {
    private final InnovationSystem system = EnglandHealthInnovation2021.build();
    private final DiagramDescription network = DiagramTypes.installed().find(StakeholderNetworkType.ID).orElseThrow();

    @Test
    void theExtensionIsInstalledWithoutProblems() {
        assertEquals(List.of(), DiagramTypes.installed().problems());
        assertTrue(network.findLayer(RecommendationsLayer.LAYER).isOptional());
        assertTrue(network.findNodeMapping(RecommendationsLayer.RECOMMENDATION) != null);
    }

    @Test
    void aNewNetworkLeavesTheLayerOffAndSwitchingItOnShowsRecommendationsWithTheirActors() {
        Diagram diagram = DiagramCreation.create(system, network, "Network");
        system.getDiagrams().add(diagram);
        DiagramView off = DiagramSynchronizer.build(system, diagram, network);
        assertTrue(off.roots().stream().noneMatch(n -> n.element() instanceof Recommendation));

        diagram.getEnabledLayers().add(RecommendationsLayer.LAYER);
        DiagramView on = DiagramSynchronizer.build(system, diagram, network);
        List<Recommendation> addressed = system.getRecommendations().stream()
                .filter(r -> !r.getAddressedActors().isEmpty()).toList();
        assertTrue(addressed.size() > 0, "the example has recommendations addressed to actors");
        assertEquals(addressed, on.roots().stream().map(ViewNode::element).filter(Recommendation.class::isInstance).toList());
        long links = addressed.stream().mapToLong(r -> r.getAddressedActors().size()).sum();
        assertEquals(links, on.edges().stream().filter(e -> RecommendationsLayer.ADDRESSED_TO.equals(e.mapping().getId())).count());
        Recommendation shortTerm = addressed.stream().filter(r -> r.getTimeFrame() == TimeFrame.SHORT).findFirst().orElseThrow();
        Recommendation later = addressed.stream().filter(r -> r.getTimeFrame() != TimeFrame.SHORT).findFirst().orElseThrow();
        assertEquals(2, on.nodesOf(shortTerm).get(0).style().borderWidth(), "short-term recommendations stand out");
        assertEquals(1, on.nodesOf(later).get(0).style().borderWidth());
    }
}
