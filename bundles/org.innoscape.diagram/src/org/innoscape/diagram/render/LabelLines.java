package org.innoscape.diagram.render;

import java.util.ArrayList;
import java.util.List;

/** Word-wraps a label into the lines that fit a width, ending with an ellipsis when it runs out of lines. */
public final class LabelLines {
    private static final String ELLIPSIS = "\u2026";

    private LabelLines() {
    }

    public static List<String> wrap(String text, int maxWidth, int maxLines, Canvas2D canvas, int fontSize,
            boolean bold) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank() || maxLines <= 0) {
            return lines;
        }
        String[] words = text.trim().split("\\s+");
        StringBuilder line = new StringBuilder();
        int index = 0;
        while (index < words.length && lines.size() < maxLines) {
            String candidate = line.isEmpty() ? words[index] : line + " " + words[index];
            if (canvas.textWidth(candidate, fontSize, bold) <= maxWidth || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
                index++;
                if (canvas.textWidth(line.toString(), fontSize, bold) > maxWidth) {
                    lines.add(fit(line.toString(), maxWidth, canvas, fontSize, bold));
                    line.setLength(0);
                }
            } else {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        if (!line.isEmpty() && lines.size() < maxLines) {
            lines.add(line.toString());
        }
        if (index < words.length && !lines.isEmpty()) {
            int last = lines.size() - 1;
            lines.set(last, fit(lines.get(last) + ELLIPSIS, maxWidth, canvas, fontSize, bold));
        }
        return lines;
    }

    /** Cuts {@code text} to fit, marking the cut with an ellipsis. */
    static String fit(String text, int maxWidth, Canvas2D canvas, int fontSize, boolean bold) {
        if (canvas.textWidth(text, fontSize, bold) <= maxWidth) {
            return text;
        }
        String base = text.endsWith(ELLIPSIS) ? text.substring(0, text.length() - 1) : text;
        int end = base.length();
        while (end > 1 && canvas.textWidth(base.substring(0, end) + ELLIPSIS, fontSize, bold) > maxWidth) {
            end--;
        }
        return base.substring(0, end) + ELLIPSIS;
    }
}
