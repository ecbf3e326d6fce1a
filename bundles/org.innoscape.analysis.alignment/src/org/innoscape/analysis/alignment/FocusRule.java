package org.innoscape.analysis.alignment;

import java.util.ArrayList;
import java.util.List;

import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisContext;
import org.innoscape.analysis.AnalysisDescriptor;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.ParameterDefinition;
import org.innoscape.analysis.Severity;
import org.innoscape.model.Focus;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Tristate;

/** Clinical versus non-clinical (administrative and operational) focus, and productivity focus. */
public class FocusRule implements Analysis {
    static final String MIN_NON_CLINICAL_SHARE = "min-non-clinical-share";

    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("alignment.focus",
            "Clinical and administrative focus",
            "Compares initiatives focused solely on clinical innovation with those on non-clinical (administrative and "
                    + "operational) innovation, and counts those with an explicit productivity focus. The 2021 mapping found "
                    + "39 of 75 solely clinical, only 2 solely non-clinical, and 3 with a productivity focus, only one of which "
                    + "covered non-clinical work (B observation 3).",
            "Alignment gaps", Severity.WARNING,
            List.of(ParameterDefinition.decimal(MIN_NON_CLINICAL_SHARE, "Minimum non-clinical share", 0.1, 0, 1,
                    "Report when fewer than this share of initiatives with a stated focus cover non-clinical work (solely or both).")));

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(AnalysisContext context) {
        List<PolicyInitiative> all = context.model().getInitiatives();
        List<PolicyInitiative> clinical = all.stream().filter(i -> i.getFocus() == Focus.CLINICAL).toList();
        List<PolicyInitiative> nonClinical = all.stream().filter(i -> i.getFocus() == Focus.NON_CLINICAL).toList();
        List<PolicyInitiative> both = all.stream().filter(i -> i.getFocus() == Focus.BOTH).toList();
        long stated = clinical.size() + nonClinical.size() + both.size();
        List<PolicyInitiative> productivity = all.stream().filter(i -> i.getProductivityFocus() == Tristate.YES).toList();
        List<PolicyInitiative> productivityNonClinical = productivity.stream()
                .filter(i -> i.getFocus() == Focus.NON_CLINICAL || i.getFocus() == Focus.BOTH).toList();
        String numbers = String.format("Solely clinical: %d; solely non-clinical: %d; both: %d; focus not stated: %d. "
                + "Explicit productivity focus: %d, of which %d cover non-clinical work.", clinical.size(), nonClinical.size(),
                both.size(), all.size() - stated, productivity.size(), productivityNonClinical.size());
        List<Finding> findings = new ArrayList<>();
        // With no focus stated there is no share to judge: 1 is never below the minimum (at most 1).
        double share = stated == 0 ? 1 : (double) (nonClinical.size() + both.size()) / stated;
        if (share < context.parameters().decimal(MIN_NON_CLINICAL_SHARE)) {
            findings.add(Finding.of(DESCRIPTOR, "Little support for administrative and operational innovation: "
                    + (nonClinical.size() + both.size()) + " of " + stated + " initiatives with a stated focus")
                    .related(nonClinical).explanation(numbers)
                    .fix("Consider support for technology in administrative work (referrals, scheduling).").build());
        }
        if (!productivity.isEmpty() && productivityNonClinical.isEmpty()) {
            findings.add(Finding.of(DESCRIPTOR, "No productivity-focused initiative covers non-clinical work").related(productivity)
                    .explanation(numbers).build());
        }
        findings.add(Finding.of(DESCRIPTOR, "Focus of initiatives: " + clinical.size() + " clinical, " + nonClinical.size()
                + " non-clinical, " + both.size() + " both; " + productivity.size() + " with a productivity focus")
                .severity(Severity.INFO).related(productivity).explanation(numbers).build());
        return findings;
    }
}
