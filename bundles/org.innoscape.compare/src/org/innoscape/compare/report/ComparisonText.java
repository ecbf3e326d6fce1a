package org.innoscape.compare.report;

import java.io.PrintWriter;
import java.util.List;

import org.innoscape.analysis.report.MarkdownText;
import org.innoscape.analysis.report.PlainText;
import org.innoscape.compare.Comparison;
import org.innoscape.compare.ElementChange;
import org.innoscape.compare.ElementSummary;
import org.innoscape.compare.FeatureChange;
import org.innoscape.compare.FindingDifference;
import org.innoscape.compare.LandscapeDifference;
import org.innoscape.compare.ModelDifference;

/**
 * A comparison as plain text for a terminal (and Git's textconv), or as Markdown: the same outline,
 * with headings and lists.
 */
final class ComparisonText {

    private final PrintWriter out;
    private final boolean markdown;

    ComparisonText(PrintWriter out, boolean markdown) {
        this.out = out;
        this.markdown = markdown;
    }

    void write(Comparison comparison) {
        ModelDifference elements = comparison.elements();
        heading(1, "Comparing " + comparison.oldName() + " with " + comparison.newName());
        line(0, elements.added().size() + " added, " + elements.removed().size() + " removed, " + elements.changed().size()
                + " changed" + (elements.layouts().isEmpty() ? "" : ", " + elements.layouts().size() + " diagram layouts changed")
                + (comparison.findings() == null ? ""
                        : "; findings: " + comparison.findings().appeared().size() + " appeared, "
                                + comparison.findings().disappeared().size() + " resolved"));
        if (comparison.isEmpty() && !comparison.landscape().changed()) {
            line(0, "The two models hold the same elements with the same values.");
        }
        summaries("Added", "+", elements.added());
        summaries("Removed", "-", elements.removed());
        if (!elements.changed().isEmpty()) {
            heading(2, "Changed");
            for (ElementChange change : elements.changed()) {
                item(0, "~", change.element().label() + " (" + change.element().id() + ")");
                for (FeatureChange feature : change.changes()) {
                    item(1, "", feature.sentence());
                }
            }
        }
        if (!elements.layouts().isEmpty()) {
            heading(2, "Diagram layouts");
            for (ModelDifference.LayoutChange layout : elements.layouts()) {
                item(0, "~", layout.diagram().label() + ": " + layout.sentence());
            }
        }
        landscape(comparison.landscape());
        findings(comparison.findings());
        if (!comparison.problems().isEmpty()) {
            heading(2, "Problems");
            comparison.problems().forEach(p -> item(0, "!", p));
        }
    }

    private void summaries(String title, String mark, List<ElementSummary> elements) {
        if (elements.isEmpty()) {
            return;
        }
        heading(2, title);
        for (ElementSummary element : elements) {
            item(0, mark, element.label() + " (" + element.id() + ")");
        }
    }

    private void landscape(LandscapeDifference landscape) {
        if (!landscape.changed()) {
            return;
        }
        heading(2, "Landscape (before -> after)");
        for (LandscapeDifference.Section section : landscape.sections()) {
            if (!section.changed()) {
                continue;
            }
            item(0, "", section.title());
            for (LandscapeDifference.Row row : section.rows()) {
                if (row.changed()) {
                    item(1, "", row.label() + ": " + row.before() + " -> " + row.after());
                }
            }
        }
    }

    private void findings(FindingDifference findings) {
        if (findings == null || !findings.changed()) {
            return;
        }
        heading(2, "Findings");
        for (FindingDifference.Item item : findings.appeared()) {
            item(0, "+", "appeared: " + item.message() + " [" + item.ruleName() + "]");
        }
        for (FindingDifference.Item item : findings.disappeared()) {
            item(0, "-", "resolved: " + item.message() + " [" + item.ruleName() + "]");
        }
    }

    private void heading(int level, String text) {
        if (markdown) {
            out.println();
            out.println("#".repeat(level) + " " + MarkdownText.escape(text));
            out.println();
        } else {
            if (level > 1) {
                out.println();
            }
            out.println(PlainText.printable(text));
        }
    }

    private void line(int depth, String text) {
        out.println(markdown ? MarkdownText.escape(text) : "  ".repeat(depth) + PlainText.printable(text));
    }

    private void item(int depth, String mark, String text) {
        if (markdown) {
            out.println("  ".repeat(depth) + "- " + (mark.isEmpty() ? "" : "`" + mark + "` ") + MarkdownText.escape(text));
        } else {
            out.println("  ".repeat(depth + 1) + (mark.isEmpty() ? "" : mark + " ") + PlainText.printable(text));
        }
    }
}
