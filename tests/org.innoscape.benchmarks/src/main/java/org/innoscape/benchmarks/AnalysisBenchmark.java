package org.innoscape.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.alignment.DriverCoverageRule;
import org.innoscape.analysis.alignment.FocusRule;
import org.innoscape.analysis.alignment.FundingRecipientsRule;
import org.innoscape.analysis.alignment.MeasurementRule;
import org.innoscape.analysis.alignment.RapidEvaluationRule;
import org.innoscape.analysis.alignment.StageCoverageRule;
import org.innoscape.analysis.alignment.StructureRule;
import org.innoscape.analysis.alignment.TargetGroupsRule;
import org.innoscape.analysis.alignment.UnimplementedRecommendationsRule;
import org.innoscape.analysis.landscape.LandscapeCalculator;
import org.innoscape.analysis.network.ActorNetwork;
import org.innoscape.analysis.network.NetworkMetrics;
import org.innoscape.model.InnovationSystem;

/**
 * Times (1) all alignment rules plus the landscape summary on a model with 10,000 initiatives and
 * 5,000 actors, and (2) all network metrics on 5,000 actors and 20,000 relationships. Two warm-up
 * rounds, then five measured ones; prints median and worst.
 * Run: ./mvnw -B verify -Pbenchmark -DskipTests (see docs/performance.md).
 */
public final class AnalysisBenchmark {
    private static final int WARMUP = 2;
    private static final int ROUNDS = 5;

    public static void main(String[] args) {
        // 5,000 actors, 20,000 relationships, 10,000 initiatives: SyntheticModels' 20/40/40 split of 25,000 plus
        // extra relationships, so both targets are met by one model.
        InnovationSystem model = SyntheticModels.generate(25_000, 11, 5_000, 20_000, 10_000);
        System.out.println(rules(model));
        System.out.println(network(model));
    }

    static List<Analysis> alignmentRules() {
        return List.of(new StageCoverageRule(), new FundingRecipientsRule(), new DriverCoverageRule(), new FocusRule(),
                new RapidEvaluationRule(), new TargetGroupsRule(), new UnimplementedRecommendationsRule(), new MeasurementRule(),
                new StructureRule());
    }

    static String rules(InnovationSystem model) {
        double[] millis = new double[ROUNDS];
        long findings = 0;
        for (int round = -WARMUP; round < ROUNDS; round++) {
            long start = System.nanoTime();
            AnalysisResult result = AnalysisRunner.run(model, alignmentRules(), Map.of(), new NullProgressMonitor());
            LandscapeCalculator.summarise(model);
            if (round >= 0) {
                millis[round] = (System.nanoTime() - start) / 1e6;
            }
            findings = result.findings().size();
        }
        return String.format("all alignment rules + landscape summary, %,d initiatives, %,d actors: median %.0f ms, worst %.0f ms (%,d findings)",
                model.getInitiatives().size(), model.getActors().size(), ModelPersistenceBenchmark.median(millis),
                ModelPersistenceBenchmark.max(millis), findings);
    }

    static String network(InnovationSystem model) {
        double[] millis = new double[ROUNDS];
        List<Integer> articulation = new ArrayList<>();
        for (int round = -WARMUP; round < ROUNDS; round++) {
            long start = System.nanoTime();
            ActorNetwork network = ActorNetwork.of(model, false);
            NetworkMetrics metrics = NetworkMetrics.compute(network, true);
            if (round >= 0) {
                millis[round] = (System.nanoTime() - start) / 1e6;
            }
            int count = 0;
            for (boolean point : metrics.articulation()) {
                count += point ? 1 : 0;
            }
            articulation.add(count);
        }
        return String.format("network metrics (degree, betweenness, closeness, eigenvector, components, articulation points), "
                + "%,d actors, %,d relationships: median %.0f ms, worst %.0f ms", model.getActors().size(),
                model.getRelationships().size(), ModelPersistenceBenchmark.median(millis), ModelPersistenceBenchmark.max(millis));
    }

    private AnalysisBenchmark() {
    }
}
