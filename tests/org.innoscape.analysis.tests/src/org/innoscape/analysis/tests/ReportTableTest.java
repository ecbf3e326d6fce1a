package org.innoscape.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.landscape.LandscapeCalculator;
import org.innoscape.analysis.report.AnalysisReport;
import org.innoscape.analysis.report.ReportFormat;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Reports analysts can work with: findings' figures as tables (CSV, JSON, HTML), many findings summarised. */
class ReportTableTest {

    /** 150 initiatives (the last one named like a spreadsheet formula): 149 pairs with figures and 150 long-name findings. */
    private static String render(ReportFormat format) throws Exception {
        InnovationSystemBuilder b = new InnovationSystemBuilder("tables", "Tables");
        for (int i = 0; i < 149; i++) {
            b.initiative("i" + i, "Programme number " + i);
        }
        b.initiative("evil", "=HYPERLINK(\"http://evil\")");
        InnovationSystem model = b.system();
        var result = AnalysisRunner.run(model, List.of(new TestAnalyses.Pairs(), new TestAnalyses.LongNames()), Map.of(),
                new NullProgressMonitor());
        var report = new AnalysisReport(model.getName(), "t.innoscape", "9.9.9", LandscapeCalculator.summarise(model), result);
        StringWriter out = new StringWriter();
        format.writer().write(report, out);
        return out.toString();
    }

    @Test
    void csvIsOneRowPerFindingWithAColumnPerFigure() throws Exception {
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(render(ReportFormat.CSV))).getRecords();
        assertEquals(List.of("rule", "severity", "message", "subject_ids", "subject_external_ids", "subject_names", "related_names",
                "first_id", "first_name", "second_name", "score", "text_weight", "shared_terms", "explanation", "fix"), rows.get(0).toList());
        assertEquals(1 + 149 + 150, rows.size(), "a row per finding");
        CSVRecord first = rows.stream().filter(r -> r.get(2).equals("pair 0")).findFirst().orElseThrow();
        assertEquals(first.get(3).split("; ")[0], first.get(7), "first_id is the first subject's id");
        assertEquals("1.0", first.get(10));
        assertEquals("digit; ward", first.get(12));
        CSVRecord last = rows.stream().filter(r -> r.get(2).equals("pair 148")).findFirst().orElseThrow();
        assertEquals("'=HYPERLINK(\"http://evil\")", last.get(9), "a formula-like cell is neutralised");
        CSVRecord longName = rows.stream().filter(r -> r.get(0).equals("test.long-names")).findFirst().orElseThrow();
        assertEquals("", longName.get(10), "a figure the rule does not give is an empty cell");
    }

    @Test
    void jsonCarriesEachFindingsFigures() throws Exception {
        JsonObject json = JsonParser.parseString(render(ReportFormat.JSON)).getAsJsonObject();
        JsonObject pair = json.getAsJsonArray("findings").asList().stream().map(e -> e.getAsJsonObject())
                .filter(f -> f.get("message").getAsString().equals("pair 1")).findFirst().orElseThrow();
        JsonObject data = pair.getAsJsonObject("data");
        assertEquals(0.999, data.get("score").getAsDouble());
        assertEquals("Programme number 2", data.get("second_name").getAsString());
        assertEquals(2, data.getAsJsonArray("shared_terms").size());
    }

    @Test
    void htmlGroupsByRuleWithCountsTablesTheTopRowsAndFoldsLongLists() throws Exception {
        String html = render(ReportFormat.HTML);
        assertTrue(html.contains("<a href=\"#rule-test.pairs\">Pairs</a></td><td class=\"n\"></td><td class=\"n\"></td><td class=\"n\">149</td>"),
                "a table of counts by rule");
        assertTrue(html.contains("The 100 highest of 149."), "the top rows, and where the others are");
        assertTrue(html.contains("<th>first name</th><th>second name</th><th>score</th><th>shared terms</th>"),
                "ids and weights stay out of the HTML table");
        assertEquals(100, html.split("<tr class=\"info\">", -1).length - 1, "100 rows of pairs");
        assertTrue(html.contains("<p>150 findings, all for the same reason: Longer than 10 characters.</p>"), "a long list is summarised: "
                + html.substring(html.indexOf("<h3 id=\"rule-test.long-names\""), html.indexOf("<h3 id=\"rule-test.pairs\"")));
        assertTrue(html.contains("<details><summary>All 150</summary>"), "and folded");
        assertFalse(html.contains("class=\"finding warning\""), "no card per long-name finding");
        assertFalse(html.contains("<script"), "still no scripts");
    }
}
