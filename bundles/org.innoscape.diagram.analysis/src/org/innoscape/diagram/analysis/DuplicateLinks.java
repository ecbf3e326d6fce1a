package org.innoscape.diagram.analysis;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.duplication.DuplicationAnalysis;
import org.innoscape.diagram.decoration.DecorationLayer;
import org.innoscape.diagram.decoration.Decorations;
import org.innoscape.diagram.description.ArrowHead;
import org.innoscape.diagram.description.EdgeStyle;
import org.innoscape.diagram.description.LineStyle;
import org.innoscape.diagram.description.Rgb;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PolicyInitiative;

/**
 * Possible duplicates as dashed red links between initiatives shown on the diagram. Pairs an
 * analyst reviewed as not duplicates stay hidden, as in the Findings view.
 */
public final class DuplicateLinks implements DecorationLayer {
    static final EdgeStyle STYLE = new EdgeStyle(Rgb.hex("#e31a1c"), 2, LineStyle.DASH, ArrowHead.NONE, ArrowHead.NONE);

    @Override
    public String id() {
        return "analysis.duplicates";
    }

    @Override
    public String label() {
        return "Possible duplicates";
    }

    @Override
    public Decorations compute(InnovationSystem model, IProgressMonitor monitor) {
        AnalysisResult result = AnalysisRunner.run(model, List.of(new DuplicationAnalysis()), Map.of(), monitor);
        return links(result.findings());
    }

    static Decorations links(List<Finding> findings) {
        Decorations decorations = Decorations.none();
        for (Finding finding : findings) {
            if (finding.subjects().size() == 2 && finding.subjects().get(0) instanceof PolicyInitiative first
                    && finding.subjects().get(1) instanceof PolicyInitiative second) {
                decorations.link(new Decorations.Link(first.getId(), second.getId(), finding.message(), STYLE));
            }
        }
        return decorations;
    }
}
