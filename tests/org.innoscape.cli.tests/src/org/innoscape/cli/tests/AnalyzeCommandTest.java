package org.innoscape.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.innoscape.analysis.AnalysisRegistry;
import org.innoscape.cli.internal.AnalyzeCommand;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.internal.InnoscapeCli;
import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.model.persistence.ModelStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/** ./innoscape analyze with the analyses installed through the extension point. */
class AnalyzeCommandTest {
    private final InnoscapeCli cli = new InnoscapeCli("test", List.of(new AnalyzeCommand("test", AnalysisRegistry::fromExtensions)));
    private final CapturedConsole captured = new CapturedConsole();

    @TempDir
    Path folder;
    private Path model;

    @BeforeEach
    void writeExample() throws Exception {
        model = folder.resolve("england.innoscape");
        new ModelStore().save(EnglandHealthInnovation2021.build(), model);
    }

    private int analyze(String... arguments) {
        List<String> all = new java.util.ArrayList<>(List.of("analyze"));
        all.addAll(List.of(arguments));
        return cli.run(all, captured.console);
    }

    @Test
    void theCoreAnalysesAreRegisteredThroughTheExtensionPoint() {
        AnalysisRegistry registry = AnalysisRegistry.fromExtensions();
        assertEquals(List.of(), registry.problems());
        var ids = registry.all().stream().map(AnalysisRegistry.Entry::id).toList();
        for (String id : List.of("alignment.stage-coverage", "alignment.funding-recipients", "alignment.driver-coverage",
                "alignment.focus", "alignment.rapid-evaluation", "alignment.target-groups",
                "alignment.unimplemented-recommendations", "alignment.measurement", "alignment.structure",
                "network.single-brokers", "network.fragmentation")) {
            assertTrue(ids.contains(id), id + " in " + ids);
        }
    }

    @Test
    void jsonReportOnStdoutAndExitCodeFollowsFailOn() {
        assertEquals(ExitCode.OK, analyze(model.toString(), "--format", "json"));
        var json = JsonParser.parseString(captured.out()).getAsJsonObject();
        assertTrue(json.getAsJsonArray("findings").size() > 10);
        assertEquals(ExitCode.FINDINGS, new InnoscapeCli("test", List.of(new AnalyzeCommand("test", AnalysisRegistry::fromExtensions)))
                .run(List.of("analyze", model.toString(), "--fail-on", "warning", "--format", "sarif"), new CapturedConsole().console));
    }

    @Test
    void assignmentsAndDashesAreTheUsualConventions() throws Exception {
        // --format=json, -o - (standard output) and MODEL - (standard input) mean what they mean elsewhere.
        CapturedConsole piped = new CapturedConsole(Files.readAllBytes(model));
        assertEquals(ExitCode.OK, cli.run(List.of("analyze", "-", "--format=json", "-o", "-", "--rules=alignment.focus"), piped.console),
                piped.err());
        var json = JsonParser.parseString(piped.out()).getAsJsonObject();
        assertEquals(1, json.getAsJsonArray("analyses").size());
        assertEquals("(standard input)", json.getAsJsonObject("model").get("location").getAsString());
    }

    @Test
    void rulesAndParametersSelectWhatRuns() {
        assertEquals(ExitCode.OK, analyze(model.toString(), "--rules", "alignment.funding-recipients", "--format", "json",
                "--param", "alignment.funding-recipients.max-innovator-only-share=0.9"));
        var json = JsonParser.parseString(captured.out()).getAsJsonObject();
        assertEquals(1, json.getAsJsonArray("analyses").size());
        assertEquals(0, json.getAsJsonArray("findings").size(), "with a 90 % threshold the example is not flagged");
    }

    @Test
    void reportGoesToTheOutputFile() throws Exception {
        Path html = folder.resolve("out/report.html");
        assertEquals(ExitCode.OK, analyze(model.toString(), "--format", "html", "--output", html.toString(), "--mkdirs"));
        assertTrue(Files.readString(html).contains("<h2>Findings</h2>"));
        assertEquals("", captured.out());
        assertTrue(captured.err().contains("Report written to"));
    }

    @Test
    void usageErrorsExitTwoAndWriteNothing() {
        Path output = folder.resolve("never.json");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, analyze(model.toString(), "--param", "alignment.focus.colour=red",
                "--output", output.toString()));
        assertTrue(captured.err().contains("has no parameter 'colour'"), captured.err());
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, analyze(model.toString(), "--rules", "nope", "--output", output.toString()));
        assertTrue(captured.err().contains("no analysis 'nope'"), captured.err());
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, analyze(model.toString(), "--format", "pdf"));
        assertTrue(captured.err().contains("unknown format 'pdf'"), captured.err());
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, analyze(model.toString(), "--fail-on", "sometimes"));
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, analyze());
        assertFalse(Files.exists(output), "nothing is written on a usage error");
    }

    @Test
    void unreadableModelExitsTwo() throws Exception {
        Path broken = folder.resolve("broken.innoscape");
        Files.writeString(broken, "not xml");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, analyze(broken.toString()));
        assertTrue(captured.err().contains(broken + ":1:"), captured.err());
    }

    @Test
    void listRulesShowsParameters() {
        assertEquals(ExitCode.OK, analyze("--list-rules"));
        assertTrue(captured.out().contains("--param alignment.funding-recipients.max-innovator-only-share=0.5"), captured.out());
    }

    /** Keys, severities and file names are locale-independent: a Turkish default locale lower-cases "I" to a dotless "ı". */
    @Test
    void reportKeysAreTheSameUnderATurkishDefaultLocale() {
        java.util.Locale previous = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
        try {
            assertEquals(ExitCode.OK, analyze(model.toString(), "--format", "json", "--fail-on", "never"));
            String out = captured.out();
            assertTrue(out.contains("\"info\"") || out.contains("\"warning\""), "severities in ASCII");
            assertFalse(out.contains("\u0131"), "no dotless i anywhere in the report");
            assertEquals(ExitCode.OK, analyze(model.toString(), "--fail-on", "never", "--format", "sarif"));
            assertFalse(captured.out().contains("\u0131"));
        } finally {
            java.util.Locale.setDefault(previous);
        }
    }
}
