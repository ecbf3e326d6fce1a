package org.innoscape.model.values;

/**
 * The one escaper for text written into XML, HTML and SVG, as element text or a quoted attribute:
 * markup characters become entities and characters XML 1.0 cannot hold (control characters, lone
 * surrogates) are dropped, so the document always parses. Markdown and CSV have their own rules
 * ({@code MarkdownText}, {@code SpreadsheetCells}).
 */
public final class XmlText {

    private XmlText() {
    }

    /** {@code text} escaped; the empty string for null. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
