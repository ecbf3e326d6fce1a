package org.innoscape.analysis.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.analysis.AnalysisRun;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.Severity;
import org.innoscape.analysis.landscape.LandscapeSummary;

/**
 * One self-contained HTML file for policy analysts: no scripts, no external resources. The landscape
 * summary as tables with inline SVG charts, then the findings grouped by severity and rule.
 */
public class HtmlReport implements ReportWriter {
    private static final Set<String> CHARTED = Set.of("stages", "funding-recipients", "focus", "drivers");

    @Override
    public void write(AnalysisReport report, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        String title = "Innoscape analysis: " + report.modelName();
        out.println("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">");
        out.println("<title>" + Html.escape(title) + "</title>");
        out.println("<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222;line-height:1.4}"
                + "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
                + "td.n{text-align:right}.error{color:#a40000}.warning{color:#8a5a00}.info{color:#1f4f78}"
                + ".finding{border-left:4px solid #ccc;padding:.3em .8em;margin:.6em 0}.finding.error{border-color:#a40000}"
                + ".finding.warning{border-color:#d89000}.finding.info{border-color:#1f6f78}.why{color:#444}.fix{color:#225522}"
                + ".section{display:flex;gap:2em;flex-wrap:wrap;align-items:flex-start}</style>\n</head>\n<body>");
        out.println("<h1>" + Html.escape(title) + "</h1>");
        out.printf("<p>Model file: <code>%s</code>. Innoscape %s. <strong class=\"error\">%d errors</strong>, "
                + "<strong class=\"warning\">%d warnings</strong>, <strong class=\"info\">%d infos</strong> from %d analyses.</p>%n",
                Html.escape(report.modelLocation()), Html.escape(report.toolVersion()), report.result().count(Severity.ERROR),
                report.result().count(Severity.WARNING), report.result().count(Severity.INFO), report.result().runs().size());

        out.println("<h2>Landscape</h2>");
        for (LandscapeSummary.Section section : report.landscape().sections()) {
            out.println("<h3>" + Html.escape(section.title()) + "</h3>");
            if (section.note() != null) {
                out.println("<p>" + Html.escape(section.note()) + "</p>");
            }
            out.println("<div class=\"section\"><table><tr><th></th><th>Initiatives</th><th>Known budget</th></tr>");
            for (LandscapeSummary.Row row : section.rows()) {
                out.printf("<tr><td>%s</td><td class=\"n\">%d</td><td class=\"n\">%s</td></tr>%n", Html.escape(row.label()),
                        row.count(), Html.escape(row.budgetText()));
            }
            out.println("</table>");
            if (CHARTED.contains(section.key())) {
                out.println(SvgBarChart.render(section.title(), section.rows()));
            }
            out.println("</div>");
        }

        out.println("<h2>Findings</h2>");
        for (Severity severity : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            List<Finding> findings = report.findings(severity);
            if (findings.isEmpty()) {
                continue;
            }
            out.printf("<h3 class=\"%s\">%s (%d)</h3>%n", severity.label(), capitalised(severity.label()) + "s", findings.size());
            Map<String, List<Finding>> byRule = new LinkedHashMap<>();
            findings.forEach(f -> byRule.computeIfAbsent(f.ruleId(), r -> new java.util.ArrayList<>()).add(f));
            for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
                out.printf("<h4>%s <small>(%s)</small></h4>%n", Html.escape(ruleName(report, rule.getKey())), Html.escape(rule.getKey()));
                for (Finding finding : rule.getValue()) {
                    out.printf("<div class=\"finding %s\"><strong>%s</strong>", severity.label(), Html.escape(finding.message()));
                    if (!finding.explanation().isEmpty()) {
                        out.printf("<div class=\"why\">%s</div>", Html.escape(finding.explanation()));
                    }
                    if (!finding.subjects().isEmpty()) {
                        out.print("<div>Elements: " + Html.escape(labels(finding.subjects())) + "</div>");
                    }
                    if (finding.suggestedFix() != null) {
                        out.printf("<div class=\"fix\">Suggestion: %s</div>", Html.escape(finding.suggestedFix()));
                    }
                    out.println("</div>");
                }
            }
        }
        for (AnalysisRun failed : report.result().failures()) {
            out.printf("<p class=\"error\">The analysis %s failed: %s</p>%n", Html.escape(failed.descriptor().id()),
                    Html.escape(failed.failure()));
        }
        out.println("<h2>Analyses run</h2><table><tr><th>Analysis</th><th>Findings</th><th>Parameters</th><th>What it checks</th></tr>");
        for (AnalysisRun run : report.result().runs()) {
            out.printf("<tr><td>%s</td><td class=\"n\">%d</td><td>%s</td><td>%s</td></tr>%n", Html.escape(run.descriptor().name()),
                    run.findings().size(), Html.escape(run.parameters().toString()), Html.escape(run.descriptor().description()));
        }
        out.println("</table>\n</body>\n</html>");
        out.flush();
    }

    private static String labels(List<EObject> elements) {
        return String.join("; ", elements.stream().map(AnalysisReport::label).toList());
    }

    private static String ruleName(AnalysisReport report, String id) {
        return report.result().runs().stream().filter(r -> r.descriptor().id().equals(id)).map(r -> r.descriptor().name())
                .findFirst().orElse(id);
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase() + text.substring(1);
    }
}
