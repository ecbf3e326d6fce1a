package org.innoscape.analysis.alignment.tests;

import org.innoscape.model.FundingRecipients;
import org.innoscape.model.PathwayStage;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Tristate;
import org.innoscape.model.build.InnovationSystemBuilder;

/** Initiatives for the rule tests: named "Programme KEY", supporting the template's stages given by key. */
final class TestInitiatives {

    private TestInitiatives() {
    }

    static PolicyInitiative initiative(InnovationSystemBuilder b, String key, String... stageKeys) {
        PolicyInitiative initiative = b.initiative(key, "Programme " + key);
        for (String stage : stageKeys) {
            initiative.getStagesSupported().add(b.get(PathwayStage.class, stage));
        }
        return initiative;
    }

    /** An initiative that offers funding to {@code recipients}. */
    static PolicyInitiative funding(InnovationSystemBuilder b, String key, FundingRecipients recipients) {
        PolicyInitiative initiative = initiative(b, key);
        initiative.setOffersFunding(Tristate.YES);
        initiative.setFundingRecipients(recipients);
        return initiative;
    }
}
