package org.innoscape.analysis.alignment;

import java.util.List;

import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisContext;
import org.innoscape.analysis.AnalysisDescriptor;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.Severity;
import org.innoscape.model.IndicatorCategory;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Tristate;
import org.innoscape.model.values.Wording;

/** Initiatives with no outcome or impact indicator and no evaluation. */
public class MeasurementRule implements Analysis {
    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("alignment.measurement", "Measurement",
            "Lists initiatives that measure no outcome or impact and have not been evaluated. The report recommends setting "
                    + "success metrics at the start (R Box 7, Rec 24) and measuring outcomes and impacts (R Box 8, Recs 28-30).",
            "Alignment gaps", Severity.INFO, List.of());

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(AnalysisContext context) {
        return context.model().getInitiatives().stream().filter(MeasurementRule::unmeasured)
                .map(i -> Finding.of(DESCRIPTOR, i.getName() + " measures no outcome or impact and has no evaluation").subject(i)
                        .explanation("It has " + i.getIndicators().size() + " indicator(s), none of them an outcome or impact "
                                + "indicator, and 'evaluated' is " + Wording.of(i.getEvaluated()) + ".")
                        .fix("Add the outcome or impact indicators it reports on, or record its evaluation.").build())
                .toList();
    }

    private static boolean unmeasured(PolicyInitiative initiative) {
        boolean outcome = initiative.getIndicators().stream()
                .anyMatch(x -> x.getCategory() == IndicatorCategory.OUTCOME || x.getCategory() == IndicatorCategory.IMPACT);
        return !outcome && initiative.getEvaluated() != Tristate.YES;
    }
}
