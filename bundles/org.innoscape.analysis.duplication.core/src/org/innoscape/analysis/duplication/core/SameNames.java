package org.innoscape.analysis.duplication.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Initiatives with the same name, however it is cased or punctuated ("Can FIT improve detection of bowel
 * cancer?" and "CAN FIT IMPROVE DETECTION OF BOWEL CANCER"). A programme recorded again with a summary,
 * or with no description, shares few words with its full record, but usually keeps its name: the same
 * name is evidence in words of its own, so such pairs are compared and reported whatever their score
 * (parameter same-name; the score and class say how far they agree). Names of one word say too little,
 * and a name shared by more than {@link #LARGEST} initiatives is a scheme's, not a programme's.
 */
final class SameNames {
    private static final int[] NONE = {};

    private SameNames() {
    }

    /** A key of a name's words ({@link TextWords}), 0 for a name of fewer than two words. */
    static long key(List<String> nameWords) {
        if (nameWords.size() < 2) {
            return 0;
        }
        long hash = 0xcbf29ce484222325L; // 64-bit FNV-1a: two different names share a key about once in 10^19
        for (String word : nameWords) {
            for (int i = 0; i < word.length(); i++) {
                hash = (hash ^ word.charAt(i)) * 0x100000001b3L;
            }
            hash = (hash ^ ' ') * 0x100000001b3L;
        }
        return hash == 0 ? 1 : hash;
    }

    /**
     * Names shared by more initiatives than this are a scheme's ("Innovation Awards 2019" run by twenty
     * trusts), not one programme's: their pairs are left to the words and meaning, like any others. It
     * also bounds the pairs this adds: at most 19 per initiative.
     */
    static final int LARGEST = 20;

    /** For each initiative, the earlier ones with the same name (ascending), from groups of at most {@link #LARGEST}. */
    static int[][] earlier(long[] keys) {
        // Only keys that repeat get a list: sorting a copy finds them without a map entry per initiative.
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        Map<Long, List<Integer>> groups = new HashMap<>();
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != 0 && sorted[i] == sorted[i - 1]) {
                groups.putIfAbsent(sorted[i], new ArrayList<>(2));
            }
        }
        for (int i = 0; i < keys.length; i++) {
            List<Integer> group = keys[i] == 0 ? null : groups.get(keys[i]);
            if (group != null) {
                group.add(i);
            }
        }
        int[][] earlier = none(keys.length);
        for (List<Integer> group : groups.values()) {
            if (group.size() > LARGEST) {
                continue;
            }
            int[] members = group.stream().mapToInt(Integer::intValue).toArray(); // ascending: added in order
            for (int m = 1; m < members.length; m++) {
                earlier[members[m]] = Arrays.copyOf(members, m);
            }
        }
        return earlier;
    }

    /** No initiative has an earlier one of the same name (the same-name parameter is off). */
    static int[][] none(int size) {
        int[][] earlier = new int[size][];
        Arrays.fill(earlier, NONE);
        return earlier;
    }

    /** Whether {@code a} and {@code b} (a < b) have the same name, by the lists of {@link #earlier}. */
    static boolean same(int[][] earlier, int a, int b) {
        return earlier[b].length > 0 && Arrays.binarySearch(earlier[b], a) >= 0;
    }

    /** Each initiative's earlier ones near in meaning (or null) and with the same name, united, ascending. */
    static int[][] union(int[][] nearInMeaning, int[][] sameName) {
        if (nearInMeaning == null) {
            return sameName;
        }
        int[][] both = new int[sameName.length][];
        for (int i = 0; i < both.length; i++) {
            if (sameName[i].length == 0) {
                both[i] = nearInMeaning[i];
            } else {
                both[i] = java.util.stream.IntStream.concat(Arrays.stream(nearInMeaning[i]), Arrays.stream(sameName[i])).sorted().distinct()
                        .toArray();
            }
        }
        return both;
    }
}
