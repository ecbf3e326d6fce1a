package org.innoscape.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.innoscape.compare.internal.FeatureValues;
import org.innoscape.compare.internal.Identified;
import org.innoscape.model.ModelElement;

/**
 * Compares two snapshots of a model element by element, matching elements by id, so a renamed or
 * moved element is a change and not a removal plus an addition.
 */
public final class ModelComparison {

    private ModelComparison() {
    }

    public static ModelDifference compare(EObject oldRoot, EObject newRoot) {
        Map<String, EObject> before = Identified.index(oldRoot);
        Map<String, EObject> after = Identified.index(newRoot);
        List<ElementSummary> added = new ArrayList<>();
        List<ElementSummary> removed = new ArrayList<>();
        List<ElementChange> changed = new ArrayList<>();
        Map<String, int[]> layout = new LinkedHashMap<>();
        Map<String, EObject> diagrams = new HashMap<>();
        after.forEach((id, element) -> {
            EObject old = before.get(id);
            if (old == null) {
                if (!layoutCounted(element, 0, layout, diagrams)) {
                    added.add(summary(element));
                }
            } else {
                List<FeatureChange> changes = changes(old, element);
                if (!changes.isEmpty() && !layoutCounted(element, 2, layout, diagrams)) {
                    changed.add(new ElementChange(summary(element), changes));
                }
            }
        });
        before.forEach((id, element) -> {
            if (!after.containsKey(id) && !layoutCounted(element, 1, layout, diagrams)) {
                removed.add(summary(element));
            }
        });
        List<ModelDifference.LayoutChange> layouts = new ArrayList<>();
        layout.forEach((id, counts) -> layouts.add(new ModelDifference.LayoutChange(summary(diagrams.get(id)), counts[0], counts[1],
                counts[2])));
        return new ModelDifference(added, removed, changed, layouts);
    }

    /**
     * Counts a diagram node's change under its model element (the diagram) instead of listing it;
     * false for model elements, which are listed.
     */
    private static boolean layoutCounted(EObject object, int which, Map<String, int[]> layout, Map<String, EObject> diagrams) {
        if (object instanceof ModelElement) {
            return false;
        }
        EObject diagram = object.eContainer();
        while (diagram != null && !(diagram instanceof ModelElement)) {
            diagram = diagram.eContainer();
        }
        if (diagram == null) {
            return false;
        }
        String id = Identified.idOf(diagram);
        diagrams.putIfAbsent(id, diagram);
        layout.computeIfAbsent(id, k -> new int[3])[which]++;
        return true;
    }

    public static ElementSummary summary(EObject element) {
        return new ElementSummary(Identified.idOf(element), element.eClass().getName(), Identified.label(element),
                Identified.containerId(element));
    }

    /** The feature-level differences of one element; a change of class is a change of "kind". */
    public static List<FeatureChange> changes(EObject old, EObject current) {
        List<FeatureChange> changes = new ArrayList<>();
        if (old.eClass() != current.eClass() && !old.eClass().getName().equals(current.eClass().getName())) {
            changes.add(new FeatureChange("eClass", "kind", false, List.of(old.eClass().getName()),
                    List.of(current.eClass().getName()), List.of(), List.of()));
        }
        String oldContainer = Identified.containerId(old);
        String newContainer = Identified.containerId(current);
        if (oldContainer != null && newContainer != null && !oldContainer.equals(newContainer)) {
            changes.add(new FeatureChange("eContainer", "place", false, List.of(containerLabel(old)), List.of(containerLabel(current)),
                    List.of(), List.of()));
        }
        for (EStructuralFeature feature : FeatureValues.compared(current.eClass())) {
            EStructuralFeature oldFeature = old.eClass().getEStructuralFeature(feature.getName());
            List<String> oldKeys = oldFeature == null ? List.of() : FeatureValues.keys(old, oldFeature);
            List<String> newKeys = FeatureValues.keys(current, feature);
            List<String> oldWords = oldFeature == null ? List.of() : FeatureValues.words(old, oldFeature);
            List<String> newWords = FeatureValues.words(current, feature);
            if (!feature.isMany()) {
                if (!oldKeys.equals(newKeys)) {
                    changes.add(new FeatureChange(feature.getName(), FeatureValues.name(feature), false, oldWords, newWords,
                            List.of(), List.of()));
                }
                continue;
            }
            List<String> added = missingFrom(oldKeys, newKeys, newWords);
            List<String> removed = missingFrom(newKeys, oldKeys, oldWords);
            if (!added.isEmpty() || !removed.isEmpty()) {
                changes.add(new FeatureChange(feature.getName(), FeatureValues.name(feature), true, oldWords, newWords, added,
                        removed));
            }
        }
        return changes;
    }

    private static String containerLabel(EObject element) {
        EObject container = element.eContainer();
        while (container != null && Identified.idOf(container) == null) {
            container = container.eContainer();
        }
        return container == null ? "(top)" : Identified.label(container);
    }

    /** The words of the values in {@code keys} beyond those in {@code other}, counting repeats. */
    private static List<String> missingFrom(List<String> other, List<String> keys, List<String> words) {
        Map<String, Integer> available = new HashMap<>();
        for (String key : other) {
            available.merge(key, 1, Integer::sum);
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Integer left = available.get(keys.get(i));
            if (left == null || left == 0) {
                missing.add(words.get(i));
            } else {
                available.put(keys.get(i), left - 1);
            }
        }
        return Collections.unmodifiableList(missing);
    }
}
