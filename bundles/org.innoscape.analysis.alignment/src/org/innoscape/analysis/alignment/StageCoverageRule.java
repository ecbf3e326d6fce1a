package org.innoscape.analysis.alignment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisContext;
import org.innoscape.analysis.AnalysisDescriptor;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.ParameterDefinition;
import org.innoscape.analysis.Severity;
import org.innoscape.model.PathwaySide;
import org.innoscape.model.PathwayStage;
import org.innoscape.model.PolicyInitiative;

/** Stages no current initiative supports, and the balance between the innovation and adoption sides. */
public class StageCoverageRule implements Analysis {
    static final String MIN_ADOPTION_SHARE = "min-adoption-share";

    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("alignment.stage-coverage", "Pathway stage coverage",
            "Finds pathway stages that no current initiative supports, and compares the innovation side (ideas, development) "
                    + "with the adoption and spread side, by number of initiatives and by budget. The 2021 mapping found "
                    + "the balance 'still firmly towards supporting pilots and innovation' (B observation 1); the report "
                    + "calls for support across the whole pathway (R Box 6, Rec 17).",
            "Alignment gaps", Severity.WARNING,
            List.of(ParameterDefinition.decimal(MIN_ADOPTION_SHARE, "Minimum adoption-side share", 0.4, 0, 1,
                            "Report an imbalance when fewer than this share of the initiatives on either side support adoption-side stages."),
                    Initiatives.INCLUDE_PLANNED_PARAMETER));

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(AnalysisContext context) {
        List<PolicyInitiative> current = Initiatives.current(context.model(), context.parameters().bool(Initiatives.INCLUDE_PLANNED));
        List<Finding> findings = new ArrayList<>();
        for (PathwayStage stage : context.model().getStages()) {
            context.checkCanceled();
            if (current.stream().noneMatch(i -> i.getStagesSupported().contains(stage))) {
                findings.add(Finding.of(DESCRIPTOR, "No current initiative supports the stage '" + stage.getName() + "'")
                        .subject(stage)
                        .explanation("None of the " + current.size() + " current initiatives lists this stage among the stages it supports.")
                        .fix("Check whether an initiative supports it but does not say so, or whether support is missing.")
                        .build());
            }
        }
        List<PolicyInitiative> innovation = onSide(current, PathwaySide.INNOVATION);
        List<PolicyInitiative> adoption = onSide(current, PathwaySide.ADOPTION);
        long either = current.stream().filter(i -> innovation.contains(i) || adoption.contains(i)).count();
        // With no initiative on either side there is no balance to judge: a share of 1 is never below the minimum (at most 1).
        double share = either == 0 ? 1 : (double) adoption.size() / either;
        double minimum = context.parameters().decimal(MIN_ADOPTION_SHARE);
        if (share < minimum) {
            findings.add(Finding.of(DESCRIPTOR, "Support leans to the innovation side: " + adoption.size() + " of " + either
                    + " initiatives support adoption or spread")
                    .related(adoption)
                    .explanation(String.format("Innovation side (need, idea, development stages): %d initiatives, budget %s. "
                            + "Adoption side (adoption, spread): %d initiatives, budget %s. The adoption share %s is below the "
                            + "threshold %s.", innovation.size(), budget(innovation), adoption.size(), budget(adoption),
                            Initiatives.percent(adoption.size(), either), Initiatives.percent(Math.round(minimum * 100), 100)))
                    .fix("Consider more support for adopters: implementation support, adopter funding, spread programmes.")
                    .build());
        }
        return findings;
    }

    private static List<PolicyInitiative> onSide(List<PolicyInitiative> initiatives, PathwaySide side) {
        return initiatives.stream().filter(i -> i.getStagesSupported().stream().anyMatch(s -> s.getSide() == side)).toList();
    }

    private static String budget(List<PolicyInitiative> initiatives) {
        BigDecimal sum = BigDecimal.ZERO;
        int known = 0;
        for (PolicyInitiative i : initiatives) {
            if (i.getBudget() != null && i.getBudget().getAmount() != null) {
                sum = sum.add(i.getBudget().getAmount());
                known++;
            }
        }
        return known == 0 ? "not stated" : String.format("%,.0f (known for %d)", sum, known);
    }
}
