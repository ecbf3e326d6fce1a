package org.innoscape.analysis.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.innoscape.model.persistence.AtomicFiles;

/** Writes an {@link AnalysisReport} in one format. */
public interface ReportWriter {
    void write(AnalysisReport report, Writer out) throws IOException;

    /**
     * Writes the report into {@code file} (UTF-8) atomically: streamed into a temporary file that then
     * replaces it, so a report of half a million pairs is never held in memory and a failure leaves the
     * old file as it was.
     */
    default void write(AnalysisReport report, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            write(report, writer);
            writer.flush();
        });
    }
}
