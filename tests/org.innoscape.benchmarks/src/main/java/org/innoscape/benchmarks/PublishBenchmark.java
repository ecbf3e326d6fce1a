package org.innoscape.benchmarks;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.diagram.DiagramCreation;
import org.innoscape.diagram.DiagramTypes;
import org.innoscape.diagram.types.DriverCoverageType;
import org.innoscape.diagram.types.PathwayLandscapeType;
import org.innoscape.diagram.types.StakeholderNetworkType;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.ModelStore;
import org.innoscape.publish.PublishedSite;
import org.innoscape.publish.SitePublisher;

/**
 * Times publishing a model as a web site: the shipped example (three diagrams), and a generated model
 * of 10,000 initiatives with a pathway landscape holding them all. The alignment rules' findings are
 * on the pages; their time is counted apart. Three measured rounds after one warm-up; prints the
 * median, the pages and the size of the site.
 * Run: ./mvnw -B verify -Pbenchmark -DskipTests (see docs/performance.md).
 */
public final class PublishBenchmark {
    private static final int ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        DiagramTypes types = DiagramTypes.of(List.of(new StakeholderNetworkType().create(), new PathwayLandscapeType().create(),
                new DriverCoverageType().create()), List.of());
        System.out.println(run("the England 2021 example", example(), types));
        InnovationSystem large = SyntheticModels.generate(25_000, 7, 5_000, 10_000, 10_000);
        large.getDiagrams().add(DiagramCreation.create(large, new PathwayLandscapeType().create(), "Pathway landscape"));
        System.out.println(run("10,000 initiatives, 5,000 actors, 10,000 relationships", large, types));
    }

    private static String run(String name, InnovationSystem model, DiagramTypes types) throws Exception {
        long analysisStart = System.nanoTime();
        AnalysisResult findings = AnalysisRunner.run(model, AnalysisBenchmark.alignmentRules(), Map.of(), new NullProgressMonitor());
        double analysis = (System.nanoTime() - analysisStart) / 1e6;
        Path folder = Files.createTempDirectory("publish-benchmark");
        double[] millis = new double[ROUNDS];
        PublishedSite site = null;
        for (int round = -1; round < ROUNDS; round++) {
            long start = System.nanoTime();
            site = SitePublisher.publish(model, findings, types, folder.resolve("site"), "Benchmark.", new NullProgressMonitor());
            if (round >= 0) {
                millis[round] = (System.nanoTime() - start) / 1e6;
            }
        }
        long bytes;
        try (var files = Files.walk(site.folder())) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        Arrays.sort(millis);
        return String.format("publish, %s: median %.0f ms, worst %.0f ms (first run in a fresh JVM not counted); %,d pages, %.1f MB;"
                + " alignment findings %.0f ms; %d cores; Java %s", name, millis[ROUNDS / 2], millis[ROUNDS - 1], site.pages(),
                bytes / 1e6, analysis, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    private static InnovationSystem example() throws Exception {
        Path file = Files.createTempFile("england", ".innoscape");
        try (InputStream in = PublishBenchmark.class.getResourceAsStream("/models/england-health-innovation-2021.innoscape")) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return new ModelStore().load(file);
    }
}
