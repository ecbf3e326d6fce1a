package org.innoscape.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.AnalysisRun;
import org.innoscape.analysis.Finding;
import org.innoscape.compare.internal.Identified;

/**
 * Findings that appeared and disappeared between two snapshots: a gap that opened, a duplication
 * that was resolved. A finding is the same in both when the same rule finds it about the same
 * elements (by id), whatever its figures say.
 */
public record FindingDifference(List<Item> appeared, List<Item> disappeared, int unchanged) {

    /** One finding, named by its rule. */
    public record Item(String ruleId, String ruleName, String severity, String message, List<String> elementIds) {
        public Item {
            elementIds = List.copyOf(elementIds);
        }
    }

    public FindingDifference {
        appeared = List.copyOf(appeared);
        disappeared = List.copyOf(disappeared);
    }

    public static FindingDifference between(AnalysisResult before, AnalysisResult after) {
        Map<String, Item> old = items(before);
        Map<String, Item> current = items(after);
        List<Item> appeared = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<String, Item> entry : current.entrySet()) {
            if (old.remove(entry.getKey()) == null) {
                appeared.add(entry.getValue());
            } else {
                unchanged++;
            }
        }
        return new FindingDifference(appeared, new ArrayList<>(old.values()), unchanged);
    }

    public boolean changed() {
        return !appeared.isEmpty() || !disappeared.isEmpty();
    }

    private static Map<String, Item> items(AnalysisResult result) {
        Map<String, Item> items = new LinkedHashMap<>();
        for (AnalysisRun run : result.runs()) {
            for (Finding finding : run.findings()) {
                List<String> ids = new ArrayList<>();
                finding.subjects().forEach(e -> ids.add(id(e)));
                List<String> related = new ArrayList<>();
                finding.related().forEach(e -> related.add(id(e)));
                related.sort(null);
                String key = finding.ruleId() + '|' + ids + '|' + related + (ids.isEmpty() && related.isEmpty() ? "|" + finding.message() : "");
                List<String> all = new ArrayList<>(ids);
                all.addAll(related);
                items.putIfAbsent(key, new Item(finding.ruleId(), run.descriptor().name(), finding.severity().name().toLowerCase(java.util.Locale.ROOT),
                        finding.message(), all));
            }
        }
        return items;
    }

    private static String id(EObject element) {
        String id = Identified.idOf(element);
        return id == null ? Identified.label(element) : id;
    }
}
