package org.innoscape.analysis.report;

import java.io.IOException;
import java.io.Writer;

/** Writes an {@link AnalysisReport} in one format. */
public interface ReportWriter {
    void write(AnalysisReport report, Writer out) throws IOException;
}
