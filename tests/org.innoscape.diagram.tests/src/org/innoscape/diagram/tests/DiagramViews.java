package org.innoscape.diagram.tests;

import org.innoscape.diagram.types.PathwayLandscapeType;
import org.innoscape.diagram.types.StakeholderNetworkType;
import org.innoscape.diagram.view.DiagramView;

/** Views of the example for tests in other packages of this fragment. */
public final class DiagramViews {

    private DiagramViews() {
    }

    public static DiagramView laidOutStakeholderNetwork() {
        DiagramFixture fixture = new DiagramFixture();
        return fixture.view(fixture.newLaidOutDiagram(StakeholderNetworkType.ID));
    }

    public static DiagramView pathwayLandscape() {
        DiagramFixture fixture = new DiagramFixture();
        return fixture.view(fixture.newDiagram(PathwayLandscapeType.ID));
    }
}
