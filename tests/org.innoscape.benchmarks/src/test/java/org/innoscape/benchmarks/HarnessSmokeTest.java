package org.innoscape.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.innoscape.model.validation.ModelValidation;
import org.junit.jupiter.api.Test;

/** Keeps the harness and the generator working; the measurements themselves run with -Pbenchmark. */
class HarnessSmokeTest {

    @Test
    void generatedModelsAreValidAndDeterministic() {
        var model = SyntheticModels.generate(2_000, 7);
        assertEquals(java.util.List.of(), ModelValidation.problems(model).stream().map(d -> d.getMessage()).limit(5).toList());
        assertEquals(400, model.getActors().size());
        assertEquals(800, model.getRelationships().size());
        assertEquals(800, model.getInitiatives().size());
        assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(model, SyntheticModels.generate(2_000, 7)));
    }

    @Test
    void harnessRoundTripsAndReports() throws Exception {
        var result = ModelPersistenceBenchmark.run(1_000);
        assertTrue(result.objects() > 1_000, "budgets and template content count too");
        assertTrue(result.fileBytes() > 10_000);
        assertTrue(result.report().contains("save: median"), result.report());
    }

    @Test
    void analysisHarnessRunsOnASmallModel() {
        var model = SyntheticModels.generate(600, 3, 100, 300, 200);
        assertEquals(100, model.getActors().size());
        assertEquals(300, model.getRelationships().size());
        assertTrue(AnalysisBenchmark.rules(model).contains("200 initiatives"));
        assertTrue(AnalysisBenchmark.network(model).contains("100 actors, 300 relationships"));
    }

    @Test
    void duplicationIndexFindsWhatBruteForceFinds() {
        var figures = DuplicationBenchmark.recall(1_500);
        assertTrue(figures.brutePairs() > 0, figures.toString());
        assertTrue(figures.recall() >= 0.95, figures.toString());
        assertEquals(figures.planted(), figures.plantedFound(), figures.toString());
    }

    @Test
    void importHarnessRunsOnASmallRegister() throws Exception {
        String importFigures = ImportBenchmark.run(500);
        assertTrue(importFigures.contains("(CSV), 500 initiative rows") && importFigures.contains("(XLSX), 500 initiative rows"), importFigures);
    }
}
