package org.innoscape.analysis.duplication.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names of one frame that differ in their subject: "West Midlands E-Rostering Forum" and "West Midlands
 * Ambient Voice Forum", "Digital Health Strategy for Dementia" and "Digital Health Strategy for Health
 * Inequalities". Registers name the sister programmes of one template so, and their descriptions, written from
 * the same template too, score like a programme recorded twice. A programme recorded twice keeps its subject:
 * its name may gain a typo, a word cut short or in another form ("prescribing", "prescription"), a label,
 * another word for its kind ("network" for "collaborative") or an abbreviation for its words ("RPA"), and
 * those are not read as a subject.
 * <p>
 * The frame is what the names share at their start and at their end (words compared as {@link #alike});
 * the subjects are what is left in the middle of each (or at the end, after "for", "in"...). They differ when
 * the frame holds at least {@link #FEWEST_IN_FRAME} telling words, each subject holds one to
 * {@link #MOST_IN_SUBJECT} telling words, no word of one is alike a word of the other, neither is the other's
 * initials, they name no condition, intervention... in common as the word lists know them ("rapid WGS", "whole genome
 * sequencing"), and they are not both places (places are compared as places: a town in its county is no other
 * subject). Words for a programme's kind ("fund", "accelerators", "uptake") tell nothing: a programme recorded
 * again is often called another kind of thing ("uptake fund", "adoption fund").
 */
final class NameSubjects {
    static final int FEWEST_IN_FRAME = 2;
    static final int MOST_IN_SUBJECT = 4;
    /**
     * Longer words are nobody's typo: they are alike only when one starts with the other. Bounds the work a name made
     * to be costly can ask of {@link #edits}.
     */
    static final int LONGEST_TYPED = 40;
    private static final Set<String> SMALL = Set.of("and", "of", "the", "for", "in", "at", "on", "to", "a", "an", "with", "by", "from");
    private static final Set<String> BEFORE_A_SUBJECT = Set.of("for", "in", "on", "with", "of", "to");
    /** Words for a programme's kind, stage or round, which a name recorded again may change: never a subject (nor their plurals). */
    private static final Set<String> KINDS = Set.of("programme", "program", "project", "scheme", "initiative", "study", "studies",
            "pilot", "fund", "funding", "network", "forum", "collaborative", "hub", "call", "grant", "award", "challenge", "competition",
            "series", "round", "cohort", "wave", "phase", "year", "stage", "service", "evaluation", "eval", "accelerator", "support",
            "adoption", "uptake", "payment", "tariff", "framework", "procurement", "purchasing", "portal", "gateway", "signposting");
    /** Endings a word may take in another form of it, longest first: "prescrib|ing", "prescrip|tion". */
    private static final List<String> ENDINGS = List.of("ations", "ation", "itions", "ition", "tions", "tion", "sions", "sion",
            "ings", "ing", "ions", "ion", "ies", "es", "ed", "s");

    private NameSubjects() {
    }

    /**
     * The two names' subjects, each as its words, when the names share a frame and the subjects differ; otherwise
     * null. The names are given as {@link TextWords} (lower case, letters and digits), abbreviations written out.
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
        // A subject at the very end is one only after "for", "in"...: "Strategy for Dementia"; a name that ends in another
        // word ("... Adoption Fund", "... Tariff Scheme") has another word for its kind there.
        boolean named = end > 0 || start > 0 && BEFORE_A_SUBJECT.contains(first[start - 1]);
        // Most pairs asked about share no frame: they are let go before their subjects are read.
        if (!named || telling(first, 0, start).size() + telling(first, first.length - end, first.length).size() < FEWEST_IN_FRAME) {
            return null;
        }
        String[] firstSubject = Arrays.copyOfRange(first, start, first.length - end);
        String[] secondSubject = Arrays.copyOfRange(second, start, second.length - end);
        List<String> firstTelling = telling(firstSubject, 0, firstSubject.length);
        List<String> secondTelling = telling(secondSubject, 0, secondSubject.length);
        if (!within(firstTelling) || !within(secondTelling) || anyAlike(firstTelling, secondTelling)
                || initialsOf(firstTelling, secondSubject) || initialsOf(secondTelling, firstSubject) || namedAlike(firstSubject, secondSubject)) {
            return null;
        }
        return new String[] {String.join(" ", firstSubject), String.join(" ", secondSubject)};
    }

    private static boolean within(List<String> subject) {
        return !subject.isEmpty() && subject.size() <= MOST_IN_SUBJECT;
    }

    private static boolean anyAlike(List<String> first, List<String> second) {
        for (String x : first) {
            for (String y : second) {
                if (alike(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a subject of one word is the initials of the other's words: "RPA", "robotic process automation". */
    private static boolean initialsOf(List<String> telling, String[] otherSubject) {
        if (telling.size() != 1 || otherSubject.length < 2 || otherSubject.length > MOST_IN_SUBJECT * 2) {
            return false;
        }
        StringBuilder all = new StringBuilder();
        StringBuilder withoutSmall = new StringBuilder();
        for (String word : otherSubject) {
            all.append(word.charAt(0));
            if (!SMALL.contains(word)) {
                withoutSmall.append(word.charAt(0));
            }
        }
        String word = telling.get(0);
        return word.contentEquals(all) || word.contentEquals(withoutSmall);
    }

    /**
     * Whether the subjects name the same, as the word lists know it ("rapid WGS", "whole genome sequencing"; "AF", "atrial
     * fibrillation"): something in common and of no kind each its own; or whether both name places, which are compared as
     * places (nested ones agree), not as subjects.
     */
    private static boolean namedAlike(String[] first, String[] second) {
        Map<NamedEntities.Kind, BitSet> firstNamed = NamedEntities.of(List.of(first));
        Map<NamedEntities.Kind, BitSet> secondNamed = NamedEntities.of(List.of(second));
        BitSet firstPlaces = firstNamed.get(NamedEntities.Kind.PLACE);
        BitSet secondPlaces = secondNamed.get(NamedEntities.Kind.PLACE);
        if (!firstPlaces.isEmpty() && !secondPlaces.isEmpty()) {
            // Two towns of one area ("Leeds", "Wakefield") are two subjects; an area and a town in it are not.
            return !firstPlaces.equals(secondPlaces) || isArea(first, firstPlaces) || isArea(second, secondPlaces);
        }
        boolean inCommon = false;
        for (NamedEntities.Kind kind : NamedEntities.Kind.values()) {
            BitSet x = firstNamed.get(kind);
            BitSet y = secondNamed.get(kind);
            if (kind != NamedEntities.Kind.PLACE && !x.isEmpty() && !y.isEmpty()) {
                if (!x.intersects(y)) {
                    return false;
                }
                inCommon = true;
            }
        }
        return inCommon;
    }

    /** Whether these words are an area's own name, or name several areas ("West Yorkshire", "the North"), not a town. */
    private static boolean isArea(String[] words, BitSet places) {
        return places.cardinality() > 1
                || String.join(" ", words).equals(String.join(" ", TextWords.of(NamedEntities.describe(NamedEntities.Kind.PLACE, places))));
    }

    private static List<String> telling(String[] words, int from, int to) {
        List<String> telling = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (isTelling(words[i])) {
                telling.add(words[i]);
            }
        }
        return telling;
    }

    /** Not a small word, a kind of programme, a number or a single letter. */
    private static boolean isTelling(String word) {
        return word.length() > 1 && !TextWords.isNumber(word) && !SMALL.contains(word) && !isKind(word);
    }

    private static boolean isKind(String word) {
        return KINDS.contains(word) || word.endsWith("s") && KINDS.contains(word.substring(0, word.length() - 1));
    }

    /**
     * The same word, one cut short ("eval", "evaluation"; three letters at least), the same with a typo (see
     * {@link #allowedEdits}), the same letters in another order, or another form of the same word: its ending
     * ({@link #ENDINGS}) taken off, the same or, five letters at least left, the same with a typo. Not cut short:
     * "hear|ing" is no "heart".
     */
    static boolean alike(String x, String y) {
        if (sameWord(x, y)) {
            return true;
        }
        String xStem = stem(x);
        String yStem = stem(y);
        return (xStem != x || yStem != y) && sameStem(xStem, yStem);
    }

    private static boolean sameStem(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        int allowed = allowedEdits(shorter, longer);
        return shorter.length() >= 5 && longer.length() <= LONGEST_TYPED && longer.length() - shorter.length() <= allowed
                && edits(x, y) <= allowed;
    }

    private static boolean sameWord(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (shorter.length() >= 3 && longer.startsWith(shorter)) {
            return true;
        }
        if (longer.length() > LONGEST_TYPED) {
            return false;
        }
        if (shorter.length() >= 3 && sameLetters(x, y)) {
            return true; // letters typed in another order ("leif", "life", "nsh", "nhs")
        }
        int allowed = allowedEdits(shorter, longer);
        return allowed > 0 && longer.length() - shorter.length() <= allowed && edits(x, y) <= allowed;
    }

    /**
     * One edit in words of four or five letters, two from six (a swap of two neighbouring letters is one edit). Of
     * three letters only a letter left out ("cre", "care"), so that abbreviations one letter apart stay apart (CKD, CVD).
     */
    private static int allowedEdits(String shorter, String longer) {
        return shorter.length() >= 6 ? 2 : shorter.length() >= 4 || shorter.length() == 3 && longer.length() == 4 ? 1 : 0;
    }

    /** The word without its ending, when four letters at least are left: "prescribing" is "prescrib". */
    static String stem(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 4) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    private static boolean sameLetters(String x, String y) {
        if (x.length() != y.length()) {
            return false;
        }
        int difference = 0; // the letters' codes summed: different sums, different letters, without sorting
        for (int i = 0; i < x.length(); i++) {
            difference += x.charAt(i) - y.charAt(i);
        }
        if (difference != 0) {
            return false;
        }
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
