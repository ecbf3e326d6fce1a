package org.innoscape.analysis.duplication.core;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The numbered rounds a text names: "Cohort 2", "wave 3", "Phase II", "the second round", "call 4".
 * The cohorts, waves and phases of one scheme are written from one template and differ in little but
 * this number; a programme recorded again names the same round, or none.
 */
final class NamedRounds {
    private static final Set<String> ROUNDS = Set.of("cohort", "cohorts", "round", "rounds", "wave", "waves", "phase", "phases", "call",
            "calls", "tranche", "tranches", "intake", "intakes");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth");
    private static final List<String> WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");
    private static final int LAST = 30;

    private NamedRounds() {
    }

    /** The rounds named in a text's words ({@link TextWords}): "cohort 2", "phase ii", "wave three", or "second cohort". */
    static BitSet of(List<String> words) {
        BitSet rounds = new BitSet();
        for (int i = 0; i + 1 < words.size(); i++) {
            int number = ROUNDS.contains(words.get(i)) ? number(words.get(i + 1))
                    : ROUNDS.contains(words.get(i + 1)) ? ORDINALS.indexOf(words.get(i)) + 1 : 0;
            if (number >= 1 && number <= LAST) {
                rounds.set(number);
            }
        }
        return rounds;
    }

    private static int number(String written) {
        if (written.length() <= 2 && written.chars().allMatch(Character::isDigit)) {
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
