package org.innoscape.compare;

import java.util.List;

/** Elements added, removed and changed between two snapshots of a model, matched by id. */
public record ModelDifference(List<ElementSummary> added, List<ElementSummary> removed, List<ElementChange> changed,
        List<LayoutChange> layouts) {

    /**
     * Diagram nodes added, removed, moved or resized in one diagram: counted, not listed one by one,
     * since a layout change moves many nodes and means little node by node.
     */
    public record LayoutChange(ElementSummary diagram, int added, int removed, int changed) {
        public String sentence() {
            java.util.List<String> parts = new java.util.ArrayList<>();
            if (added > 0) {
                parts.add(added + (added == 1 ? " node" : " nodes") + " added");
            }
            if (removed > 0) {
                parts.add(removed + (removed == 1 ? " node" : " nodes") + " removed");
            }
            if (changed > 0) {
                parts.add(changed + (changed == 1 ? " node" : " nodes") + " moved or resized");
            }
            return String.join(", ", parts);
        }
    }

    public ModelDifference {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        layouts = List.copyOf(layouts);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && layouts.isEmpty();
    }
}
