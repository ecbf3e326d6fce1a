package org.innoscape.publish.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.AnalysisRun;
import org.innoscape.analysis.Finding;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.ModelElement;
import org.innoscape.model.values.Wording;

/**
 * What every page needs to know of the whole model, worked out once: who refers to each element
 * (for "both ways" links), the findings about each element, the kinds of element there are.
 */
public final class SiteContext {

    /** A finding with the name of the rule that made it. */
    public record NamedFinding(String ruleName, Finding finding) {
    }

    private final InnovationSystem model;
    private final String siteName;
    private final String footer;
    private final Map<EObject, Collection<EStructuralFeature.Setting>> usages;
    private final Map<EObject, List<NamedFinding>> findings = new HashMap<>();
    private final Map<String, List<ModelElement>> kinds = new LinkedHashMap<>();
    private final List<String[]> navigation = new ArrayList<>();

    public SiteContext(InnovationSystem model, AnalysisResult result, String footer) {
        this.model = model;
        this.siteName = model.getName() == null || model.getName().isBlank() ? "Innoscape model" : model.getName();
        this.footer = footer;
        this.usages = EcoreUtil.CrossReferencer.find(List.of(model));
        if (result != null) {
            for (AnalysisRun run : result.runs()) {
                for (Finding finding : run.findings()) {
                    NamedFinding named = new NamedFinding(run.descriptor().name(), finding);
                    finding.subjects().forEach(e -> findings.computeIfAbsent(e, k -> new ArrayList<>()).add(named));
                    finding.related().forEach(e -> findings.computeIfAbsent(e, k -> new ArrayList<>()).add(named));
                }
            }
        }
        for (var it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ModelElement element && !(element instanceof org.innoscape.model.Diagram)) {
                kinds.computeIfAbsent(element.eClass().getName(), k -> new ArrayList<>()).add(element);
            }
        }
        navigation.add(new String[] { "index.html", "Overview" });
        for (String kind : List.of("Actor", "PolicyInitiative", "Relationship", "Driver", "PathwayStage", "Recommendation")) {
            if (kinds.containsKey(kind)) {
                navigation.add(new String[] { PagePaths.kind(kind), Wording.kinds(kind) });
            }
        }
    }

    public InnovationSystem model() {
        return model;
    }

    public String siteName() {
        return siteName;
    }

    public String footer() {
        return footer;
    }

    public Collection<EStructuralFeature.Setting> usagesOf(EObject element) {
        return usages.getOrDefault(element, List.of());
    }

    public List<NamedFinding> findingsAbout(EObject element) {
        return findings.getOrDefault(element, List.of());
    }

    public Map<String, List<ModelElement>> kinds() {
        return kinds;
    }

    /** A new page frame for a page at {@code path} (from the site's folder). */
    public Html page(String path, String title) {
        String root = path.contains("/") ? "../" : "";
        return new Html(root).begin(title, siteName, navigation);
    }
}
