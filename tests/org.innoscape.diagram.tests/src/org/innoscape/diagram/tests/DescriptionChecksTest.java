package org.innoscape.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.innoscape.diagram.DescriptionChecks;
import org.innoscape.diagram.description.Arrangement;
import org.innoscape.diagram.description.DescriptionFactory;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.description.Descriptions;
import org.innoscape.diagram.description.NodeMapping;
import org.innoscape.diagram.description.NodeShape;
import org.innoscape.diagram.description.NodeStyle;
import org.innoscape.diagram.description.RelationEdgeMapping;
import org.innoscape.diagram.description.Rgb;
import org.innoscape.diagram.types.StakeholderNetworkType;
import org.innoscape.model.InnoscapePackage;
import org.junit.jupiter.api.Test;

/** A description broken by an extension is reported, each problem once and by name. */
class DescriptionChecksTest {
    private static final NodeStyle STYLE = NodeStyle.of(NodeShape.RECTANGLE, Rgb.WHITE, Rgb.BLACK);

    @Test
    void theBuiltInTypesAreSound() {
        assertEquals(List.of(), DescriptionChecks.problemsOf(new StakeholderNetworkType().create()));
    }

    @Test
    void duplicateIdsUnknownLayersAndForeignMappingsAreReported() {
        DiagramDescription description = new StakeholderNetworkType().create();
        description.getLayers().add(Descriptions.layer(Descriptions.DEFAULT_LAYER, "Again", false, true));
        NodeMapping twin = Descriptions.nodeMapping(StakeholderNetworkType.ACTOR, InnoscapePackage.Literals.ACTOR, STYLE);
        twin.setLayer("nowhere");
        description.getNodeMappings().add(twin);
        NodeMapping foreign = Descriptions.nodeMapping("foreign", InnoscapePackage.Literals.ACTOR, STYLE);
        Descriptions.diagram("other", "Other", "", Arrangement.FREE).getNodeMappings().add(foreign);
        description.getNodeTools().add(Descriptions.nodeTool("stray", "Stray", foreign, null));

        assertEquals(List.of(
                "diagram type 'org.innoscape.diagram.stakeholderNetwork' has two layers 'default'",
                "diagram type 'org.innoscape.diagram.stakeholderNetwork' has two mappings 'actor'",
                "diagram type 'org.innoscape.diagram.stakeholderNetwork': mapping 'actor' is on the unknown layer 'nowhere'",
                "diagram type 'org.innoscape.diagram.stakeholderNetwork': tool 'stray' creates through a mapping it does not have"),
                DescriptionChecks.problemsOf(description));
    }

    @Test
    void mappingsMadeWithoutWhatDrawingNeedsAreReported() {
        DiagramDescription description = new StakeholderNetworkType().create();
        NodeMapping bare = DescriptionFactory.eINSTANCE.createNodeMapping();
        bare.setId("bare");
        description.getNodeMappings().add(bare);
        RelationEdgeMapping unstyled = DescriptionFactory.eINSTANCE.createRelationEdgeMapping();
        unstyled.setId("unstyled");
        description.getEdgeMappings().add(unstyled);

        assertEquals(List.of(
                "diagram type 'org.innoscape.diagram.stakeholderNetwork': node mapping 'bare' needs a domain class and a base style",
                "diagram type 'org.innoscape.diagram.stakeholderNetwork': edge mapping 'unstyled' needs a base style"),
                DescriptionChecks.problemsOf(description));
    }
}
