package org.innoscape.analysis;

import java.util.List;
import java.util.Map;

/** How one analysis went: its parameters, its findings, how long it took, or why it failed. */
public record AnalysisRun(AnalysisDescriptor descriptor, Map<String, Object> parameters, List<Finding> findings,
        long millis, String failure) {

    public AnalysisRun {
        findings = List.copyOf(findings);
    }

    public boolean failed() {
        return failure != null;
    }
}
