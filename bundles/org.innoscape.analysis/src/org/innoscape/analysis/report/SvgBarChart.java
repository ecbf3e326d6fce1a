package org.innoscape.analysis.report;

import java.util.List;

import org.innoscape.analysis.landscape.LandscapeSummary.Row;
import org.innoscape.model.values.XmlText;

/** A horizontal bar chart as inline SVG 1.1: one bar per row, labelled, scaled to the largest count. */
public final class SvgBarChart {
    private static final int LABEL_WIDTH = 300;
    private static final int BAR_WIDTH = 360;
    private static final int ROW_HEIGHT = 24;

    private SvgBarChart() {
    }

    public static String render(String title, List<Row> rows) {
        long max = rows.stream().mapToLong(Row::count).max().orElse(0);
        int height = rows.size() * ROW_HEIGHT + 10;
        int width = LABEL_WIDTH + BAR_WIDTH + 60;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" aria-label=\"").append(XmlText.escape(title)).append("\">\n<title>").append(XmlText.escape(title))
                .append("</title>\n");
        int y = 5;
        for (Row row : rows) {
            int length = max == 0 ? 0 : (int) Math.round((double) row.count() / max * BAR_WIDTH);
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 16)
                    .append("\" text-anchor=\"end\" font-size=\"13\">").append(XmlText.escape(shorten(row.label()))).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"").append(length)
                    .append("\" height=\"").append(ROW_HEIGHT - 8).append("\" fill=\"#1f6f78\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + length + 6).append("\" y=\"").append(y + 16)
                    .append("\" font-size=\"13\">").append(row.count()).append("</text>\n");
            y += ROW_HEIGHT;
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String label) {
        return label.length() <= 42 ? label : label.substring(0, 40) + "…";
    }
}
