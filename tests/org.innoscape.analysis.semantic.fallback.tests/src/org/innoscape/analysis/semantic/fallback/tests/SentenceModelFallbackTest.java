package org.innoscape.analysis.semantic.fallback.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.Severity;
import org.innoscape.analysis.duplication.DuplicationAnalysis;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.junit.jupiter.api.Test;

/**
 * This test runtime points ONNX Runtime at an empty folder (see pom.xml), so the sentence model cannot load,
 * as on a platform without its native libraries: meaning is then compared by the token vectors (plain Java),
 * and the report says why, once.
 */
class SentenceModelFallbackTest {

    private static InnovationSystem paraphrases() {
        InnovationSystemBuilder b = new InnovationSystemBuilder("fallback", "Fallback");
        b.initiative("a", "Remote monitoring for heart failure").setDescription("GP practices adopt remote monitoring of heart failure.");
        b.initiative("b", "Telemonitoring in general practice")
                .setDescription("Family doctors take up telemonitoring of cardiac failure patients at home.");
        b.initiative("c", "Genomics laboratories").setDescription("Genome sequencing laboratories for rare diseases.");
        return b.system();
    }

    @Test
    void withoutTheSentenceModelTokenVectorsCompareMeaningAndTheReportSaysWhy() {
        for (String mode : List.of("semantic", "auto")) {
            List<Finding> findings = AnalysisRunner.run(paraphrases(), List.of(new DuplicationAnalysis()),
                    Map.of("duplication.initiatives", Map.of("text", mode, "threshold", "0", "min-text", "0")), new NullProgressMonitor())
                    .findings();
            List<Finding> notes = findings.stream().filter(f -> f.message().startsWith("Similarity of meaning")).toList();
            assertEquals(1, notes.size(), findings.toString());
            assertTrue(notes.get(0).message().startsWith("Similarity of meaning was compared with token vectors, not the sentence model: "
                    + "the sentence-embedding model cannot run on this platform"), notes.get(0).message());
            assertEquals(Severity.INFO, notes.get(0).severity());
            List<Finding> pairs = findings.stream().filter(f -> f.data().containsKey("meaning")).toList();
            assertEquals(3, pairs.size(), "every pair scored, meaning included: " + findings);
        }
    }

    @Test
    void askedForTokenVectorsNothingIsSaid() {
        List<Finding> findings = AnalysisRunner.run(paraphrases(), List.of(new DuplicationAnalysis()),
                Map.of("duplication.initiatives", Map.of("text", "token-vectors", "threshold", "0", "min-text", "0")), new NullProgressMonitor())
                .findings();
        assertTrue(findings.stream().noneMatch(f -> f.message().startsWith("Similarity of meaning")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.data().containsKey("meaning")));
    }
}
