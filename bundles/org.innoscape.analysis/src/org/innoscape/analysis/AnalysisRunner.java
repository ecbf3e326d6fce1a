package org.innoscape.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.innoscape.model.InnovationSystem;

/**
 * Runs analyses one after the other with their parameters. An analysis that throws is reported as
 * failed and the others still run; cancelling stops the whole run.
 */
public final class AnalysisRunner {

    private AnalysisRunner() {
    }

    /**
     * @param parameters values given as text, by analysis id and then parameter key
     * @throws IllegalArgumentException for a parameter that an analysis does not have or a bad value
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public static AnalysisResult run(InnovationSystem model, List<? extends Analysis> analyses,
            Map<String, Map<String, String>> parameters, IProgressMonitor monitor) {
        List<Parameters> resolved = new ArrayList<>();
        for (Analysis analysis : analyses) {
            resolved.add(Parameters.of(analysis.descriptor(), parameters.getOrDefault(analysis.descriptor().id(), Map.of())));
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Analysing " + model.getName(), analyses.size());
        List<AnalysisRun> runs = new ArrayList<>();
        for (int i = 0; i < analyses.size(); i++) {
            Analysis analysis = analyses.get(i);
            AnalysisDescriptor descriptor = analysis.descriptor();
            progress.subTask(descriptor.name());
            long start = System.nanoTime();
            try {
                List<Finding> findings = analysis.run(new AnalysisContext(model, resolved.get(i), progress.split(1)));
                runs.add(new AnalysisRun(descriptor, resolved.get(i).effective(), findings, elapsed(start), null));
            } catch (OperationCanceledException e) {
                throw e;
            } catch (RuntimeException e) {
                String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                runs.add(new AnalysisRun(descriptor, resolved.get(i).effective(), List.of(), elapsed(start), reason));
            }
        }
        return new AnalysisResult(runs);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
