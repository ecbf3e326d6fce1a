package org.innoscape.analysis.report;

import java.util.Arrays;
import java.util.Locale;

/** The report formats of {@code ./innoscape analyze --format}. */
public enum ReportFormat {
    TEXT(new TextReport()), JSON(new JsonReport()), SARIF(new SarifReport()), HTML(new HtmlReport()), MARKDOWN(new MarkdownReport()),
    CSV(new CsvReport());

    private final ReportWriter writer;

    ReportFormat(ReportWriter writer) {
        this.writer = writer;
    }

    public ReportWriter writer() {
        return writer;
    }

    public static ReportFormat parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + text + "'; expected one of "
                    + String.join(", ", Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }
}
