package org.innoscape.examples.analysis;

import java.util.List;

import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisContext;
import org.innoscape.analysis.AnalysisDescriptor;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.ParameterDefinition;
import org.innoscape.analysis.Severity;
import org.innoscape.model.ActivityType;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Tristate;

/**
 * An example of an analysis written outside Innoscape's core: initiatives that fund adopters but
 * give them no implementation help (training or evaluation). The 2021 mapping argues that spread
 * programmes should build adopter capability and provide implementation support, such as staff
 * training and evaluation (B observation 1).
 */
public class AdopterImplementationSupport implements Analysis {
    static final String REQUIRE_EVALUATION = "require-evaluation";

    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("example.adopter-implementation-support",
            "Implementation support for adopters",
            "Initiatives that fund adopters but offer no training and skills support (and, if required, no evaluation "
                    + "support). Motivated by the 2021 mapping's call for implementation support alongside adopter funding.",
            "Examples", Severity.WARNING,
            List.of(ParameterDefinition.bool(REQUIRE_EVALUATION, "Require evaluation support too", false,
                    "Also report adopter-funding initiatives that offer training but no evaluation support.")));

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(AnalysisContext context) {
        boolean requireEvaluation = context.parameters().bool(REQUIRE_EVALUATION);
        return context.model().getInitiatives().stream().filter(AdopterImplementationSupport::fundsAdopters)
                .filter(i -> lacksSupport(i, requireEvaluation))
                .map(i -> Finding.of(DESCRIPTOR, i.getName() + " funds adopters but offers no implementation support")
                        .subject(i)
                        .explanation("Its activities are " + i.getActivityTypes() + "; adopters also need help to implement: "
                                + "training" + (requireEvaluation ? " and evaluation" : "") + ".")
                        .fix("Add training and skills support (and evaluation support) for the adopting organisations.")
                        .build())
                .toList();
    }

    private static boolean fundsAdopters(PolicyInitiative initiative) {
        return initiative.getOffersFunding() == Tristate.YES && (initiative.getFundingRecipients() == FundingRecipients.ADOPTERS
                || initiative.getFundingRecipients() == FundingRecipients.BOTH);
    }

    private static boolean lacksSupport(PolicyInitiative initiative, boolean requireEvaluation) {
        boolean training = initiative.getActivityTypes().contains(ActivityType.TRAINING_AND_SKILLS);
        boolean evaluation = initiative.getActivityTypes().contains(ActivityType.EVALUATION_AND_EVIDENCE);
        return !training || (requireEvaluation && !evaluation);
    }
}
