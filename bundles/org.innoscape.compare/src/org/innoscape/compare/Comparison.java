package org.innoscape.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.landscape.LandscapeCalculator;
import org.innoscape.model.InnovationSystem;

/**
 * Everything {@code innoscape diff} reports about two snapshots: the elements, the landscape and the
 * findings. {@code findings} is null when no analyses were run.
 */
public record Comparison(String oldName, String newName, ModelDifference elements, LandscapeDifference landscape,
        FindingDifference findings, List<String> problems) {

    public Comparison {
        problems = List.copyOf(problems);
    }

    /** Compares two models, running the given analyses (with their defaults) on both for the findings. */
    public static Comparison of(String oldName, InnovationSystem before, String newName, InnovationSystem after,
            List<? extends Analysis> analyses, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Comparing " + oldName + " with " + newName, 3);
        ModelDifference elements = ModelComparison.compare(before, after);
        LandscapeDifference landscape = LandscapeDifference.between(LandscapeCalculator.summarise(before),
                LandscapeCalculator.summarise(after));
        progress.worked(1);
        FindingDifference findings = null;
        List<String> problems = new ArrayList<>();
        if (!analyses.isEmpty()) {
            AnalysisResult old = AnalysisRunner.run(before, analyses, Map.of(), progress.split(1));
            AnalysisResult current = AnalysisRunner.run(after, analyses, Map.of(), progress.split(1));
            findings = FindingDifference.between(old, current);
            old.failures().forEach(run -> problems.add(run.descriptor().name() + " failed on " + oldName + ": " + run.failure()));
            current.failures().forEach(run -> problems.add(run.descriptor().name() + " failed on " + newName + ": " + run.failure()));
        }
        return new Comparison(oldName, newName, elements, landscape, findings, problems);
    }

    public boolean isEmpty() {
        return elements.isEmpty() && (findings == null || !findings.changed());
    }
}
