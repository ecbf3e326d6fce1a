package org.innoscape.compare;

import java.util.List;

/** An element present in both snapshots whose own attributes or references differ. */
public record ElementChange(ElementSummary element, List<FeatureChange> changes) {

    public ElementChange {
        changes = List.copyOf(changes);
    }
}
