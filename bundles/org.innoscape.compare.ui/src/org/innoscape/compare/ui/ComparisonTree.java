package org.innoscape.compare.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.innoscape.compare.Comparison;
import org.innoscape.compare.ElementChange;
import org.innoscape.compare.ElementSummary;
import org.innoscape.compare.FeatureChange;
import org.innoscape.compare.FindingDifference;
import org.innoscape.compare.LandscapeDifference;
import org.innoscape.compare.ModelDifference;

/**
 * A comparison as the tree the Comparison view shows: groups (Added, Removed, Changed, Diagram
 * layouts, Landscape, Findings), their elements, and each element's changes in words.
 */
final class ComparisonTree {

    /** One line of the tree; {@code elementId} is set where the line stands for an element of the model. */
    record Node(String text, String elementId, List<Node> children) {
    }

    private ComparisonTree() {
    }

    static List<Node> of(Comparison comparison) {
        ModelDifference elements = comparison.elements();
        List<Node> roots = new ArrayList<>();
        group(roots, Messages.ComparisonTree_added, summaries(elements.added()));
        group(roots, Messages.ComparisonTree_removed, summaries(elements.removed()));
        List<Node> changed = new ArrayList<>();
        for (ElementChange change : elements.changed()) {
            List<Node> features = new ArrayList<>();
            for (FeatureChange feature : change.changes()) {
                features.add(new Node(feature.sentence(), change.element().id(), List.of()));
            }
            changed.add(new Node(change.element().label(), change.element().id(), features));
        }
        group(roots, Messages.ComparisonTree_changed, changed);
        List<Node> layouts = new ArrayList<>();
        for (ModelDifference.LayoutChange layout : elements.layouts()) {
            layouts.add(new Node(NLS.bind(Messages.ComparisonTree_layout, layout.diagram().label(), layout.sentence()), layout.diagram().id(),
                    List.of()));
        }
        group(roots, Messages.ComparisonTree_layouts, layouts);
        List<Node> landscape = new ArrayList<>();
        for (LandscapeDifference.Section section : comparison.landscape().sections()) {
            List<Node> rows = new ArrayList<>();
            for (LandscapeDifference.Row row : section.rows()) {
                if (row.changed()) {
                    rows.add(new Node(NLS.bind(Messages.ComparisonTree_landscapeRow, new Object[] { row.label(), row.before(), row.after() }), null,
                            List.of()));
                }
            }
            if (!rows.isEmpty()) {
                landscape.add(new Node(section.title(), null, rows));
            }
        }
        if (!landscape.isEmpty()) {
            roots.add(new Node(Messages.ComparisonTree_landscape, null, landscape));
        }
        FindingDifference findings = comparison.findings();
        if (findings != null) {
            group(roots, Messages.ComparisonTree_findingsAppeared, findings(findings.appeared()));
            group(roots, Messages.ComparisonTree_findingsResolved, findings(findings.disappeared()));
        }
        if (!comparison.problems().isEmpty()) {
            group(roots, Messages.ComparisonTree_problems, comparison.problems().stream().map(p -> new Node(p, null, List.of())).toList());
        }
        return roots;
    }

    private static void group(List<Node> roots, String title, List<Node> children) {
        if (!children.isEmpty()) {
            roots.add(new Node(NLS.bind(Messages.ComparisonTree_group, title, children.size()), null, children));
        }
    }

    private static List<Node> summaries(List<ElementSummary> elements) {
        return elements.stream().map(e -> new Node(e.label(), e.id(), List.of())).toList();
    }

    private static List<Node> findings(List<FindingDifference.Item> items) {
        return items.stream()
                .map(i -> new Node(NLS.bind(Messages.ComparisonTree_finding, i.message(), i.ruleName()),
                        i.elementIds().isEmpty() ? null : i.elementIds().get(0), List.of()))
                .toList();
    }
}
