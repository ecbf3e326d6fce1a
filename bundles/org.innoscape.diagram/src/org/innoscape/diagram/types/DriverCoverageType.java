package org.innoscape.diagram.types;

import java.util.Set;

import org.eclipse.emf.edit.command.AddCommand;
import org.innoscape.diagram.DiagramTypeProvider;
import org.innoscape.diagram.description.Arrangement;
import org.innoscape.diagram.description.ArrowHead;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.description.EdgeCreationTool;
import org.innoscape.diagram.description.EdgeStyle;
import org.innoscape.diagram.description.LineStyle;
import org.innoscape.diagram.description.NodeCreationTool;
import org.innoscape.diagram.description.NodeMapping;
import org.innoscape.diagram.description.NodeShape;
import org.innoscape.diagram.description.NodeStyle;
import org.innoscape.diagram.description.RelationEdgeMapping;
import org.innoscape.diagram.description.Rgb;
import org.innoscape.model.Driver;
import org.innoscape.model.DriverKind;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.PolicyInitiative;

/** Driver coverage map: the drivers of innovation and the initiatives that address them. */
public final class DriverCoverageType implements DiagramTypeProvider {
    public static final String ID = "org.innoscape.diagram.driverCoverage";
    public static final String DRIVER = "driver";
    public static final String INITIATIVE = "initiative";
    public static final String ADDRESSES = "addresses";
    private static final InnoscapePackage PKG = InnoscapePackage.eINSTANCE;

    @Override
    public DiagramDescription create() {
        DiagramDescription d = new DiagramDescription(ID, "Driver coverage map",
                "The drivers of innovation and the initiatives that address them.", Arrangement.FREE);
        NodeMapping driver = NodeMapping.of(DRIVER, PKG.getDriver(),
                NodeStyle.of(NodeShape.ELLIPSE, Rgb.hex("#fdae6b"), Rgb.hex("#a63603")).withBorder(Rgb.hex("#a63603"), 2)
                        .withSize(190, 80).withLabel(Rgb.BLACK, 10, true))
                .label("Driver")
                .candidates(root -> Queries.system(root).getDrivers())
                .labelText(e -> ((Driver) e).getName(), PKG.getModelElement_Name());
        driver.styles().when("cross-cutting theme", e -> ((Driver) e).getKind() == DriverKind.CROSS_CUTTING_THEME,
                NodeStyle.of(NodeShape.ELLIPSE, Rgb.hex("#fee6ce"), Rgb.hex("#a63603")).withSize(190, 80)
                        .withLabel(Rgb.BLACK, 10, true));
        d.addNodeMapping(driver);
        NodeMapping initiative = NodeMapping.of(INITIATIVE, PKG.getPolicyInitiative(),
                InnoscapeStyles.initiative(InnoscapeStyles.UNKNOWN_FUNDING))
                .label("Initiative")
                .candidates(Queries::initiatives)
                .labelText(e -> Queries.shortName(e, ((PolicyInitiative) e).getAcronym()), PKG.getModelElement_Name());
        FundingRecipientStyles.apply(initiative.styles());
        d.addNodeMapping(initiative);
        d.addEdgeMapping(RelationEdgeMapping.of(ADDRESSES, PKG.getPolicyInitiative_DriversAddressed(),
                new EdgeStyle(Rgb.hex("#969696"), 1, LineStyle.SOLID, ArrowHead.NONE, ArrowHead.OPEN))
                .label("Addresses").between(Set.of(INITIATIVE), Set.of(DRIVER)));
        d.addTool(new NodeCreationTool("initiative", "Initiative", INITIATIVE, Creations::initiative));
        d.addTool(new EdgeCreationTool("addresses", "Addresses driver", ADDRESSES,
                (source, target) -> source instanceof PolicyInitiative i && target instanceof Driver drv
                        && !i.getDriversAddressed().contains(drv),
                (domain, system, source, target) -> AddCommand.create(domain, source,
                        PKG.getPolicyInitiative_DriversAddressed(), target)));
        return d;
    }
}
