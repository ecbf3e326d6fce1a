package org.innoscape.analysis.alignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisContext;
import org.innoscape.analysis.AnalysisDescriptor;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.ParameterDefinition;
import org.innoscape.analysis.Severity;
import org.innoscape.model.ActivityType;
import org.innoscape.model.PathwayStage;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Tristate;

/** Whether any current initiative offers (rapid) evaluation, and how well evaluation stages are covered. */
public class RapidEvaluationRule implements Analysis {
    static final String MIN_EVALUATION = "min-evaluation-initiatives";
    static final String STAGE_WORD = "evaluation-stage-word";

    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("alignment.rapid-evaluation", "Rapid evaluation",
            "Checks that current initiatives offer rapid evaluation and support the evaluation stage. The 2021 mapping found "
                    + "'very few national funding programmes offering specific support' for rapid evaluation (B observation 2).",
            "Alignment gaps", Severity.WARNING,
            List.of(ParameterDefinition.integer(MIN_EVALUATION, "Minimum evaluation initiatives", 3, 0, 1_000_000,
                            "Report when fewer current initiatives support an evaluation stage or offer evaluation."),
                    ParameterDefinition.text(STAGE_WORD, "Evaluation stage word", "evaluation",
                            "Stages whose name contains this word count as evaluation stages."),
                    Initiatives.INCLUDE_PLANNED_PARAMETER));

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(AnalysisContext context) {
        List<PolicyInitiative> current = Initiatives.current(context.model(), context.parameters().bool(Initiatives.INCLUDE_PLANNED));
        String word = context.parameters().text(STAGE_WORD).toLowerCase(Locale.ROOT);
        List<PathwayStage> evaluationStages = context.model().getStages().stream()
                .filter(s -> s.getName() != null && s.getName().toLowerCase(Locale.ROOT).contains(word)).toList();
        List<PolicyInitiative> rapid = current.stream().filter(i -> i.getRapidEvaluation() == Tristate.YES).toList();
        List<PolicyInitiative> evaluating = current.stream()
                .filter(i -> i.getActivityTypes().contains(ActivityType.EVALUATION_AND_EVIDENCE)
                        || i.getStagesSupported().stream().anyMatch(evaluationStages::contains))
                .toList();
        String numbers = String.format("Of %d current initiatives, %d offer rapid evaluation and %d support evaluation "
                + "(an evaluation activity or stage).", current.size(), rapid.size(), evaluating.size());
        List<Finding> findings = new ArrayList<>();
        if (rapid.isEmpty()) {
            findings.add(Finding.of(DESCRIPTOR, "No current initiative offers rapid evaluation").related(evaluating)
                    .explanation(numbers).fix("Consider support for evaluations that give timely results.").build());
        }
        if (evaluating.size() < context.parameters().integer(MIN_EVALUATION)) {
            findings.add(Finding.of(DESCRIPTOR, "Few initiatives support evaluation: " + evaluating.size())
                    .subjects(evaluationStages).related(evaluating).explanation(numbers).build());
        }
        if (findings.isEmpty()) {
            findings.add(Finding.of(DESCRIPTOR, rapid.size() + " current initiatives offer rapid evaluation")
                    .severity(Severity.INFO).related(rapid).explanation(numbers).build());
        }
        return findings;
    }
}
