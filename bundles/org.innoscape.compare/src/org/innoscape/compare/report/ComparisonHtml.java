package org.innoscape.compare.report;

import java.io.PrintWriter;
import java.util.List;

import org.innoscape.compare.Comparison;
import org.innoscape.compare.ElementChange;
import org.innoscape.compare.ElementSummary;
import org.innoscape.compare.FeatureChange;
import org.innoscape.compare.FindingDifference;
import org.innoscape.compare.LandscapeDifference;
import org.innoscape.compare.ModelDifference;
import org.innoscape.model.values.XmlText;

/** A comparison as one self-contained HTML page (no scripts, no requests) to hand on. */
final class ComparisonHtml {

    private final PrintWriter out;

    ComparisonHtml(PrintWriter out) {
        this.out = out;
    }

    void write(Comparison comparison) {
        ModelDifference elements = comparison.elements();
        String title = "Comparing " + comparison.oldName() + " with " + comparison.newName();
        out.println("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>" + XmlText.escape(title) + "</title>");
        out.println("<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.4}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}"
                + "td.n{text-align:right}.added{color:#1a6e1a}.removed{color:#a31515}.changed{color:#7a4a00}"
                + "ul.features{margin:.2em 0 .6em}</style>\n</head>\n<body>");
        out.println("<h1>" + XmlText.escape(title) + "</h1>");
        out.printf("<p>%d added, %d removed, %d changed%s%s.</p>%n", elements.added().size(), elements.removed().size(),
                elements.changed().size(), elements.layouts().isEmpty() ? "" : ", " + elements.layouts().size() + " diagram layouts changed",
                comparison.findings() == null ? ""
                        : "; findings: " + comparison.findings().appeared().size() + " appeared, " + comparison.findings().disappeared().size()
                                + " resolved");
        summaries("Added", "added", elements.added());
        summaries("Removed", "removed", elements.removed());
        if (!elements.changed().isEmpty()) {
            out.println("<h2>Changed</h2>\n<ul>");
            for (ElementChange change : elements.changed()) {
                out.println("<li class=\"changed\">" + XmlText.escape(change.element().label()) + " <small>("
                        + XmlText.escape(change.element().id()) + ")</small><ul class=\"features\">");
                for (FeatureChange feature : change.changes()) {
                    out.println("<li>" + XmlText.escape(feature.sentence()) + "</li>");
                }
                out.println("</ul></li>");
            }
            out.println("</ul>");
        }
        if (!elements.layouts().isEmpty()) {
            out.println("<h2>Diagram layouts</h2>\n<ul>");
            elements.layouts().forEach(l -> out.println("<li>" + XmlText.escape(l.diagram().label() + ": " + l.sentence()) + "</li>"));
            out.println("</ul>");
        }
        landscape(comparison.landscape());
        findings(comparison.findings());
        if (!comparison.problems().isEmpty()) {
            out.println("<h2>Problems</h2>\n<ul>");
            comparison.problems().forEach(p -> out.println("<li>" + XmlText.escape(p) + "</li>"));
            out.println("</ul>");
        }
        out.println("</body>\n</html>");
    }

    private void summaries(String title, String style, List<ElementSummary> elements) {
        if (elements.isEmpty()) {
            return;
        }
        out.println("<h2>" + title + "</h2>\n<ul>");
        for (ElementSummary element : elements) {
            out.println("<li class=\"" + style + "\">" + XmlText.escape(element.label()) + " <small>(" + XmlText.escape(element.id())
                    + ")</small></li>");
        }
        out.println("</ul>");
    }

    private void landscape(LandscapeDifference landscape) {
        if (!landscape.changed()) {
            return;
        }
        out.println("<h2>Landscape</h2>");
        for (LandscapeDifference.Section section : landscape.sections()) {
            if (!section.changed()) {
                continue;
            }
            out.println("<h3>" + XmlText.escape(section.title()) + "</h3>");
            out.println("<table><thead><tr><th scope=\"col\"></th><th scope=\"col\">Before</th><th scope=\"col\">After</th></tr></thead><tbody>");
            for (LandscapeDifference.Row row : section.rows()) {
                out.printf("<tr%s><th scope=\"row\">%s</th><td class=\"n\">%d</td><td class=\"n\">%d</td></tr>%n",
                        row.changed() ? " class=\"changed\"" : "", XmlText.escape(row.label()), row.before(), row.after());
            }
            out.println("</tbody></table>");
        }
    }

    private void findings(FindingDifference findings) {
        if (findings == null || !findings.changed()) {
            return;
        }
        out.println("<h2>Findings</h2>\n<ul>");
        for (FindingDifference.Item item : findings.appeared()) {
            out.println("<li class=\"added\">Appeared: " + XmlText.escape(item.message()) + " <small>(" + XmlText.escape(item.ruleName())
                    + ")</small></li>");
        }
        for (FindingDifference.Item item : findings.disappeared()) {
            out.println("<li class=\"removed\">Resolved: " + XmlText.escape(item.message()) + " <small>("
                    + XmlText.escape(item.ruleName()) + ")</small></li>");
        }
        out.println("</ul>");
    }
}
