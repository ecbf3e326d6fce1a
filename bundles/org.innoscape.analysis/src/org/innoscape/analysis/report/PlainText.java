package org.innoscape.analysis.report;

/**
 * Text from a model made safe for a terminal: control characters (escape sequences that could move
 * the cursor, recolour or retitle the terminal, a bare carriage return that overwrites a line) are
 * shown as {@code \x1B}-style escapes. Tabs and line breaks inside a value become spaces, so every
 * finding stays on its lines.
 */
public final class PlainText {

    private PlainText() {
    }

    public static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\x%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
