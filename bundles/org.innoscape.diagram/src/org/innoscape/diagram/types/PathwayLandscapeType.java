package org.innoscape.diagram.types;

import static org.innoscape.diagram.description.Descriptions.diagram;
import static org.innoscape.diagram.description.Descriptions.filter;
import static org.innoscape.diagram.description.Descriptions.nodeMapping;
import static org.innoscape.diagram.description.Descriptions.nodeTool;
import static org.innoscape.diagram.description.Descriptions.rule;

import org.innoscape.diagram.DiagramTypeProvider;
import org.innoscape.diagram.description.Arrangement;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.description.NodeMapping;
import org.innoscape.diagram.description.NodeShape;
import org.innoscape.diagram.description.NodeStyle;
import org.innoscape.diagram.description.Rgb;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.PathwayStage;
import org.innoscape.model.PathwaySide;
import org.innoscape.model.PolicyInitiative;

/**
 * Innovation pathway landscape: one lane per pathway stage, each initiative in every lane it
 * supports, coloured by whom it funds. Filters narrow it to chosen drivers or owners. An empty
 * lane is a stage no initiative supports: a gap, in plain sight.
 */
public final class PathwayLandscapeType implements DiagramTypeProvider {
    public static final String ID = "org.innoscape.diagram.pathwayLandscape";
    public static final String STAGE = "stage";
    public static final String INITIATIVE = "initiative";
    /** The lane of the initiatives that state no stage, and those initiatives. */
    public static final String UNPLACED = "unplaced";
    public static final String UNPLACED_INITIATIVE = "unplacedInitiative";
    public static final String DRIVER_FILTER = "driver";
    public static final String OWNER_FILTER = "owner";
    private static final InnoscapePackage PKG = InnoscapePackage.eINSTANCE;

    @Override
    public DiagramDescription create() {
        DiagramDescription d = diagram(ID, "Innovation pathway landscape",
                "Initiatives placed in the lanes of the pathway stages they support, coloured by funding recipients.",
                Arrangement.LANES);
        NodeMapping initiative = LaneInitiatives.mapping(INITIATIVE, PKG.getPolicyInitiative_StagesSupported());

        NodeMapping stage = nodeMapping(STAGE, PKG.getPathwayStage(),
                NodeStyle.of(NodeShape.LANE, Rgb.hex("#f7fbff"), Rgb.hex("#9ecae1")).withSize(1000, 64)
                        .withLabel(Rgb.hex("#08306b"), 10, true));
        stage.setLabel("Pathway stage");
        stage.setSynchronizedWithModel(true);
        stage.setCandidates(root -> Queries.system(root).getStages());
        stage.setLabelFeature(PKG.getModelElement_Name());
        stage.getStyleRules().add(rule("adoption side", e -> ((PathwayStage) e).getSide() == PathwaySide.ADOPTION,
                NodeStyle.of(NodeShape.LANE, Rgb.hex("#f7fcf5"), Rgb.hex("#a1d99b")).withSize(1000, 64)
                        .withLabel(Rgb.hex("#00441b"), 10, true)));
        stage.getChildren().add(initiative);
        d.getNodeMappings().add(stage);
        NodeMapping unplaced = LaneInitiatives.unplaced(UNPLACED_INITIATIVE, PKG.getPolicyInitiative_StagesSupported());
        d.getNodeMappings().add(LaneInitiatives.unplacedLane(UNPLACED, "(no stage stated)", PKG.getPolicyInitiative_StagesSupported(),
                unplaced));

        d.getFilters().add(filter(DRIVER_FILTER, "Drivers", system -> system.getDrivers(),
                (e, chosen) -> Queries.anyIn(((PolicyInitiative) e).getDriversAddressed(), chosen), initiative, unplaced));
        d.getFilters().add(filter(OWNER_FILTER, "Owners", Queries::owners,
                (e, chosen) -> Queries.anyIn(((PolicyInitiative) e).getOwners(), chosen), initiative, unplaced));
        d.getNodeTools().add(nodeTool("initiative", "Initiative", initiative, Creations::initiative));
        return d;
    }
}
