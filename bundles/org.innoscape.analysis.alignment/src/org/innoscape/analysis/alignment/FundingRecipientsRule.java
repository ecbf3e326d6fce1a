package org.innoscape.analysis.alignment;

import java.util.List;

import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisContext;
import org.innoscape.analysis.AnalysisDescriptor;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.ParameterDefinition;
import org.innoscape.analysis.Severity;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Tristate;

/** Among initiatives that offer funding: innovators only, adopters only, or both. */
public class FundingRecipientsRule implements Analysis {
    static final String MAX_INNOVATOR_SHARE = "max-innovator-only-share";

    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("alignment.funding-recipients",
            "Funding for innovators and adopters",
            "Counts the initiatives that offer funding by who receives it. The 2021 mapping found 22 of 31 funding "
                    + "programmes supported innovators only and 4 adopters only, and called for more funding for adopters "
                    + "(B observation 1).",
            "Alignment gaps", Severity.WARNING,
            List.of(ParameterDefinition.decimal(MAX_INNOVATOR_SHARE, "Maximum innovator-only share", 0.5, 0, 1,
                    "Report an imbalance when more than this share of funding initiatives (with known recipients) fund innovators only.")));

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(AnalysisContext context) {
        List<PolicyInitiative> funding = context.model().getInitiatives().stream()
                .filter(i -> i.getOffersFunding() == Tristate.YES).toList();
        List<PolicyInitiative> innovators = with(funding, FundingRecipients.INNOVATORS);
        List<PolicyInitiative> adopters = with(funding, FundingRecipients.ADOPTERS);
        List<PolicyInitiative> both = with(funding, FundingRecipients.BOTH);
        long known = innovators.size() + adopters.size() + both.size();
        String numbers = String.format("Of %d initiatives offering funding, %d fund innovators only, %d adopters only and %d both; "
                + "%d do not say who.", funding.size(), innovators.size(), adopters.size(), both.size(), funding.size() - known);
        if (known == 0) {
            return List.of();
        }
        if (adopters.isEmpty() && both.isEmpty()) {
            return List.of(Finding.of(DESCRIPTOR, "No initiative funds adopters").severity(Severity.ERROR).related(innovators)
                    .explanation(numbers).fix("Adoption needs funding too: adopter capability, implementation support, evaluation.")
                    .build());
        }
        double share = (double) innovators.size() / known;
        if (share > context.parameters().decimal(MAX_INNOVATOR_SHARE)) {
            return List.of(Finding.of(DESCRIPTOR, "Funding leans to innovators: " + innovators.size() + " of " + known
                    + " funding initiatives fund innovators only")
                    .related(innovators).explanation(numbers + " The innovator-only share " + Initiatives.percent(innovators.size(), known)
                            + " is above the threshold.")
                    .fix("Consider funding adopters, or both, in new or existing programmes.").build());
        }
        return List.of();
    }

    private static List<PolicyInitiative> with(List<PolicyInitiative> initiatives, FundingRecipients recipients) {
        return initiatives.stream().filter(i -> i.getFundingRecipients() == recipients).toList();
    }
}
