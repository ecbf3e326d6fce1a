package org.innoscape.analysis.alignment;

import java.util.ArrayList;
import java.util.List;

import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisContext;
import org.innoscape.analysis.AnalysisDescriptor;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.Severity;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.StakeholderGroup;
import org.innoscape.model.values.Wording;

/** Stakeholder groups that no current initiative targets. */
public class TargetGroupsRule implements Analysis {
    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("alignment.target-groups", "Target groups",
            "Finds stakeholder groups (e.g. adopters, patients and the public) that no current initiative targets. The "
                    + "mapping calls for support aimed at adopters (B observation 1); the report for involving patients "
                    + "and the public across the pathway (R Box 5).",
            "Alignment gaps", Severity.WARNING,
            List.of(Initiatives.INCLUDE_PLANNED_PARAMETER));

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(AnalysisContext context) {
        List<PolicyInitiative> current = Initiatives.current(context.model(), context.parameters().bool(Initiatives.INCLUDE_PLANNED));
        List<Finding> findings = new ArrayList<>();
        for (StakeholderGroup group : context.model().getStakeholderGroups()) {
            if (current.stream().noneMatch(i -> i.getTargetGroups().contains(group))) {
                findings.add(Finding.of(DESCRIPTOR, "No current initiative targets " + Wording.inSentence(group.getName())).subject(group)
                        .explanation("None of the " + current.size() + " current initiatives lists this group among its target groups.")
                        .fix("Record the initiatives that serve this group, or consider support for it.").build());
            }
        }
        return findings;
    }
}
