package org.innoscape.publish.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.innoscape.compare.internal.FeatureValues;
import org.innoscape.diagram.description.LineStyle;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.ViewEdge;
import org.innoscape.diagram.view.ViewNode;
import org.innoscape.model.values.Wording;

/**
 * What the colours of a drawn diagram mean, read from the drawing itself: the shapes of one colour
 * are named by the kind of element and by the one value they all share that tells them from the
 * other colours (an actor's kind, an initiative's funding recipients, a relationship's kind).
 * Whatever a diagram type's style rules are, the legend says what they did.
 */
public final class Legend {

    /** One colour (and, for lines, dash) and what it stands for. */
    public record Entry(String color, boolean line, LineStyle dash, String meaning) {
    }

    private Legend() {
    }

    public static List<Entry> of(DiagramView view) {
        List<Entry> entries = new ArrayList<>();
        Map<String, List<EObject>> fills = new LinkedHashMap<>();
        for (ViewNode node : view.nodes()) {
            if (node.element() != null) {
                fills.computeIfAbsent(node.style().fill().toHex(), k -> new ArrayList<>()).add(node.element());
            }
        }
        fills.forEach((color, elements) -> entries.add(new Entry(color, false, LineStyle.SOLID, meaning(elements, fills.values()))));
        Map<String, List<EObject>> lines = new LinkedHashMap<>();
        Map<String, ViewEdge> firstEdge = new LinkedHashMap<>();
        for (ViewEdge edge : view.edges()) {
            String key = edge.style().color().toHex() + "|" + edge.style().line() + "|" + edge.mapping().getId();
            firstEdge.putIfAbsent(key, edge);
            if (edge.element() != null) {
                lines.computeIfAbsent(key, k -> new ArrayList<>()).add(edge.element());
            }
        }
        firstEdge.forEach((key, edge) -> {
            List<EObject> elements = lines.getOrDefault(key, List.of());
            String meaning = elements.isEmpty() || !edge.mapping().getId().equals("relationship")
                    ? words(edge.mapping().getId())
                    : meaning(elements, lines.values());
            entries.add(new Entry(edge.style().color().toHex(), true, edge.style().line(), meaning));
        });
        return entries;
    }

    /**
     * "Actor (kind): charity": the kind of element, and its values of the attribute the colours follow: an
     * enumerated attribute none of whose values appears in two colours (a style maps each value to one
     * colour), the one with the most values when several do. Without one, the kind alone.
     */
    private static String meaning(List<EObject> elements, java.util.Collection<List<EObject>> groups) {
        EObject first = elements.get(0);
        String kind = KindNames.singular(first.eClass().getName());
        EAttribute best = null;
        int bestValues = 1;
        for (EAttribute attribute : first.eClass().getEAllAttributes()) {
            if (attribute.isMany() || !(attribute.getEAttributeType() instanceof EEnum)) {
                continue;
            }
            Map<Object, List<EObject>> colourOfValue = new java.util.HashMap<>();
            boolean key = true;
            for (List<EObject> group : groups) {
                for (EObject element : group) {
                    if (element.eClass() != first.eClass()) {
                        continue;
                    }
                    List<EObject> seen = colourOfValue.putIfAbsent(element.eGet(attribute), group);
                    if (seen != null && seen != group) {
                        key = false;
                    }
                }
            }
            if (key && colourOfValue.size() > bestValues) {
                best = attribute;
                bestValues = colourOfValue.size();
            }
        }
        if (best == null) {
            return kind;
        }
        java.util.Set<String> values = new java.util.LinkedHashSet<>();
        for (EObject element : elements) {
            if (element.eGet(best) instanceof Enumerator enumerator) {
                values.add(Wording.of(enumerator));
            }
        }
        return kind + " (" + FeatureValues.name(best) + "): " + String.join(", ", values);
    }

    private static String words(String id) {
        String words = FeatureValues.camelWords(id);
        return words.isEmpty() ? id : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
