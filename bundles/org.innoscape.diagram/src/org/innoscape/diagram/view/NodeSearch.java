package org.innoscape.diagram.view;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.innoscape.model.ModelElement;

/**
 * The nodes of a view a Find box's words point to: those whose label, name or acronym contains every
 * word typed, whatever the case and accents ("ahsn east" finds "Eastern AHSN"), in reading order (top
 * to bottom, then left to right), so Enter walks through them as the eye would.
 */
public final class NodeSearch {

    private NodeSearch() {
    }

    public static List<ViewNode> matches(DiagramView view, String query) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        List<ViewNode> found = new ArrayList<>();
        for (ViewNode node : view.nodes()) {
            String text = folded(textOf(node));
            if (words.stream().allMatch(text::contains)) {
                found.add(node);
            }
        }
        found.sort((a, b) -> a.bounds().y() != b.bounds().y() ? Integer.compare(a.bounds().y(), b.bounds().y())
                : Integer.compare(a.bounds().x(), b.bounds().x()));
        return found;
    }

    private static String textOf(ViewNode node) {
        StringBuilder text = new StringBuilder(node.label() == null ? "" : node.label());
        if (node.element() instanceof ModelElement element && element.getName() != null) {
            text.append(' ').append(element.getName());
        }
        if (node.element() != null) {
            var acronym = node.element().eClass().getEStructuralFeature("acronym");
            if (acronym != null && node.element().eGet(acronym) instanceof String value) {
                text.append(' ').append(value);
            }
        }
        return text.toString();
    }

    private static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        for (String word : folded(query == null ? "" : query).split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Lower case without accents: "Évaluation" is "evaluation". */
    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
