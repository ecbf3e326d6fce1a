package org.innoscape.compare.report;

import java.io.PrintWriter;
import java.util.Locale;

import org.innoscape.compare.Comparison;

/** The formats {@code innoscape diff} writes. */
public enum ComparisonFormat {
    TEXT, MARKDOWN, HTML, JSON;

    public void write(Comparison comparison, PrintWriter out) {
        switch (this) {
            case TEXT -> new ComparisonText(out, false).write(comparison);
            case MARKDOWN -> new ComparisonText(out, true).write(comparison);
            case HTML -> new ComparisonHtml(out).write(comparison);
            case JSON -> ComparisonJson.write(comparison, out);
        }
        out.flush();
    }

    /** The format named by {@code text} ("text", "md"…), or null. */
    public static ComparisonFormat parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "text", "txt" -> TEXT;
            case "markdown", "md" -> MARKDOWN;
            case "html" -> HTML;
            case "json" -> JSON;
            default -> null;
        };
    }
}
