package org.innoscape.examples.diagram;

import static org.innoscape.diagram.description.Descriptions.between;
import static org.innoscape.diagram.description.Descriptions.layer;
import static org.innoscape.diagram.description.Descriptions.nodeMapping;
import static org.innoscape.diagram.description.Descriptions.relationEdges;
import static org.innoscape.diagram.description.Descriptions.rule;

import java.util.List;

import org.innoscape.diagram.DiagramExtension;
import org.innoscape.diagram.description.ArrowHead;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.description.EdgeStyle;
import org.innoscape.diagram.description.LineStyle;
import org.innoscape.diagram.description.NodeMapping;
import org.innoscape.diagram.description.NodeShape;
import org.innoscape.diagram.description.NodeStyle;
import org.innoscape.diagram.description.RelationEdgeMapping;
import org.innoscape.diagram.description.Rgb;
import org.innoscape.diagram.types.StakeholderNetworkType;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.Recommendation;
import org.innoscape.model.TimeFrame;

/**
 * Adds to the stakeholder network an optional layer with the report's recommendations, each linked
 * to the actors it is addressed to; recommendations for the short term stand out. Written as a team
 * outside the core would write it: only the description model and the extension point.
 */
public final class RecommendationsLayer implements DiagramExtension {
    public static final String LAYER = "example.recommendations";
    public static final String RECOMMENDATION = "example.recommendation";
    public static final String ADDRESSED_TO = "example.addressedTo";

    private static final NodeStyle STYLE = NodeStyle.of(NodeShape.ROUNDED, Rgb.hex("#f2f0f7"), Rgb.hex("#756bb1"))
            .withSize(150, 44).withLabel(Rgb.BLACK, 8, false);

    @Override
    public void extend(DiagramDescription network) {
        network.getLayers().add(layer(LAYER, "Recommendations and whom they address", true, false));

        NodeMapping recommendation = nodeMapping(RECOMMENDATION, InnoscapePackage.Literals.RECOMMENDATION, STYLE);
        recommendation.setLabel("Recommendation");
        recommendation.setLayer(LAYER);
        recommendation.setSynchronizedWithModel(true);
        recommendation.setCandidates(root -> ((InnovationSystem) root).getRecommendations());
        recommendation.setPrecondition(e -> !((Recommendation) e).getAddressedActors().isEmpty());
        recommendation.setLabelText(e -> "Rec " + ((Recommendation) e).getNumber());
        recommendation.getStyleRules().add(rule("short term", e -> ((Recommendation) e).getTimeFrame() == TimeFrame.SHORT,
                STYLE.withFill(Rgb.hex("#bcbddc")).withBorder(Rgb.hex("#54278f"), 2)));
        network.getNodeMappings().add(recommendation);

        NodeMapping actor = network.findNodeMapping(StakeholderNetworkType.ACTOR);
        RelationEdgeMapping addressedTo = between(relationEdges(ADDRESSED_TO,
                InnoscapePackage.Literals.RECOMMENDATION__ADDRESSED_ACTORS,
                new EdgeStyle(Rgb.hex("#756bb1"), 1, LineStyle.DOT, ArrowHead.NONE, ArrowHead.OPEN)),
                List.of(recommendation), List.of(actor));
        addressedTo.setLabel("Addressed to");
        addressedTo.setLayer(LAYER);
        network.getEdgeMappings().add(addressedTo);
    }
}
