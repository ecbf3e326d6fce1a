package org.innoscape.diagram.decoration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innoscape.diagram.description.EdgeStyle;
import org.innoscape.diagram.description.Rgb;

/**
 * What a decoration layer adds to a diagram, keyed by element id so that it can be computed on a
 * copy of the model in a background job: badges on elements, extra links drawn between elements
 * (never stored) and size factors for nodes.
 */
public final class Decorations {

    /** A small marker at the top-right corner of a node; the tooltip explains it. */
    public record Badge(String text, Rgb color, String tooltip) {
    }

    /** A transient link between two elements. */
    public record Link(String sourceId, String targetId, String tooltip, EdgeStyle style) {
    }

    private final Map<String, List<Badge>> badges = new HashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<String, Double> sizeFactors = new HashMap<>();

    public static Decorations none() {
        return new Decorations();
    }

    public void badge(String elementId, Badge badge) {
        badges.computeIfAbsent(elementId, id -> new ArrayList<>()).add(badge);
    }

    public void link(Link link) {
        links.add(link);
    }

    /** Scales the node of the element by {@code factor} (1 = unchanged). */
    public void size(String elementId, double factor) {
        sizeFactors.put(elementId, factor);
    }

    public List<Badge> badgesOf(String elementId) {
        return badges.getOrDefault(elementId, List.of());
    }

    public List<Link> links() {
        return List.copyOf(links);
    }

    public double sizeFactorOf(String elementId) {
        return sizeFactors.getOrDefault(elementId, 1.0);
    }

    public boolean isEmpty() {
        return badges.isEmpty() && links.isEmpty() && sizeFactors.isEmpty();
    }

    /** This and {@code other} together (other's size factors win). */
    public Decorations merge(Decorations other) {
        Decorations merged = new Decorations();
        for (Decorations source : List.of(this, other)) {
            source.badges.forEach((id, list) -> list.forEach(b -> merged.badge(id, b)));
            merged.links.addAll(source.links);
            merged.sizeFactors.putAll(source.sizeFactors);
        }
        return merged;
    }
}
