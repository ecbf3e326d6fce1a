package org.innoscape.analysis.duplication.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Initiatives with the same name, however it is cased or punctuated ("Can FIT improve detection of bowel
 * cancer?" and "CAN FIT IMPROVE DETECTION OF BOWEL CANCER"), or written in another of its forms: with its
 * owner's name added, or as its acronym ({@link NameForms}). A programme recorded again with a summary,
 * or with no description, shares few words with its full record, but usually keeps its name: the same
 * name is evidence in words of its own, so such pairs are compared and reported whatever their score
 * (parameter same-name; the score and class say how far they agree). Names of one or two words say too
 * little (unless in capitals, an acronym, and met with the name it stands for), and a name shared by more than
 * {@link #LARGEST} initiatives is a scheme's, not a programme's.
 */
final class SameNames {
    private static final int[] NONE = {};

    private SameNames() {
    }

    /**
     * Names of fewer words are too general to be one programme's: "Core costs" was seven grants to seven
     * charities in one real register. (None of the planted pairs of four generators had a name of two words.)
     */
    static final int FEWEST_WORDS = 3;

    /** A key of a name's words ({@link TextWords}), 0 for a name of fewer than {@link #FEWEST_WORDS}. */
    static long nameKey(List<String> nameWords) {
        return nameWords.size() < FEWEST_WORDS ? 0 : key(nameWords);
    }

    /** A key of words: two different lists share one about once in 10^19; never 0. */
    static long key(List<String> nameWords) {
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

    /**
     * For each initiative, the earlier ones of one name (ascending): the same words, or one's bare words the
     * other's words with the same owner ({@link NameForms#bare}), or one's acronym the other's initials, or one within
     * the other ({@link NameForms#trimmed}); each from groups of at most
     * {@link #LARGEST}. Two names with the same initials are not one name: an acronym links only to full names.
     */
    static int[][] earlier(Keys keys, long[][] trimmed) {
        Map<Integer, java.util.SortedSet<Integer>> linked = new HashMap<>();
        for (List<Integer> group : repeated(keys.words()).values()) {
            int[] members = group.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
            if (members.length <= LARGEST) {
                for (int m = 1; m < members.length; m++) {
                    for (int e = 0; e < m; e++) {
                        link(linked, members[e], members[m]);
                    }
                }
            }
        }
        linkAcross(keys.bare(), keys.owned(), linked);
        linkAcross(keys.acronyms(), keys.initials(), linked);
        linkContained(keys.words(), trimmed, linked);
        int[][] earlier = none(keys.words().length);
        linked.forEach((later, earlierOnes) -> earlier[later] = earlierOnes.stream().mapToInt(Integer::intValue).toArray());
        return earlier;
    }

    /** The name keys of every initiative, by {@link NameForms}; 0 where a form does not apply. */
    record Keys(long[] words, long[] bare, long[] owned, long[] acronyms, long[] initials) implements java.io.Serializable {
        /**
         * How two initiatives' names are one, or null: the same words, the same but for an owner or listing
         * added to one, or one the other's acronym.
         */
        String account(int a, int b) {
            if (words[a] != 0 && words[a] == words[b]) {
                return "the same name";
            }
            if (bare[a] != 0 && bare[a] == owned[b] || bare[b] != 0 && bare[b] == owned[a]) {
                return "one owner's name, with the owner or a listing added to one";
            }
            if (acronyms[a] != 0 && acronyms[a] == initials[b] || acronyms[b] != 0 && acronyms[b] == initials[a]) {
                return "one name is the other's acronym";
            }
            return null;
        }
    }

    /** Links each initiative's short form to the others' long forms of the same key (in groups of at most {@link #LARGEST}). */
    private static void linkAcross(long[] shortForms, long[] longForms, Map<Integer, java.util.SortedSet<Integer>> linked) {
        for (Map.Entry<Long, List<Integer>> group : repeated(shortForms, longForms).entrySet()) {
            if (group.getValue().size() <= LARGEST) {
                for (int shortForm : group.getValue()) {
                    for (int longForm : group.getValue()) {
                        if (shortForms[shortForm] == group.getKey() && longForms[longForm] == group.getKey() && shortForm != longForm) {
                            link(linked, Math.min(shortForm, longForm), Math.max(shortForm, longForm));
                        }
                    }
                }
            }
        }
    }

    /**
     * Links each initiative to the others whose name is its own less a few words at either end ({@link NameForms#trimmed}),
     * where at most {@link #LARGEST} names contain that name.
     */
    private static void linkContained(long[] words, long[][] trimmed, Map<Integer, java.util.SortedSet<Integer>> linked) {
        Map<Long, List<Integer>> containing = new HashMap<>();
        java.util.Set<Long> names = new java.util.HashSet<>();
        for (long key : words) {
            if (key != 0) {
                names.add(key);
            }
        }
        for (int i = 0; i < trimmed.length; i++) {
            for (long key : trimmed[i]) {
                if (names.contains(key)) {
                    List<Integer> group = containing.computeIfAbsent(key, k -> new ArrayList<>(2));
                    if (group.isEmpty() || group.get(group.size() - 1) != i) {
                        group.add(i);
                    }
                }
            }
        }
        if (containing.isEmpty()) {
            return;
        }
        for (int named = 0; named < words.length; named++) {
            List<Integer> group = words[named] == 0 ? null : containing.get(words[named]);
            if (group != null && group.size() <= LARGEST) {
                for (int longer : group) {
                    if (longer != named) {
                        link(linked, Math.min(named, longer), Math.max(named, longer));
                    }
                }
            }
        }
    }

    private static void link(Map<Integer, java.util.SortedSet<Integer>> linked, int earlier, int later) {
        linked.computeIfAbsent(later, l -> new java.util.TreeSet<>()).add(earlier);
    }

    /** The initiatives of each key that occurs more than once over these arrays (0 is no key), in ascending order. */
    private static Map<Long, List<Integer>> repeated(long[]... keyArrays) {
        // Only keys that repeat get a list: sorting a copy finds them without a map entry per initiative.
        long[] sorted = java.util.Arrays.stream(keyArrays).flatMapToLong(Arrays::stream).filter(k -> k != 0).sorted().toArray();
        Map<Long, List<Integer>> groups = new HashMap<>();
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                groups.putIfAbsent(sorted[i], new ArrayList<>(2));
            }
        }
        for (int i = 0; i < keyArrays[0].length; i++) {
            for (long[] keys : keyArrays) {
                List<Integer> group = keys[i] == 0 ? null : groups.get(keys[i]);
                if (group != null && (group.isEmpty() || group.get(group.size() - 1) != i)) {
                    group.add(i);
                }
            }
        }
        return groups;
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
