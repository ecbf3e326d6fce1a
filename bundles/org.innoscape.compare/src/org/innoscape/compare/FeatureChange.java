package org.innoscape.compare;

import java.util.List;

/**
 * How one attribute or reference of an element differs between two snapshots. A single value has
 * {@code before} and {@code after} (empty when unset); a list says what was {@code added} and
 * {@code removed} (a reordering alone is no change).
 */
public record FeatureChange(String feature, String words, boolean many, List<String> before, List<String> after,
        List<String> added, List<String> removed) {

    public FeatureChange {
        before = List.copyOf(before);
        after = List.copyOf(after);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /** "status changed from active to closed", "owners: added NHSX; removed NICE". */
    public String sentence() {
        if (!many) {
            if (before.isEmpty()) {
                return words + " set to " + quoted(after);
            }
            if (after.isEmpty()) {
                return words + " cleared (was " + quoted(before) + ")";
            }
            return words + " changed from " + quoted(before) + " to " + quoted(after);
        }
        StringBuilder text = new StringBuilder(words).append(':');
        if (!added.isEmpty()) {
            text.append(" added ").append(quoted(added));
        }
        if (!removed.isEmpty()) {
            text.append(added.isEmpty() ? "" : ";").append(" removed ").append(quoted(removed));
        }
        return text.toString();
    }

    private static String quoted(List<String> values) {
        List<String> shown = values.size() > 6 ? values.subList(0, 6) : values;
        String text = String.join(", ", shown.stream().map(v -> "'" + v + "'").toList());
        return values.size() > 6 ? text + " and " + (values.size() - 6) + " more" : text;
    }
}
