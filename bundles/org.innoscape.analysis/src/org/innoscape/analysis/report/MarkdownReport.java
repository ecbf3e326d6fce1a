package org.innoscape.analysis.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.stream.Collectors;

import org.innoscape.analysis.Finding;
import org.innoscape.analysis.Severity;
import org.innoscape.analysis.landscape.LandscapeSummary;

/** A Markdown report, for wikis and issue trackers. */
public class MarkdownReport implements ReportWriter {

    @Override
    public void write(AnalysisReport report, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        out.println("# Innoscape analysis: " + cell(report.modelName()));
        out.println();
        out.printf("%d errors, %d warnings, %d infos from %d analyses.%n%n", report.result().count(Severity.ERROR),
                report.result().count(Severity.WARNING), report.result().count(Severity.INFO), report.result().runs().size());
        out.println("## Landscape");
        for (LandscapeSummary.Section section : report.landscape().sections()) {
            out.println();
            out.println("### " + cell(section.title()));
            if (section.note() != null) {
                out.println();
                out.println(cell(section.note()));
            }
            out.println();
            out.println("| | Initiatives | Known budget |");
            out.println("|---|---:|---:|");
            section.rows().forEach(row -> out.println("| " + cell(row.label()) + " | " + row.count() + " | " + cell(row.budgetText()) + " |"));
        }
        out.println();
        out.println("## Findings");
        for (Severity severity : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            if (report.findings(severity).isEmpty()) {
                continue;
            }
            out.println();
            out.println("### " + severity.label().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + severity.label().substring(1) + "s");
            out.println();
            out.println("| Rule | Finding | Elements | Why |");
            out.println("|---|---|---|---|");
            for (Finding finding : report.findings(severity)) {
                String elements = finding.subjects().stream().map(AnalysisReport::label).collect(Collectors.joining("; "));
                out.println("| " + cell(finding.ruleId()) + " | " + cell(finding.message()) + " | " + cell(elements) + " | "
                        + cell(finding.explanation()) + " |");
            }
        }
        out.flush();
    }

    private static String cell(String text) {
        return MarkdownText.escape(text);
    }
}
