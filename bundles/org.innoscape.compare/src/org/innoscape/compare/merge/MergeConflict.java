package org.innoscape.compare.merge;

/**
 * Something both sides changed in ways that do not fit together.
 *
 * @param elementId the element concerned
 * @param label     how people know it ("Actor 'NHSX'")
 * @param feature   the attribute or reference ("status"), or null when the element itself is concerned
 * @param ours      what our side has, in words
 * @param theirs    what their side has, in words
 * @param settled   how it was settled ("kept ours"), or null when the merge kept ours pending a decision
 */
public record MergeConflict(String elementId, String label, String feature, String ours, String theirs, String settled) {

    public String sentence() {
        String what = feature == null ? label : label + ", " + feature;
        return what + ": ours " + ours + ", theirs " + theirs + (settled == null ? "" : " (" + settled + ")");
    }
}
