package org.innoscape.analysis.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.analysis.AnalysisRun;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.Severity;
import org.innoscape.analysis.landscape.LandscapeSummary;
import org.innoscape.model.values.XmlText;

/**
 * One self-contained HTML file for policy analysts: no scripts, no external resources. The landscape
 * summary as tables with inline SVG charts, then the findings by rule, with counts; figures (duplicate
 * pairs) as tables, and long lists folded.
 */
public class HtmlReport implements ReportWriter {
    private static final Set<String> CHARTED = Set.of("stages", "funding-recipients", "focus", "drivers");
    /** At most this many rows of a rule's table of findings. */
    static final int TABLE_ROWS = 100;
    /** Up to this many findings of a rule are shown one by one; more are counted and folded. */
    static final int CARDS = 20;

    @Override
    public void write(AnalysisReport report, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        String title = "Innoscape analysis: " + report.modelName();
        out.println("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">");
        out.println("<title>" + XmlText.escape(title) + "</title>");
        out.println("<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222;line-height:1.4}"
                + "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
                + "td.n{text-align:right}.error{color:#a40000}.warning{color:#8a5a00}.info{color:#1f4f78}"
                + ".finding{border-left:4px solid #ccc;padding:.3em .8em;margin:.6em 0}.finding.error{border-color:#a40000}"
                + ".finding.warning{border-color:#d89000}.finding.info{border-color:#1f6f78}.why{color:#444}.fix{color:#225522}"
                + ".section{display:flex;gap:2em;flex-wrap:wrap;align-items:flex-start}</style>\n</head>\n<body>");
        out.println("<h1>" + XmlText.escape(title) + "</h1>");
        out.printf("<p>Model file: <code>%s</code>. Innoscape %s. <strong class=\"error\">%d errors</strong>, "
                + "<strong class=\"warning\">%d warnings</strong>, <strong class=\"info\">%d infos</strong> from %d analyses.</p>%n",
                XmlText.escape(report.modelLocation()), XmlText.escape(report.toolVersion()), report.result().count(Severity.ERROR),
                report.result().count(Severity.WARNING), report.result().count(Severity.INFO), report.result().runs().size());

        out.println("<h2>Landscape</h2>");
        for (LandscapeSummary.Section section : report.landscape().sections()) {
            out.println("<h3>" + XmlText.escape(section.title()) + "</h3>");
            if (section.note() != null) {
                out.println("<p>" + XmlText.escape(section.note()) + "</p>");
            }
            out.println("<div class=\"section\"><table><tr><th></th><th>Initiatives</th><th>Known budget</th></tr>");
            for (LandscapeSummary.Row row : section.rows()) {
                out.printf("<tr><td>%s</td><td class=\"n\">%d</td><td class=\"n\">%s</td></tr>%n", XmlText.escape(row.label()),
                        row.count(), XmlText.escape(row.budgetText()));
            }
            out.println("</table>");
            if (CHARTED.contains(section.key())) {
                out.println(SvgBarChart.render(section.title(), section.rows()));
            }
            out.println("</div>");
        }

        writeFindings(report, out);
        for (AnalysisRun failed : report.result().failures()) {
            out.printf("<p class=\"error\">The analysis %s failed: %s</p>%n", XmlText.escape(failed.descriptor().id()),
                    XmlText.escape(failed.failure()));
        }
        out.println("<h2>Analyses run</h2><table><tr><th>Analysis</th><th>Findings</th><th>Parameters</th><th>What it checks</th></tr>");
        for (AnalysisRun run : report.result().runs()) {
            out.printf("<tr><td>%s</td><td class=\"n\">%d</td><td>%s</td><td>%s</td></tr>%n", XmlText.escape(run.descriptor().name()),
                    run.findings().size(), XmlText.escape(run.parameters().toString()), XmlText.escape(run.descriptor().description()));
        }
        out.println("</table>\n</body>\n</html>");
        out.flush();
    }

    /**
     * Findings by rule: a table of counts first, then each rule's findings. Findings with figures (e.g.
     * duplicate pairs) are a table of the highest {@value #TABLE_ROWS}; a rule with many findings of its
     * own (one per element, say) shows its count, what they have in common, and the list collapsed.
     */
    private static void writeFindings(AnalysisReport report, PrintWriter out) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (Severity severity : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            report.findings(severity).forEach(f -> byRule.computeIfAbsent(f.ruleId(), r -> new ArrayList<>()).add(f));
        }
        out.println("<h2>Findings</h2>");
        if (byRule.isEmpty()) {
            out.println("<p>No findings.</p>");
            return;
        }
        out.println("<table><tr><th>Rule</th><th>Errors</th><th>Warnings</th><th>Infos</th></tr>");
        for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
            out.printf("<tr><td><a href=\"#%s\">%s</a></td><td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td></tr>%n",
                    anchor(rule.getKey()), XmlText.escape(ruleName(report, rule.getKey())), count(rule.getValue(), Severity.ERROR),
                    count(rule.getValue(), Severity.WARNING), count(rule.getValue(), Severity.INFO));
        }
        out.println("</table>");
        for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
            out.printf("<h3 id=\"%s\">%s <small>(%s, %,d)</small></h3>%n", anchor(rule.getKey()), XmlText.escape(ruleName(report, rule.getKey())),
                    XmlText.escape(rule.getKey()), rule.getValue().size());
            List<Finding> tabular = rule.getValue().stream().filter(f -> !f.data().isEmpty()).toList();
            List<Finding> cards = rule.getValue().stream().filter(f -> f.data().isEmpty()).toList();
            if (!tabular.isEmpty()) {
                writeTable(tabular, out);
            }
            if (cards.size() <= CARDS) {
                cards.forEach(finding -> writeCard(finding, out));
            } else {
                writeCollapsed(cards, out);
            }
        }
    }

    private static void writeCard(Finding finding, PrintWriter out) {
        String severity = finding.severity().label();
        out.printf("<div class=\"finding %s\"><strong>%s</strong>", severity, XmlText.escape(finding.message()));
        if (!finding.explanation().isEmpty()) {
            out.printf("<div class=\"why\">%s</div>", XmlText.escape(finding.explanation()));
        }
        if (!finding.subjects().isEmpty()) {
            out.print("<div>Elements: " + XmlText.escape(labels(finding.subjects())) + "</div>");
        }
        if (finding.suggestedFix() != null) {
            out.printf("<div class=\"fix\">Suggestion: %s</div>", XmlText.escape(finding.suggestedFix()));
        }
        out.println("</div>");
    }

    /** Many findings of one rule: what they share is said once, and the list is folded away. */
    private static void writeCollapsed(List<Finding> findings, PrintWriter out) {
        String explanation = findings.get(0).explanation();
        String fix = findings.get(0).suggestedFix();
        boolean sameExplanation = findings.stream().allMatch(f -> f.explanation().equals(explanation));
        boolean sameFix = findings.stream().allMatch(f -> java.util.Objects.equals(f.suggestedFix(), fix));
        out.printf("<p>%,d findings%s</p>%n", findings.size(), sameExplanation && !explanation.isEmpty()
                ? ", all for the same reason: " + XmlText.escape(sentence(explanation)) : ".");
        if (sameFix && fix != null) {
            out.printf("<p class=\"fix\">Suggestion for each: %s</p>%n", XmlText.escape(fix));
        }
        out.printf("<details><summary>All %,d</summary><ul>%n", findings.size());
        for (Finding finding : findings) {
            out.printf("<li class=\"%s\">%s%s</li>%n", finding.severity().label(), XmlText.escape(finding.message()),
                    sameExplanation || finding.explanation().isEmpty() ? "" : " <span class=\"why\">" + XmlText.escape(finding.explanation()) + "</span>");
        }
        out.println("</ul></details>");
    }

    /** Findings with figures as a table, in the rule's order (duplicate pairs: highest score first). */
    private static void writeTable(List<Finding> findings, PrintWriter out) {
        Set<String> columns = new LinkedHashSet<>();
        findings.forEach(f -> f.data().keySet().stream().filter(HtmlReport::shownInTable).forEach(columns::add));
        int shown = Math.min(TABLE_ROWS, findings.size());
        if (shown < findings.size()) {
            out.printf("<p>The %,d highest of %,d. Every row, with ids and weights, is in the table report "
                    + "(<code>--format csv</code>, for a spreadsheet) and the JSON report.</p>%n", shown, findings.size());
        }
        out.print("<table><tr>");
        columns.forEach(c -> out.print("<th>" + XmlText.escape(c.replace('_', ' ')) + "</th>"));
        out.println("</tr>");
        for (Finding finding : findings.subList(0, shown)) {
            out.printf("<tr class=\"%s\">", finding.severity().label());
            for (String column : columns) {
                Object value = finding.data().get(column);
                String text = value == null ? "" : value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                        : String.valueOf(value);
                out.print(value instanceof Number ? "<td class=\"n\">" + XmlText.escape(text) + "</td>" : "<td>" + XmlText.escape(text) + "</td>");
            }
            out.println("</tr>");
        }
        out.println("</table>");
    }

    /** Element ids and weights (parameters, listed under "Analyses run") stay out of the HTML table. */
    private static boolean shownInTable(String column) {
        return !(column.endsWith("_id") && !column.endsWith("_external_id")) && !column.endsWith("_weight");
    }

    private static String sentence(String text) {
        return text.matches("(?s).*[.!?]$") ? text : text + ".";
    }

    private static String count(List<Finding> findings, Severity severity) {
        long count = findings.stream().filter(f -> f.severity() == severity).count();
        return count == 0 ? "" : String.format(java.util.Locale.ROOT, "%,d", count);
    }

    /** An id attribute value from a rule id: letters, digits, '-' and '.' are kept, anything else becomes '-'. */
    private static String anchor(String ruleId) {
        return "rule-" + ruleId.replaceAll("[^A-Za-z0-9.-]", "-");
    }

    private static String labels(List<EObject> elements) {
        return String.join("; ", elements.stream().map(AnalysisReport::label).toList());
    }

    private static String ruleName(AnalysisReport report, String id) {
        return report.result().runs().stream().filter(r -> r.descriptor().id().equals(id)).map(r -> r.descriptor().name())
                .findFirst().orElse(id);
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
