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
     * also bounds the pairs this adds: at most 19 per initiative and form of its name.
     */
    static final int LARGEST = 20;

    /**
     * For each initiative, the earlier ones of one name (ascending): the same words, or one's bare words the
     * other's words with the same owner ({@link NameForms#bare}), or one's acronym the initials of the one full
     * name that has them, or one within the other ({@link NameForms#trimmed}); each from groups of at most
     * {@link #LARGEST} initiatives.
     */
    static int[][] earlier(Keys keys, long[][] trimmed, String[][] nameWords) {
        Links links = new Links();
        for (List<Integer> group : repeated(keys.words()).values()) {
            if (group.size() <= LARGEST) {
                links.eachPair(group, group);
            }
        }
        linkTypedAgain(nameWords, links);
        linkAcross(keys.bare(), keys.owned(), null, links);
        linkAcross(keys.acronyms(), keys.initials(), keys.words(), links);
        linkContained(keys.words(), trimmed, links);
        return links.earlier(keys.words().length);
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

    /**
     * Links each initiative's short form to the others' long forms of the same key, in groups of at most
     * {@link #LARGEST}. With {@code oneName}, only where the long forms are all one name: an acronym that two
     * programmes' initials give ("DPN": "Digital Pathology Network", "Diabetes Prevention Network") is neither.
     */
    private static void linkAcross(long[] shortForms, long[] longForms, long[] oneName, Links links) {
        for (Map.Entry<Long, List<Integer>> group : repeated(shortForms, longForms).entrySet()) {
            if (group.getValue().size() > LARGEST) {
                continue;
            }
            long key = group.getKey();
            List<Integer> shorts = group.getValue().stream().filter(i -> shortForms[i] == key).toList();
            List<Integer> longs = group.getValue().stream().filter(i -> longForms[i] == key).toList();
            if (oneName == null || longs.stream().mapToLong(i -> oneName[i]).distinct().count() == 1) {
                links.eachPair(shorts, longs);
            }
        }
    }

    /**
     * Links each initiative to the others whose name is its own less a few words at either end ({@link NameForms#trimmed}),
     * where the initiatives of that name and those whose names hold it are at most {@link #LARGEST}.
     */
    private static void linkContained(long[] words, long[][] trimmed, Links links) {
        long[] names = Arrays.stream(words).filter(k -> k != 0).sorted().distinct().toArray();
        Map<Long, List<Integer>> containing = new HashMap<>();
        for (int i = 0; i < trimmed.length; i++) {
            for (long key : trimmed[i]) {
                if (Arrays.binarySearch(names, key) >= 0) {
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
        Map<Long, List<Integer>> named = new HashMap<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i] != 0 && containing.containsKey(words[i])) {
                named.computeIfAbsent(words[i], k -> new ArrayList<>(2)).add(i);
            }
        }
        named.forEach((key, shorter) -> {
            List<Integer> longer = containing.get(key);
            if (shorter.size() + longer.size() <= LARGEST) {
                links.eachPair(shorter, longer);
            }
        });
    }

    /** Pairs of initiatives found to be of one name, each as one long (the later in the high half), until listed. */
    private static final class Links {
        private long[] packed = new long[64];
        private int size;

        /** Links every initiative of {@code first} to every one of {@code second} but itself. */
        void eachPair(List<Integer> first, List<Integer> second) {
            for (int a : first) {
                for (int b : second) {
                    if (a != b) {
                        add(Math.min(a, b), Math.max(a, b));
                    }
                }
            }
        }

        private void add(int earlier, int later) {
            if (size == packed.length) {
                packed = Arrays.copyOf(packed, size * 2);
            }
            packed[size++] = (long) later << 32 | earlier;
        }

        /** Each initiative's earlier linked ones, ascending and each once. */
        int[][] earlier(int initiatives) {
            long[] sorted = Arrays.copyOf(packed, size);
            Arrays.sort(sorted);
            int[][] earlier = none(initiatives);
            for (int from = 0; from < sorted.length;) {
                int later = (int) (sorted[from] >>> 32);
                int to = from;
                while (to < sorted.length && (int) (sorted[to] >>> 32) == later) {
                    to++;
                }
                earlier[later] = Arrays.stream(sorted, from, to).distinct().mapToInt(link -> (int) link).toArray();
                from = to;
            }
            return earlier;
        }
    }

    /**
     * Links names of one programme typed again ({@link #typedAgain}). Candidates share the first three letters of each word
     * (numbers whole), which words cut short and most typos keep; groups larger than {@link #LARGEST} are a template's.
     */
    private static void linkTypedAgain(String[][] nameWords, Links links) {
        long[] keys = new long[nameWords.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = typedKey(nameWords[i]);
        }
        for (List<Integer> group : repeated(keys).values()) {
            if (group.size() > LARGEST) {
                continue;
            }
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    if (typedAgain(nameWords[group.get(i)], nameWords[group.get(j)])) {
                        links.add(group.get(i), group.get(j));
                    }
                }
            }
        }
    }

    private static long typedKey(String[] words) {
        if (words.length < FEWEST_WORDS) {
            return 0;
        }
        List<String> starts = new ArrayList<>(words.length);
        for (String word : words) {
            starts.add(TextWords.isNumber(word) || word.length() <= 3 ? word : word.substring(0, 3));
        }
        return key(starts);
    }

    /**
     * Whether two names (their words, abbreviations written out) are one name typed again: as many words, each alike its
     * counterpart ({@link NameSubjects#alike}: cut short, mistyped, in another form), not the same words ("UNIVERSITY OF MANCH.
     * MEDICINES OPTIMISATION INF. HUB", "University of Manchester Medicines Optimisation Information Hub").
     */
    static boolean typedAgain(String[] first, String[] second) {
        if (first.length != second.length || first.length < FEWEST_WORDS || Arrays.equals(first, second)) {
            return false;
        }
        for (int i = 0; i < first.length; i++) {
            if (!NameSubjects.alike(first[i], second[i])) {
                return false;
            }
        }
        return true;
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
