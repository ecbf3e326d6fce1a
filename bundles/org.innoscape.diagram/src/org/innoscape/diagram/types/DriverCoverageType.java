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
import org.innoscape.model.Driver;
import org.innoscape.model.DriverKind;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.PolicyInitiative;

/**
 * Driver coverage map: a lane per driver of innovation holding the initiatives that address it,
 * coloured by whom they fund. An initiative addressing several drivers appears in each of their
 * lanes; a thin or empty lane is a driver the patchwork leaves uncovered. Filters narrow it to
 * chosen owners or pathway stages.
 */
public final class DriverCoverageType implements DiagramTypeProvider {
    public static final String ID = "org.innoscape.diagram.driverCoverage";
    public static final String DRIVER = "driver";
    public static final String INITIATIVE = "initiative";
    /** The lane of the initiatives that address no driver, and those initiatives. */
    public static final String UNPLACED = "unplaced";
    public static final String UNPLACED_INITIATIVE = "unplacedInitiative";
    public static final String OWNER_FILTER = "owner";
    public static final String STAGE_FILTER = "stage";
    private static final InnoscapePackage PKG = InnoscapePackage.eINSTANCE;

    @Override
    public DiagramDescription create() {
        DiagramDescription d = diagram(ID, "Driver coverage map",
                "A lane per driver of innovation with the initiatives that address it.", Arrangement.LANES);
        NodeMapping initiative = LaneInitiatives.mapping(INITIATIVE, PKG.getPolicyInitiative_DriversAddressed());

        NodeMapping driver = nodeMapping(DRIVER, PKG.getDriver(),
                NodeStyle.of(NodeShape.LANE, Rgb.hex("#fff5eb"), Rgb.hex("#fdae6b")).withSize(1000, 64)
                        .withLabel(Rgb.hex("#7f2704"), 10, true));
        driver.setLabel("Driver");
        driver.setSynchronizedWithModel(true);
        driver.setCandidates(root -> Queries.system(root).getDrivers());
        driver.setLabelFeature(PKG.getModelElement_Name());
        driver.getStyleRules().add(rule("cross-cutting theme", e -> ((Driver) e).getKind() == DriverKind.CROSS_CUTTING_THEME,
                NodeStyle.of(NodeShape.LANE, Rgb.hex("#f2f0f7"), Rgb.hex("#bcbddc")).withSize(1000, 64)
                        .withLabel(Rgb.hex("#3f007d"), 10, true)));
        driver.getChildren().add(initiative);
        d.getNodeMappings().add(driver);
        NodeMapping unplaced = LaneInitiatives.unplaced(UNPLACED_INITIATIVE, PKG.getPolicyInitiative_DriversAddressed());
        d.getNodeMappings().add(LaneInitiatives.unplacedLane(UNPLACED, "(no driver stated)", PKG.getPolicyInitiative_DriversAddressed(),
                unplaced));

        d.getFilters().add(filter(OWNER_FILTER, "Owners", Queries::owners,
                (e, chosen) -> Queries.anyIn(((PolicyInitiative) e).getOwners(), chosen), initiative, unplaced));
        d.getFilters().add(filter(STAGE_FILTER, "Pathway stages", system -> system.getStages(),
                (e, chosen) -> Queries.anyIn(((PolicyInitiative) e).getStagesSupported(), chosen), initiative, unplaced));
        d.getNodeTools().add(nodeTool("initiative", "Initiative", initiative, Creations::initiative));
        return d;
    }
}
