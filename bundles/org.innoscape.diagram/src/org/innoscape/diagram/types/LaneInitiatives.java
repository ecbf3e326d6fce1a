package org.innoscape.diagram.types;

import static org.innoscape.diagram.description.Descriptions.nodeMapping;

import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.innoscape.diagram.description.NodeMapping;
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
