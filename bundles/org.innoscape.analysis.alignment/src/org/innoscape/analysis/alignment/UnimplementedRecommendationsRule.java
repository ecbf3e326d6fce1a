package org.innoscape.analysis.alignment;

import java.util.List;

import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisContext;
import org.innoscape.analysis.AnalysisDescriptor;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.Severity;
import org.innoscape.model.Recommendation;

/** Recommendations that no initiative implements. */
public class UnimplementedRecommendationsRule implements Analysis {
    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("alignment.unimplemented-recommendations",
            "Recommendations without an initiative",
            "Lists recommendations that no initiative in the model implements (R Ch 12: 30 recommendations with "
                    + "time frames and addressees).",
            "Alignment gaps", Severity.WARNING, List.of());

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(AnalysisContext context) {
        return context.model().getRecommendations().stream().filter(r -> r.getImplementingInitiatives().isEmpty())
                .map(r -> Finding.of(DESCRIPTOR, label(r) + " has no implementing initiative").subject(r)
                        .related(r.getAddressedActors())
                        .explanation("Recommendation: " + (r.getText() == null ? "(no text)" : r.getText())
                                + (r.getAddressedActors().isEmpty() ? "" : " Addressed to: "
                                        + String.join(", ", r.getAddressedActors().stream().map(a -> a.getName()).toList()) + "."))
                        .fix("Link the initiatives that carry it out, or note that none does yet.").build())
                .toList();
    }

    private static String label(Recommendation recommendation) {
        return recommendation.getName() != null ? recommendation.getName() : "Recommendation " + recommendation.getNumber();
    }
}
