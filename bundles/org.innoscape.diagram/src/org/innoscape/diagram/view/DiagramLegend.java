package org.innoscape.diagram.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.innoscape.diagram.description.LineStyle;
import org.innoscape.diagram.description.Rgb;
import org.innoscape.model.values.Wording;

/**
 * What the colours of a drawn diagram mean, read from the drawing itself: the shapes of one colour
 * are named by the kind of element and by their values of the attribute the colours follow (an
 * actor's kind, an initiative's funding recipients, a relationship's kind). Whatever a diagram
 * type's style rules are, the legend says what they did. Used by the editor and the published site.
 */
public final class DiagramLegend {

    /** How an entry's sample is drawn. */
    public enum Swatch {
        /** A filled box in the colour. */
        FILL,
        /** A line in the colour and dash. */
        LINE,
        /** An empty box with a thick border in the colour. */
        BORDER,
        /** A small and a large box: the entry says what sizes mean. */
        SIZE,
        /** No sample: words only. */
        NONE
    }

    /** One colour (and, for lines, dash) and what it stands for. */
    public record Entry(Rgb color, Swatch swatch, LineStyle dash, String meaning) {
        public static Entry fill(Rgb color, String meaning) {
            return new Entry(color, Swatch.FILL, LineStyle.SOLID, meaning);
        }

        public boolean line() {
            return swatch == Swatch.LINE;
        }
    }

    private DiagramLegend() {
    }

    public static List<Entry> of(DiagramView view) {
        List<Entry> entries = new ArrayList<>();
        Map<Rgb, List<EObject>> fills = new LinkedHashMap<>();
        Map<Rgb, String> ownLabels = new LinkedHashMap<>();
        for (ViewNode node : view.nodes()) {
            if (node.fillByAppearance()) {
                continue; // the appearance's own entries say what these colours mean
            } else if (node.element() == view.system()) {
                // A node that shows the model itself (the lane of the unplaced) is named by its label.
                ownLabels.putIfAbsent(node.style().fill(), node.label());
            } else if (node.element() != null) {
                fills.computeIfAbsent(node.style().fill(), k -> new ArrayList<>()).add(node.element());
            }
        }
        fills.forEach((color, elements) -> entries.add(Entry.fill(color, meaning(elements, fills.values()))));
        ownLabels.forEach((color, label) -> entries.add(Entry.fill(color, label)));
        entries.addAll(view.appearanceLegend());
        Map<String, List<EObject>> lines = new LinkedHashMap<>();
        Map<String, ViewEdge> firstEdge = new LinkedHashMap<>();
        for (ViewEdge edge : view.edges()) {
            if (edge.mapping() == null) {
                continue; // an overlay's link (possible duplicates), not part of the diagram type's drawing
            }
            String key = edge.style().color().toHex() + "|" + edge.style().line() + "|" + edge.mapping().getId();
            firstEdge.putIfAbsent(key, edge);
            if (edge.element() != null) {
                lines.computeIfAbsent(key, k -> new ArrayList<>()).add(edge.element());
            }
        }
        firstEdge.forEach((key, edge) -> {
            List<EObject> elements = lines.getOrDefault(key, List.of());
            // Links that follow a reference (membership) carry their source element, not a relationship of their own.
            boolean ofItsOwn = !elements.isEmpty() && elements.stream().noneMatch(e -> e == edge.source().element());
            String meaning = ofItsOwn ? meaning(elements, lines.values()) : Wording.capitalized(Wording.camelWords(edge.mapping().getId()));
            entries.add(new Entry(edge.style().color(), Swatch.LINE, edge.style().line(), meaning));
        });
        return entries;
    }

    /**
     * "Actor (kind): charity": the kind of element, and its values of the attribute the colours follow:
     * an enumerated attribute none of whose values appears in two colours (a style maps each value to
     * one colour), the one with the most values when several do. Without one, the kind alone.
     */
    private static String meaning(List<EObject> elements, Collection<List<EObject>> groups) {
        EObject first = elements.get(0);
        String kind = Wording.kind(first.eClass().getName());
        EAttribute best = null;
        int bestValues = 1;
        for (EAttribute attribute : first.eClass().getEAllAttributes()) {
            if (attribute.isMany() || !(attribute.getEAttributeType() instanceof EEnum)) {
                continue;
            }
            Map<Object, List<EObject>> colourOfValue = new HashMap<>();
            boolean key = true;
            for (List<EObject> group : groups) {
                for (EObject element : group) {
                    if (element.eClass() == first.eClass()) {
                        List<EObject> seen = colourOfValue.putIfAbsent(element.eGet(attribute), group);
                        key &= seen == null || seen == group;
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
        Set<String> values = new LinkedHashSet<>();
        for (EObject element : elements) {
            if (element.eClass() == first.eClass() && element.eGet(best) instanceof Enumerator enumerator) {
                values.add(Wording.of(enumerator));
            }
        }
        return kind + " (" + Wording.camelWords(best.getName()) + "): " + String.join(", ", values);
    }
}
