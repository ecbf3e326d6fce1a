package org.innoscape.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.innoscape.analysis.AnalysisRegistry;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.Parameters;
import org.innoscape.analysis.Severity;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.junit.jupiter.api.Test;

class FrameworkTest {

    static InnovationSystem model() {
        InnovationSystemBuilder b = new InnovationSystemBuilder("framework", "Framework test");
        b.initiative("short", "Short");
        b.initiative("long", "A rather long programme name");
        return b.system();
    }

    /** A finding's figures keep the rule's order, read like any map, and cannot be changed. */
    @Test
    void findingFiguresKeepTheirOrderAndCannotBeChanged() {
        var finding = org.innoscape.analysis.Finding.of(TestAnalyses.LongNames.DESCRIPTOR, "m").data("zeta", 1).data("alpha", "a")
                .data("mid", List.of("x", "y")).data("alpha", "again").build();
        Map<String, Object> data = finding.data();
        assertEquals(List.of("zeta", "alpha", "mid"), List.copyOf(data.keySet()), "the order given; a figure given twice keeps its place");
        assertEquals("again", data.get("alpha"));
        assertEquals(null, data.get("nosuch"));
        assertTrue(data.containsKey("mid"));
        java.util.Map<String, Object> same = new java.util.LinkedHashMap<>();
        same.put("zeta", 1);
        same.put("alpha", "again");
        same.put("mid", List.of("x", "y"));
        assertEquals(same, data);
        assertEquals(same.hashCode(), data.hashCode());
        assertThrows(UnsupportedOperationException.class, () -> data.put("new", 2));
        assertThrows(UnsupportedOperationException.class, () -> data.remove("zeta"));
        assertThrows(UnsupportedOperationException.class, () -> data.entrySet().iterator().next().setValue(3));
        assertEquals(finding, org.innoscape.analysis.Finding.of(TestAnalyses.LongNames.DESCRIPTOR, "m").data("zeta", 1)
                .data("alpha", "again").data("mid", List.of("x", "y")).build());
    }

    @Test
    void defaultsApplyAndGivenValuesOverride() {
        var descriptor = TestAnalyses.LongNames.DESCRIPTOR;
        assertEquals(10, Parameters.defaults(descriptor).integer("max-length"));
        assertEquals(40, Parameters.of(descriptor, Map.of("max-length", "40")).integer("max-length"));
        assertEquals(Map.of("max-length", 40), Parameters.of(descriptor, Map.of("max-length", "40")).effective());
    }

    @Test
    void badParametersAreExplained() {
        var descriptor = TestAnalyses.LongNames.DESCRIPTOR;
        var unknown = assertThrows(IllegalArgumentException.class, () -> Parameters.of(descriptor, Map.of("colour", "red")));
        assertEquals("the analysis test.long-names has no parameter 'colour'", unknown.getMessage());
        var notNumber = assertThrows(IllegalArgumentException.class, () -> Parameters.of(descriptor, Map.of("max-length", "ten")));
        assertEquals("parameter test.long-names.max-length: expected a whole number, got 'ten'", notNumber.getMessage());
        var outOfRange = assertThrows(IllegalArgumentException.class, () -> Parameters.of(descriptor, Map.of("max-length", "0")));
        assertTrue(outOfRange.getMessage().endsWith("expected a value from 1 to 100, got 0"), outOfRange.getMessage());
    }

    /** A decimal is read as people write it; what only Java reads as a number (hex, a type suffix, NaN) is refused. */
    @Test
    void aDecimalIsANumberAsPeopleWriteIt() {
        assertEquals(0.25, org.innoscape.analysis.ParameterType.DECIMAL.parse(" .25 "));
        assertEquals(-1500.0, org.innoscape.analysis.ParameterType.DECIMAL.parse("-1.5e3"));
        for (String notWritten : List.of("0x1p-2", "0.25f", "NaN", "Infinity", "1e999", "")) {
            var refused = assertThrows(IllegalArgumentException.class, () -> org.innoscape.analysis.ParameterType.DECIMAL.parse(notWritten));
            assertTrue(refused.getMessage().contains("got '" + notWritten + "'"), refused.getMessage());
        }
    }

    /** A choice takes one of its values in any case, keeps it in lower case, and names the values when given another. */
    @Test
    void aChoiceTakesOnlyItsValues() {
        var mode = org.innoscape.analysis.ParameterDefinition.choice("mode", "Mode", "fast", List.of("fast", "exact"), "How.");
        var descriptor = new org.innoscape.analysis.AnalysisDescriptor("test.choice", "Choice", "Chooses.", "Test",
                org.innoscape.analysis.Severity.INFO, List.of(mode));
        assertEquals("exact", Parameters.of(descriptor, Map.of("mode", " EXACT ")).text("mode"));
        assertEquals("fast", Parameters.defaults(descriptor).text("mode"));
        var wrong = assertThrows(IllegalArgumentException.class, () -> Parameters.of(descriptor, Map.of("mode", "quick")));
        assertEquals("parameter test.choice.mode: expected one of fast, exact, got 'quick'", wrong.getMessage());
    }

    @Test
    void runnerUsesParameters() {
        AnalysisResult result = AnalysisRunner.run(model(), List.of(new TestAnalyses.LongNames()), Map.of(), new NullProgressMonitor());
        assertEquals(1, result.findings().size());
        assertEquals(Severity.WARNING, result.worst().orElseThrow());
        AnalysisResult relaxed = AnalysisRunner.run(model(), List.of(new TestAnalyses.LongNames()),
                Map.of("test.long-names", Map.of("max-length", "50")), new NullProgressMonitor());
        assertEquals(0, relaxed.findings().size());
    }

    @Test
    void aFailingAnalysisDoesNotStopTheOthers() {
        AnalysisResult result = AnalysisRunner.run(model(), List.of(new TestAnalyses.Broken(), new TestAnalyses.LongNames()),
                Map.of(), new NullProgressMonitor());
        assertEquals(1, result.failures().size());
        assertEquals("IllegalStateException: deliberately broken", result.failures().get(0).failure());
        assertEquals(1, result.findings().size());
    }

    @Test
    void cancellingStopsTheRun() {
        assertThrows(OperationCanceledException.class, () -> AnalysisRunner.run(model(),
                List.of(new TestAnalyses.SelfCancelling(), new TestAnalyses.LongNames()), Map.of(), new NullProgressMonitor()));
    }

    @Test
    void registryOfGivenAnalysesIsOrderedById() {
        AnalysisRegistry registry = AnalysisRegistry.of(List.of(new TestAnalyses.LongNames(), new TestAnalyses.Broken()));
        assertEquals(List.of("test.broken", "test.long-names"), registry.all().stream().map(AnalysisRegistry.Entry::id).toList());
        assertTrue(registry.find("test.long-names").isPresent());
        assertTrue(registry.find("nothing").isEmpty());
    }
}
