package org.innoscape.diagram.types;

import static org.innoscape.diagram.description.Descriptions.nodeMapping;

import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.innoscape.diagram.description.NodeMapping;
import org.innoscape.diagram.description.NodeShape;
import org.innoscape.diagram.description.NodeStyle;
import org.innoscape.diagram.description.Rgb;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.PolicyInitiative;

/**
 * Initiatives shown inside lanes (stages in the landscape, drivers in the coverage map): each one in
 * every lane its {@code membership} reference names, coloured by whom it funds.
 */
final class LaneInitiatives {
    private static final InnoscapePackage PKG = InnoscapePackage.eINSTANCE;

    private LaneInitiatives() {
    }

    /**
     * The initiatives whose {@code membership} is empty, for a lane of their own ("no stage stated"),
     * so that nothing the model holds is missing from the diagram. Dragged into a proper lane they get
     * its element; dragged from one into this lane they leave it.
     */
    static NodeMapping unplaced(String id, EReference membership) {
        NodeMapping initiative = mapping(id, membership);
        initiative.setCandidates(lane -> Queries.initiatives(lane).stream().filter(i -> ((List<?>) i.eGet(membership)).isEmpty()).toList());
        return initiative;
    }

    /**
     * The lane of the initiatives {@link #unplaced} finds, shown only while there are some; its element is
     * the model itself.
     */
    static NodeMapping unplacedLane(String id, String label, EReference membership, NodeMapping initiatives) {
        NodeMapping lane = nodeMapping(id, PKG.getInnovationSystem(),
                NodeStyle.of(NodeShape.LANE, Rgb.hex("#f6f6f6"), Rgb.hex("#bdbdbd")).withSize(1000, 64).withLabel(Rgb.hex("#424242"), 10, true));
        lane.setLabel(label);
        lane.setSynchronizedWithModel(true);
        lane.setCandidates(root -> Queries.initiatives(root).stream().anyMatch(i -> ((List<?>) i.eGet(membership)).isEmpty())
                ? List.of(Queries.system(root)) : List.of());
        lane.setLabelText(e -> label);
        lane.getChildren().add(initiatives);
        return lane;
    }

    static NodeMapping mapping(String id, EReference membership) {
        NodeMapping initiative = nodeMapping(id, PKG.getPolicyInitiative(),
                InnoscapeStyles.initiative(InnoscapeStyles.UNKNOWN_FUNDING));
        initiative.setLabel("Initiative");
        initiative.setSynchronizedWithModel(true);
        initiative.setCandidates(lane -> Queries.initiatives(lane).stream()
                .filter(i -> ((List<?>) i.eGet(membership)).contains(lane)).toList());
        initiative.setLaneMembership(membership);
        initiative.setLabelText(e -> Queries.shortName(e, ((PolicyInitiative) e).getAcronym()));
        initiative.setLabelFeature(PKG.getModelElement_Name());
        FundingRecipientStyles.apply(initiative);
        return initiative;
    }
}
