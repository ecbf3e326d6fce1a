package org.innoscape.analysis.duplication.core;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered rounds a text names: "Cohort 2", "wave 3", "Phase II", "the second round", "call 4".
 * The cohorts, waves and phases of one scheme are written from one template and differ in little but
 * this number; a programme recorded again names the same round, or none.
 */
final class NamedRounds {
    private static final String ROUND = "(?:cohort|round|wave|phase|call|tranche|intake)s?";
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth");
    private static final List<String> WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");
    /** "cohort 2", "phase ii", "wave three", or "second cohort". */
    private static final Pattern NUMBERED = Pattern.compile("\\b" + ROUND + "\\s*(\\d{1,2}|" + String.join("|", WORDS) + "|"
            + String.join("|", ROMAN) + ")\\b|\\b(" + String.join("|", ORDINALS) + ")\\s+" + ROUND + "\\b");
    private static final int LAST = 30;

    private NamedRounds() {
    }

    static BitSet of(String text) {
        BitSet rounds = new BitSet();
        if (text == null) {
            return rounds;
        }
        Matcher m = NUMBERED.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            int number = m.group(1) != null ? number(m.group(1)) : ORDINALS.indexOf(m.group(2)) + 1;
            if (number >= 1 && number <= LAST) {
                rounds.set(number);
            }
        }
        return rounds;
    }

    private static int number(String written) {
        if (Character.isDigit(written.charAt(0))) {
            return Integer.parseInt(written);
        }
        int word = WORDS.indexOf(written);
        return word >= 0 ? word + 1 : ROMAN.indexOf(written) + 1;
    }

    /** "2, 3" for a readable account. */
    static String describe(BitSet rounds) {
        return rounds.stream().mapToObj(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
