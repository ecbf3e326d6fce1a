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
 * (never stored), size factors for nodes, and metrics' values that appearances draw.
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
    private final Map<String, Map<String, Double>> metricValues = new HashMap<>();
    private final Map<String, String> metricLabels = new HashMap<>();

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

    /** The values of a metric ({@code label} as the legend names it), by element id. */
    public void metric(String metricId, String label, Map<String, Double> valuesById) {
        metricLabels.put(metricId, label);
        Map<String, Double> values = new HashMap<>();
        valuesById.forEach((id, value) -> {
            if (id != null && value != null) {
                values.put(id, value); // a plug-in's null means "no value"
            }
        });
        metricValues.put(metricId, values);
    }

    /** Whether the metric's values are here (an appearance by it waits for them otherwise). */
    public boolean hasMetric(String metricId) {
        return metricValues.containsKey(metricId);
    }

    /** The element's value of the metric, or null when it has none. */
    public Double metricValueOf(String metricId, String elementId) {
        return metricValues.getOrDefault(metricId, Map.of()).get(elementId);
    }

    public String metricLabel(String metricId) {
        return metricLabels.getOrDefault(metricId, metricId);
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
        return badges.isEmpty() && links.isEmpty() && sizeFactors.isEmpty() && metricValues.isEmpty();
    }

    /** This and {@code other} together (other's size factors win). */
    public Decorations merge(Decorations other) {
        Decorations merged = new Decorations();
        for (Decorations source : List.of(this, other)) {
            source.badges.forEach((id, list) -> list.forEach(b -> merged.badge(id, b)));
            merged.links.addAll(source.links);
            merged.sizeFactors.putAll(source.sizeFactors);
            merged.metricValues.putAll(source.metricValues);
            merged.metricLabels.putAll(source.metricLabels);
        }
        return merged;
    }
}
