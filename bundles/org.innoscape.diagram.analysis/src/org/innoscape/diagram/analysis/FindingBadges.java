package org.innoscape.diagram.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisRegistry;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.Severity;
import org.innoscape.diagram.decoration.DecorationLayer;
import org.innoscape.diagram.decoration.Decorations;
import org.innoscape.diagram.description.Rgb;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.ModelElement;

/** A badge on every element the installed analyses report on: the count, coloured by the worst severity. */
public final class FindingBadges implements DecorationLayer {
    static final Rgb ERROR = Rgb.hex("#d7301f");
    static final Rgb WARNING = Rgb.hex("#ec7014");
    static final Rgb INFO = Rgb.hex("#3182bd");

    @Override
    public String id() {
        return "analysis.findings";
    }

    @Override
    public String label() {
        return "Finding badges";
    }

    @Override
    public Decorations compute(InnovationSystem model, IProgressMonitor monitor) {
        AnalysisRegistry registry = AnalysisRegistry.installed();
        List<Analysis> analyses = registry.enabledByDefault().stream()
                .map(AnalysisRegistry.Entry::analysis).collect(Collectors.toList());
        AnalysisResult result = AnalysisRunner.run(model, analyses, Map.of(), monitor);
        return badges(result.findings());
    }

    static Decorations badges(List<Finding> findings) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Severity> worst = new HashMap<>();
        for (Finding finding : findings) {
            for (EObject subject : finding.subjects()) {
                if (subject instanceof ModelElement element && element.getId() != null) {
                    counts.merge(element.getId(), 1, Integer::sum);
                    worst.merge(element.getId(), finding.severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
                }
            }
        }
        Decorations decorations = Decorations.none();
        counts.forEach((id, count) -> {
            Severity severity = worst.get(id);
            decorations.badge(id, new Decorations.Badge(String.valueOf(count), colour(severity),
                    count + (count == 1 ? " finding" : " findings") + ", the worst " + severity.label()));
        });
        return decorations;
    }

    private static Rgb colour(Severity severity) {
        return switch (severity) {
            case ERROR -> ERROR;
            case WARNING -> WARNING;
            default -> INFO;
        };
    }
}
