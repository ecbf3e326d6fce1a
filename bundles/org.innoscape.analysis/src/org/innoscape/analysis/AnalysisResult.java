package org.innoscape.analysis;

import java.util.List;
import java.util.Optional;

/** The outcome of running several analyses on one model, in the order they ran. */
public record AnalysisResult(List<AnalysisRun> runs) {

    public AnalysisResult {
        runs = List.copyOf(runs);
    }

    public List<Finding> findings() {
        return runs.stream().flatMap(run -> run.findings().stream()).toList();
    }

    public long count(Severity severity) {
        return findings().stream().filter(f -> f.severity() == severity).count();
    }

    /** The most severe finding's severity, if any. */
    public Optional<Severity> worst() {
        return findings().stream().map(Finding::severity).max(Enum::compareTo);
    }

    public List<AnalysisRun> failures() {
        return runs.stream().filter(AnalysisRun::failed).toList();
    }
}
