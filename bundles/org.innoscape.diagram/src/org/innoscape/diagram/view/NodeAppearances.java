package org.innoscape.diagram.view;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.innoscape.diagram.appearance.AppearanceSource;
import org.innoscape.diagram.appearance.AppearanceSources;
import org.innoscape.diagram.appearance.EffectiveAppearances;
import org.innoscape.diagram.appearance.Palettes;
import org.innoscape.diagram.decoration.Decorations;
import org.innoscape.diagram.description.LineStyle;
import org.innoscape.diagram.description.NodeMapping;
import org.innoscape.diagram.description.NodeStyle;
import org.innoscape.diagram.description.Rgb;
import org.innoscape.diagram.view.DiagramLegend.Entry;
import org.innoscape.diagram.view.DiagramLegend.Swatch;
import org.innoscape.model.AppearanceChannel;
import org.innoscape.model.NodeAppearance;
import org.innoscape.model.values.Wording;

/**
 * Draws the nodes of a view by the diagram's appearances (Gephi's Appearance panel, Kumu's
 * decorations): each sets the fill, size, border or label of one mapping's nodes (mappings of one
 * class drawn by one source together) from the values of one attribute, reference or metric, over the
 * diagram type's style. Categories take the colours of
 * {@link Palettes#CATEGORIES} in their natural order (an enumeration's, yes after no, names
 * alphabetically); numbers a range between the lowest and highest value shown. Sizes scale the node
 * on screen only, as overlays do: the stored bounds never change. Returns what the legend must say.
 */
final class NodeAppearances {
    private static final Rgb RANGE_BORDER = Rgb.hex("#333333");
    private static final double SMALLEST_ALLOWED = 0.2;
    private static final double LARGEST_ALLOWED = 5;

    private NodeAppearances() {
    }

    static List<Entry> apply(DiagramView view, Decorations decorations) {
        List<Entry> legend = new ArrayList<>();
        for (Group group : groups(view, decorations)) {
            Map<ViewNode, Object> values = new HashMap<>();
            List<ViewNode> nodes = new ArrayList<>();
            for (ViewNode node : view.nodes()) {
                if (group.mappings().contains(node.mapping()) && group.domain().isInstance(node.element())
                        && !(group.appearance().getChannel() == AppearanceChannel.SIZE && node.isContainer())) {
                    nodes.add(node);
                    values.put(node, group.source().valueOf(node.element(), decorations));
                }
            }
            if (nodes.isEmpty()) {
                continue;
            }
            Channel channel = new Channel(group.appearance(), group.source(), group.subject(), legend);
            if (group.source().numeric()) {
                channel.numbers(nodes, values);
            } else {
                channel.categories(nodes, values);
            }
        }
        return legend;
    }

    /** The appearances of one channel and source over the mappings of one class: drawn together, one legend. */
    private record Group(NodeAppearance appearance, AppearanceSource source, EClass domain, List<NodeMapping> mappings,
            String subject) {
    }

    private record GroupKey(AppearanceChannel channel, String source, EClass domain) {
    }

    /**
     * The diagram's appearances that can be drawn, grouped: the last one per mapping and channel counts
     * (the dialog writes one; a hand-edited file may hold more), and mappings of one class drawn by the
     * same source (a landscape's placed and unplaced initiatives) share their categories and range.
     */
    private static List<Group> groups(DiagramView view, Decorations decorations) {
        Map<GroupKey, Group> groups = new LinkedHashMap<>();
        for (NodeAppearance appearance : EffectiveAppearances.of(view.diagram().getAppearances())) {
            NodeMapping mapping = view.description().findNodeMapping(appearance.getMapping());
            if (mapping == null || mapping.getDomainClass() == null) {
                continue; // another diagram type's mapping, or a half-written file: the type's style stands
            }
            String key = appearance.getSource();
            String metricId = key != null && key.startsWith(AppearanceSource.METRIC) ? key.substring(AppearanceSource.METRIC.length()) : null;
            if (metricId != null && !decorations.hasMetric(metricId)) {
                continue; // computed in the background: drawn when its values arrive
            }
            AppearanceSource source = AppearanceSources.find(mapping.getDomainClass(), key,
                    metricId == null ? null : decorations.metricLabel(metricId));
            if (source == null) {
                continue;
            }
            GroupKey groupKey = new GroupKey(appearance.getChannel(), key, mapping.getDomainClass());
            Group group = groups.get(groupKey);
            if (group == null) {
                String kind = mapping.getLabel() != null ? mapping.getLabel() : Wording.kind(mapping.getDomainClass().getName());
                groups.put(groupKey, new Group(appearance, source, mapping.getDomainClass(), new ArrayList<>(List.of(mapping)),
                        kind + " " + source.label().toLowerCase(Locale.ROOT)));
            } else {
                group.mappings().add(mapping);
            }
        }
        return List.copyOf(groups.values());
    }

    /** One appearance applied to its nodes. */
    private record Channel(NodeAppearance appearance, AppearanceSource source, String subject, List<Entry> legend) {

        void categories(List<ViewNode> nodes, Map<ViewNode, Object> values) {
            TreeSet<Object> distinct = new TreeSet<>(CATEGORY_ORDER);
            values.values().stream().filter(Objects::nonNull).forEach(distinct::add);
            // A small enumeration keeps one colour per value whatever the model holds; others are ranked as they come.
            List<Object> ordered = source.fixed().isEmpty() ? new ArrayList<>(distinct) : source.fixed();
            List<Object> shown = ordered.stream().filter(distinct::contains).toList();
            boolean someNotStated = values.containsValue(null);
            for (ViewNode node : nodes) {
                Object value = values.get(node);
                int index = value == null ? -1 : ordered.indexOf(value);
                if (value != null && index < 0) {
                    index = Palettes.CATEGORIES.size(); // not among the fixed values (another version's): "other"
                }
                switch (appearance.getChannel()) {
                    case FILL -> fill(node, value == null ? Palettes.NOT_STATED : Palettes.category(index));
                    case BORDER -> {
                        if (value != null) {
                            node.restyle(node.style().withBorder(Palettes.category(index), 3), false);
                        }
                    }
                    case SIZE -> scale(node, value == null || shown.size() < 2 ? 1.0
                            : between((double) Math.max(0, shown.indexOf(value)) / (shown.size() - 1)));
                    case LABEL -> {
                        if (value != null) {
                            node.relabel(labelled(node, AppearanceSources.categoryText(value)));
                        }
                    }
                }
            }
            switch (appearance.getChannel()) {
                case FILL, BORDER -> {
                    Swatch swatch = appearance.getChannel() == AppearanceChannel.FILL ? Swatch.FILL : Swatch.BORDER;
                    int others = 0;
                    for (Object value : shown) {
                        int index = ordered.indexOf(value);
                        if (index < Palettes.CATEGORIES.size()) {
                            legend.add(new Entry(Palettes.category(index), swatch, LineStyle.SOLID,
                                    subject + ": " + AppearanceSources.categoryText(value)));
                        } else {
                            others++;
                        }
                    }
                    if (others > 0) {
                        legend.add(new Entry(Palettes.OTHER, swatch, LineStyle.SOLID, subject + ": " + others + " other values"));
                    }
                    if (someNotStated && appearance.getChannel() == AppearanceChannel.FILL) {
                        legend.add(Entry.fill(Palettes.NOT_STATED, subject + ": not stated"));
                    }
                }
                case SIZE -> {
                    if (shown.size() >= 2) {
                        legend.add(new Entry(Palettes.NEUTRAL, Swatch.SIZE, LineStyle.SOLID, subject + " by size: "
                                + AppearanceSources.categoryText(shown.get(0)) + " smallest, "
                                + AppearanceSources.categoryText(shown.get(shown.size() - 1)) + " largest"));
                    }
                    if (someNotStated) {
                        legend.add(new Entry(Palettes.NEUTRAL, Swatch.NONE, LineStyle.SOLID, subject + " not stated: own size"));
                    }
                }
                case LABEL -> legend.add(new Entry(Rgb.WHITE, Swatch.NONE, LineStyle.SOLID, "Labels show the " + subject));
            }
        }

        void numbers(List<ViewNode> nodes, Map<ViewNode, Object> values) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            boolean someNotStated = false;
            for (Object value : values.values()) {
                if (value instanceof Double number && Double.isFinite(number)) {
                    min = Math.min(min, number);
                    max = Math.max(max, number);
                } else {
                    someNotStated = true;
                }
            }
            if (min > max) {
                return; // nothing stated: nothing to draw by
            }
            for (ViewNode node : nodes) {
                Object value = values.get(node);
                if (!(value instanceof Double number) || !Double.isFinite(number)) {
                    if (appearance.getChannel() == AppearanceChannel.FILL) {
                        fill(node, Palettes.NOT_STATED);
                    }
                    continue;
                }
                double share = max > min ? (number - min) / (max - min) : 0.5;
                switch (appearance.getChannel()) {
                    case FILL -> fill(node, Palettes.ramp(share));
                    case SIZE -> scale(node, max > min ? between(share) : 1.0);
                    case BORDER -> node.restyle(node.style().withBorder(RANGE_BORDER, 1 + (int) Math.round(5 * share)), false);
                    case LABEL -> node.relabel(labelled(node, number(number)));
                }
            }
            String range = number(min) + " to " + number(max);
            switch (appearance.getChannel()) {
                case FILL -> {
                    if (max > min) {
                        legend.add(Entry.fill(Palettes.ramp(0), subject + ": " + number(min) + " (lightest)"));
                        legend.add(Entry.fill(Palettes.ramp(1), subject + ": " + number(max) + " (darkest)"));
                    } else {
                        legend.add(Entry.fill(Palettes.ramp(0.5), subject + ": " + number(min) + " (every one)"));
                    }
                    if (someNotStated) {
                        legend.add(Entry.fill(Palettes.NOT_STATED, subject + ": not stated"));
                    }
                }
                case SIZE -> {
                    if (max > min) {
                        legend.add(new Entry(Palettes.NEUTRAL, Swatch.SIZE, LineStyle.SOLID, subject + " by size: " + range
                                + " (" + times(smallest()) + " to " + times(largest()) + ")"));
                    }
                    if (someNotStated) {
                        legend.add(new Entry(Palettes.NEUTRAL, Swatch.NONE, LineStyle.SOLID, subject + " not stated: own size"));
                    }
                }
                case BORDER -> legend.add(new Entry(RANGE_BORDER, Swatch.BORDER, LineStyle.SOLID,
                        subject + " by border width: " + range));
                case LABEL -> legend.add(new Entry(Rgb.WHITE, Swatch.NONE, LineStyle.SOLID, "Labels show the " + subject));
            }
        }

        private void fill(ViewNode node, Rgb color) {
            NodeStyle style = node.style();
            node.restyle(style.withFill(color).withLabel(Palettes.labelOn(color), style.fontSize(), style.bold()), true);
        }

        private void scale(ViewNode node, double factor) {
            if (factor != 1.0) {
                node.scale(factor); // containers are never among a size's nodes (apply)
            }
        }

        private double between(double share) {
            return smallest() + (largest() - smallest()) * share;
        }

        private double smallest() {
            return clamp(appearance.getSmallest());
        }

        private double largest() {
            return clamp(appearance.getLargest());
        }

        private static double clamp(double factor) {
            return Double.isFinite(factor) ? Math.max(SMALLEST_ALLOWED, Math.min(LARGEST_ALLOWED, factor)) : 1.0;
        }

        private static String labelled(ViewNode node, String value) {
            return (node.label() == null ? "" : node.label() + " ") + "(" + value + ")";
        }
    }

    /** An enumeration's order, no before yes, then by the words shown, and elements of one name by id (stable across runs). */
    private static final Comparator<Object> CATEGORY_ORDER = (a, b) -> {
        if (a instanceof Enumerator x && b instanceof Enumerator y) {
            return Integer.compare(x.getValue(), y.getValue());
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        int byText = AppearanceSources.categoryText(a).compareToIgnoreCase(AppearanceSources.categoryText(b));
        if (byText != 0) {
            return byText;
        }
        return identity(a).compareTo(identity(b));
    };

    private static String identity(Object value) {
        return value instanceof EObject element ? ElementKeys.idOf(element) : String.valueOf(value);
    }

    /** A number as the legend and labels show it: whole numbers whole, others to three significant digits. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static String times(double factor) {
        return "×" + number(factor);
    }
}
