package org.innoscape.analysis.duplication.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records that are copies of one another (everything the detector compares is equal, their meanings
 * included; only the ids differ), found before comparing: each group is compared once, through its first record, so that a
 * register holding a row many times costs and reports as if it held it once, and the copies are linked
 * to one another in a chain (n - 1 pairs, not n(n - 1)/2).
 */
final class IdenticalRecords {
    /** For each distinct record (in the order first met), the positions of the records equal to it, ascending. */
    private final List<int[]> groups;

    private IdenticalRecords(List<int[]> groups) {
        this.groups = groups;
    }

    /** @param meanings the records' embeddings, or null when meaning is not compared */
    static IdenticalRecords of(List<InitiativeRecord> records, float[][] meanings) {
        Map<Content, List<Integer>> byContent = new HashMap<>();
        List<List<Integer>> inOrder = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Content content = new Content(records.get(i).withoutId(), meanings == null ? null : meanings[i]);
            final int position = i;
            byContent.computeIfAbsent(content, c -> {
                List<Integer> group = new ArrayList<>();
                inOrder.add(group);
                return group;
            }).add(position);
        }
        List<int[]> groups = new ArrayList<>(inOrder.size());
        inOrder.forEach(group -> groups.add(group.stream().mapToInt(Integer::intValue).toArray()));
        return new IdenticalRecords(groups);
    }

    /** A record without its id, and its embedding compared by value. */
    private record Content(InitiativeRecord record, float[] meaning) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Content that && record.equals(that.record) && Arrays.equals(meaning, that.meaning);
        }

        @Override
        public int hashCode() {
            return 31 * record.hashCode() + Arrays.hashCode(meaning);
        }
    }

    /** How many records are copies of an earlier one. */
    int copies(int recordCount) {
        return recordCount - groups.size();
    }

    /** The first record of each group, in order. */
    <T> List<T> distinct(List<T> all) {
        List<T> distinct = new ArrayList<>(groups.size());
        groups.forEach(group -> distinct.add(all.get(group[0])));
        return distinct;
    }

    /** The rows of the first record of each group (null stays null). */
    float[][] distinct(float[][] all) {
        if (all == null) {
            return null;
        }
        float[][] distinct = new float[groups.size()][];
        for (int d = 0; d < distinct.length; d++) {
            distinct[d] = all[groups.get(d)[0]];
        }
        return distinct;
    }

    /** The position among all records of the {@code d}-th distinct one. */
    int position(int d) {
        return groups.get(d)[0];
    }

    /** The positions of the {@code d}-th distinct record and of its copies, ascending. */
    int[] group(int d) {
        return groups.get(d);
    }

    int distinctCount() {
        return groups.size();
    }
}
