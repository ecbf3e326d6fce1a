package org.innoscape.analysis.report;

/**
 * Text from a model made safe for a Markdown report: model names and descriptions are data, never
 * markup. HTML is escaped (no raw {@code <script>} or {@code <img onerror>}), Markdown's own marks
 * are backslash-escaped (so no link, image, emphasis or heading can be formed, and a {@code |} stays
 * in its table cell), line breaks become spaces (no new heading or row can start) and control
 * characters are dropped. docs/analyses.md states these rules.
 */
public final class MarkdownText {
    private static final String MARKS = "\\`*_[]()#!|~";

    private MarkdownText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029') {
                out.append(' ');
            } else if (Character.isISOControl(c)) {
                continue;
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '&') {
                out.append("&amp;");
            } else if (MARKS.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
