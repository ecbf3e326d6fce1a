package org.innoscape.analysis.ui.landscape;

import java.util.ArrayList;
import java.util.List;

import org.innoscape.analysis.landscape.LandscapeCalculator;
import org.innoscape.analysis.landscape.LandscapeSummary;
import org.innoscape.analysis.ui.internal.Messages;
import org.innoscape.diagram.description.Rgb;
import org.innoscape.diagram.types.InnoscapeStyles;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PathwayStage;
import org.innoscape.model.PolicyInitiative;

/**
 * The numbers behind the dashboard's charts: a bar chart is a title, series names and rows of
 * values (one value per series; one series makes plain bars, several make stacked bars).
 */
public record ChartData(String title, List<String> series, List<Rgb> colours, List<Bar> bars) {

    /** The colour of single-series bars: the diagrams' blue. */
    public static final Rgb BARS = InnoscapeStyles.INNOVATORS.shade(-0.25);

    /** One bar: its label and a value per series. */
    public record Bar(String label, long[] values) {
        long total() {
            long sum = 0;
            for (long v : values) {
                sum += v;
            }
            return sum;
        }
    }

    /** Stages × funding recipients, focus, and driver coverage, computed from the model. */
    public static List<ChartData> of(InnovationSystem model) {
        List<ChartData> charts = new ArrayList<>();
        List<FundingRecipients> recipients = List.of(FundingRecipients.INNOVATORS, FundingRecipients.ADOPTERS, FundingRecipients.BOTH,
                FundingRecipients.NONE, FundingRecipients.UNKNOWN);
        List<Bar> stages = new ArrayList<>();
        for (PathwayStage stage : model.getStages()) {
            long[] values = new long[recipients.size()];
            for (PolicyInitiative initiative : model.getInitiatives()) {
                if (initiative.getStagesSupported().contains(stage)) {
                    values[recipients.indexOf(initiative.getFundingRecipients())]++;
                }
            }
            stages.add(new Bar(stage.getName(), values));
        }
        // Like the driver chart's "(no driver stated)", so every initiative is counted somewhere.
        long[] unstaged = new long[recipients.size()];
        for (PolicyInitiative initiative : model.getInitiatives()) {
            if (initiative.getStagesSupported().isEmpty()) {
                unstaged[recipients.indexOf(initiative.getFundingRecipients())]++;
            }
        }
        stages.add(new Bar(Messages.ChartData_noStage, unstaged));
        // The colours of the diagrams, so a reader learns one code for whom an initiative funds.
        charts.add(new ChartData(Messages.ChartData_byStage,
                List.of(Messages.ChartData_innovators, Messages.ChartData_adopters, Messages.ChartData_both, Messages.ChartData_noFunding,
                        Messages.ChartData_notStated),
                List.of(InnoscapeStyles.INNOVATORS, InnoscapeStyles.ADOPTERS, InnoscapeStyles.BOTH, InnoscapeStyles.NO_FUNDING,
                        InnoscapeStyles.UNKNOWN_FUNDING),
                stages));
        LandscapeSummary summary = LandscapeCalculator.summarise(model);
        charts.add(single(Messages.ChartData_focus, summary.section("focus"))); //$NON-NLS-1$
        charts.add(single(Messages.ChartData_drivers, summary.section("drivers"))); //$NON-NLS-1$
        return charts;
    }

    /** The known budgets of all initiatives, totalled per currency ("EUR 2,000,000; GBP 5,000,000"), or "". */
    public static String knownBudgets(InnovationSystem model) {
        return LandscapeCalculator.summarise(model).section("overview").rows().get(0).budgetText(); //$NON-NLS-1$
    }

    private static ChartData single(String title, LandscapeSummary.Section section) {
        return new ChartData(title, List.of(Messages.ChartData_initiatives), List.of(BARS),
                section.rows().stream().map(r -> new Bar(r.label(), new long[] {r.count()})).toList());
    }
}
