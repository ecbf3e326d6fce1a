package org.innoscape.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.landscape.LandscapeCalculator;
import org.innoscape.analysis.report.AnalysisReport;
import org.innoscape.analysis.report.ReportFormat;
import org.innoscape.model.InnovationSystem;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class ReportTest {

    private static String render(ReportFormat format) throws Exception {
        InnovationSystem model = FrameworkTest.model();
        var result = AnalysisRunner.run(model, List.of(new TestAnalyses.LongNames(), new TestAnalyses.Broken()), Map.of(),
                new NullProgressMonitor());
        var report = new AnalysisReport(model.getName(), "models/test.innoscape", "9.9.9", LandscapeCalculator.summarise(model), result);
        StringWriter out = new StringWriter();
        format.writer().write(report, out);
        return out.toString();
    }

    @Test
    void jsonHasLandscapeAnalysesAndFindings() throws Exception {
        JsonObject json = JsonParser.parseString(render(ReportFormat.JSON)).getAsJsonObject();
        assertEquals("Framework test", json.getAsJsonObject("model").get("name").getAsString());
        assertEquals(2, json.getAsJsonObject("landscape").get("initiatives").getAsInt());
        var findings = json.getAsJsonArray("findings");
        assertEquals(1, findings.size());
        var finding = findings.get(0).getAsJsonObject();
        assertEquals("test.long-names", finding.get("rule").getAsString());
        assertEquals("warning", finding.get("severity").getAsString());
        assertEquals("PolicyInitiative", finding.getAsJsonArray("subjects").get(0).getAsJsonObject().get("kind").getAsString());
        var analyses = json.getAsJsonArray("analyses");
        // analyses are listed in the order they ran: long-names, then broken
        assertEquals(10, analyses.get(0).getAsJsonObject().getAsJsonObject("parameters").get("max-length").getAsInt());
        assertEquals("IllegalStateException: deliberately broken", analyses.get(1).getAsJsonObject().get("failure").getAsString());
    }

    @Test
    void sarifIsVersion210WithRulesAndResults() throws Exception {
        JsonObject sarif = JsonParser.parseString(render(ReportFormat.SARIF)).getAsJsonObject();
        assertEquals("2.1.0", sarif.get("version").getAsString());
        var run = sarif.getAsJsonArray("runs").get(0).getAsJsonObject();
        var rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
        assertEquals(2, rules.size());
        var result = run.getAsJsonArray("results").get(0).getAsJsonObject();
        assertEquals("test.long-names", result.get("ruleId").getAsString());
        assertEquals(0, result.get("ruleIndex").getAsInt());
        assertEquals("warning", result.get("level").getAsString());
        assertEquals("models/test.innoscape", result.getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation").get("uri").getAsString());
        var invocation = run.getAsJsonArray("invocations").get(0).getAsJsonObject();
        assertFalse(invocation.get("executionSuccessful").getAsBoolean(), "an analysis failed");
    }

    @Test
    void htmlIsSelfContainedEscapedAndHasCharts() throws Exception {
        String html = render(ReportFormat.HTML);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), "charts are inline SVG");
        assertTrue(html.contains("is long &lt;28&gt;"), "finding text is escaped");
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "no external resources");
        assertTrue(html.contains("The analysis test.broken failed"));
    }

    @Test
    void markdownAndTextListTheFindings() throws Exception {
        String markdown = render(ReportFormat.MARKDOWN);
        assertTrue(markdown.contains("| test.long-names | 'A rather long programme name' is long &lt;28&gt; |"), markdown);
        String text = render(ReportFormat.TEXT);
        assertTrue(text.contains("warning [test.long-names] 'A rather long programme name' is long <28>"), text);
        assertTrue(text.contains("failed [test.broken] IllegalStateException: deliberately broken"), text);
    }

    @Test
    void landscapeCountsFromTheModel() {
        var summary = LandscapeCalculator.summarise(FrameworkTest.model());
        assertEquals(2, summary.count("overview", "Initiatives"));
        assertEquals(2, summary.count("overview", "With no owner"));
        assertEquals(0, summary.count("overview", "Offering funding"));
    }

    /** Budgets in different currencies are totalled per currency, never added together, in every format. */
    @Test
    void budgetsAreTotalledPerCurrency() throws Exception {
        InnovationSystem model = FrameworkTest.model();
        String[][] budgets = {{"5000000", "GBP"}, {"2000000", "EUR"}};
        for (int i = 0; i < 2; i++) {
            var budget = org.innoscape.model.InnoscapeFactory.eINSTANCE.createBudget();
            budget.setAmount(new java.math.BigDecimal(budgets[i][0]));
            budget.setCurrency(budgets[i][1]);
            model.getInitiatives().get(i).setBudget(budget);
        }
        var summary = LandscapeCalculator.summarise(model);
        var all = summary.section("overview").rows().get(0);
        assertEquals(Map.of("GBP", new java.math.BigDecimal("5000000"), "EUR", new java.math.BigDecimal("2000000")), all.budgets());
        assertEquals("EUR 2,000,000; GBP 5,000,000", all.budgetText());
        var result = AnalysisRunner.run(model, List.of(), Map.of(), new NullProgressMonitor());
        var report = new AnalysisReport(model.getName(), "m.innoscape", "9.9.9", summary, result);
        for (ReportFormat format : List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML)) {
            StringWriter out = new StringWriter();
            format.writer().write(report, out);
            assertTrue(out.toString().contains("EUR 2,000,000; GBP 5,000,000"), format + ": " + out);
        }
        StringWriter json = new StringWriter();
        ReportFormat.JSON.writer().write(report, json);
        assertTrue(json.toString().replaceAll("\\s", "").contains("\"budgets\":{\"EUR\":2000000,\"GBP\":5000000}"), json.toString());
    }

    /** Model text is data in a Markdown report: no HTML, link, image, heading or broken table cell can be formed. */
    @Test
    void markdownTextIsEscapedForItsMedium() {
        String hostile = "<script>alert(1)</script> ![x](http://evil/img.png) [click](javascript:alert(1)) a\\|b\r# Heading\u001b[31m";
        String escaped = org.innoscape.analysis.report.MarkdownText.escape(hostile);
        assertFalse(escaped.contains("<"), escaped);
        assertFalse(escaped.contains("]("), escaped);
        assertFalse(escaped.contains("\r") || escaped.contains("\n") || escaped.contains("\u001b"), escaped);
        assertTrue(escaped.contains("a\\\\\\|b"), "the backslash and the bar are both escaped: " + escaped);
        assertEquals("&lt;b&gt; \\# x", org.innoscape.analysis.report.MarkdownText.escape("<b>\n# x"));
    }

    /** Text reports show control characters as escapes: no terminal sequence reaches the terminal. */
    @Test
    void plainTextShowsControlCharacters() {
        assertEquals("red\\x1B[31m and\\x0Dover", org.innoscape.analysis.report.PlainText.printable("red\u001b[31m and\rover"));
        assertEquals("two lines", org.innoscape.analysis.report.PlainText.printable("two\nlines"));
    }
}
