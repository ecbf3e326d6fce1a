package org.innoscape.analysis.duplication.core;

import java.util.Arrays;
import java.util.Set;

/**
 * Names of one frame that differ in their subject: "West Midlands E-Rostering Forum" and "West Midlands
 * Ambient Voice Forum", "Digital Health Strategy for Dementia" and "Digital Health Strategy for Health
 * Inequalities". Registers name the sister programmes of one template so, and their descriptions, written from
 * the same template too, score like a programme recorded twice. A programme recorded twice keeps its subject:
 * its name may gain a typo, a word cut short, a label or another word for its kind ("network" for
 * "collaborative"), and those are not read as a subject.
 * <p>
 * The frame is what the names share at their start and at their end (words compared as {@link #alike});
 * the subjects are what is left in the middle of each (or at the end, after "for", "in"...). They differ when
 * the frame holds at least {@link #FEWEST_IN_FRAME} telling words, each subject holds one to
 * {@link #MOST_IN_SUBJECT} telling words, and no word of one is alike a word of the other. Words for a
 * programme's kind ("fund", "accelerator", "uptake") tell nothing: a programme recorded again is often
 * called another kind of thing ("uptake fund", "adoption fund").
 */
final class NameSubjects {
    static final int FEWEST_IN_FRAME = 2;
    static final int MOST_IN_SUBJECT = 4;
    private static final Set<String> SMALL = Set.of("and", "of", "the", "for", "in", "at", "on", "to", "a", "an", "with", "by", "from");
    private static final Set<String> BEFORE_A_SUBJECT = Set.of("for", "in", "on", "with", "of", "to");
    /** Words for a programme's kind, stage or round, which a name recorded again may change: never a subject. */
    private static final Set<String> KINDS = Set.of("programme", "programmes", "program", "project", "projects", "scheme", "schemes",
            "initiative", "initiatives", "study", "pilot", "pilots", "fund", "funding", "network", "forum", "collaborative", "hub",
            "call", "grant", "grants", "award", "awards", "challenge", "competition", "series", "round", "rounds", "cohort", "cohorts",
            "wave", "waves", "phase", "phases", "year", "stage", "service", "services", "evaluation", "eval", "accelerator", "support",
            "adoption", "uptake", "payment", "tariff", "framework", "procurement", "purchasing", "portal", "gateway", "signposting");

    private NameSubjects() {
    }

    /**
     * The two names' subjects, each as its words, when the names share a frame and the subjects have no word
     * alike; otherwise null. The names are given as {@link TextWords} (lower case, letters and digits).
     */
    static String[] differing(String[] first, String[] second) {
        int shortest = Math.min(first.length, second.length);
        int start = 0;
        while (start < shortest && alike(first[start], second[start])) {
            start++;
        }
        int end = 0;
        while (end < shortest - start && alike(first[first.length - 1 - end], second[second.length - 1 - end])) {
            end++;
        }
        String[] firstSubject = Arrays.copyOfRange(first, start, first.length - end);
        String[] secondSubject = Arrays.copyOfRange(second, start, second.length - end);
        int frame = telling(Arrays.copyOfRange(first, 0, start)) + telling(Arrays.copyOfRange(first, first.length - end, first.length));
        int firstTelling = telling(firstSubject);
        int secondTelling = telling(secondSubject);
        // A subject at the very end is one only after "for", "in"...: "Strategy for Dementia"; a name that ends in another
        // word ("... Adoption Fund", "... Tariff Scheme") has another word for its kind there.
        boolean named = end > 0 || start > 0 && BEFORE_A_SUBJECT.contains(first[start - 1]);
        if (!named || frame < FEWEST_IN_FRAME || firstTelling == 0 || secondTelling == 0 || firstTelling > MOST_IN_SUBJECT
                || secondTelling > MOST_IN_SUBJECT) {
            return null;
        }
        for (String x : firstSubject) {
            for (String y : secondSubject) {
                if (isTelling(x) && isTelling(y) && alike(x, y)) {
                    return null;
                }
            }
        }
        return new String[] {String.join(" ", firstSubject), String.join(" ", secondSubject)};
    }

    private static int telling(String[] words) {
        int count = 0;
        for (String word : words) {
            if (isTelling(word)) {
                count++;
            }
        }
        return count;
    }

    /** Not a small word, a kind of programme, a number or a single letter. */
    private static boolean isTelling(String word) {
        return word.length() > 1 && !SMALL.contains(word) && !KINDS.contains(word) && !word.chars().allMatch(Character::isDigit);
    }

    /**
     * The same word, one cut short ("eval", "evaluation"; three letters at least), or the same with a typo: one
     * edit in words of four or five letters, two from six (a swap of two neighbouring letters is one edit), a
     * letter left out of a word of four, or the same letters in another order.
     */
    static boolean alike(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (shorter.length() >= 3 && longer.startsWith(shorter)) {
            return true;
        }
        // Three letters: only a letter left out ("cre", "care"), so that abbreviations one letter apart stay apart (CKD, CVD).
        if (shorter.length() >= 4 && sameLetters(x, y)) {
            return true; // letters typed in another order ("leif", "life")
        }
        int allowed = shorter.length() >= 6 ? 2 : shorter.length() >= 4 || shorter.length() == 3 && longer.length() == 4 ? 1 : 0;
        return allowed > 0 && longer.length() - shorter.length() <= allowed && edits(x, y) <= allowed;
    }

    private static boolean sameLetters(String x, String y) {
        char[] a = x.toCharArray();
        char[] b = y.toCharArray();
        Arrays.sort(a);
        Arrays.sort(b);
        return Arrays.equals(a, b);
    }

    /** Edits (insert, delete, change, swap of neighbours) between two words: optimal string alignment distance. */
    private static int edits(String x, String y) {
        int[][] d = new int[x.length() + 1][y.length() + 1];
        for (int i = 0; i <= x.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            for (int j = 1; j <= y.length(); j++) {
                int change = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + change);
                if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length()][y.length()];
    }
}
