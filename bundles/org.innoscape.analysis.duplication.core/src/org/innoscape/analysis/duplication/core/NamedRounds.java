package org.innoscape.analysis.duplication.core;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The numbered rounds a text names: "Cohort 2", "wave 3", "Phase II", "the second round", "call 4", "Competition 16".
 * The cohorts, waves and phases of one scheme are written from one template and differ in little but
 * this number; a programme recorded again names the same round, or none. Phases are numbered apart from
 * rounds, cohorts, waves, calls and competitions (which are other words for one thing), and each is compared on its
 * own: "Round 4: ... Phase 2" and "Round 8: ... Phase 4" name no round in common, nor do "Competition 16, Phase 1"
 * and "Competition 17, Phase 1" (see {@link #apart}).
 */
final class NamedRounds {
    private static final Set<String> ROUNDS = Set.of("cohort", "cohorts", "round", "rounds", "wave", "waves", "call", "calls", "tranche",
            "tranches", "intake", "intakes", "competition", "competitions");
    private static final Set<String> PHASES = Set.of("phase", "phases");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth");
    private static final List<String> WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");
    private static final int LAST = 30;
    /** Where phases are numbered in the set: phase 2 is {@code PHASE + 2}. */
    private static final int PHASE = 32;

    private NamedRounds() {
    }

    /** The rounds named in a text's words ({@link TextWords}): "cohort 2", "phase ii", "wave three", or "second cohort". */
    static BitSet of(List<String> words) {
        BitSet rounds = new BitSet();
        for (int i = 0; i + 1 < words.size(); i++) {
            String word = words.get(i);
            String next = words.get(i + 1);
            boolean numberAfter = ROUNDS.contains(word) || PHASES.contains(word);
            int number = numberAfter ? number(next) : ROUNDS.contains(next) || PHASES.contains(next) ? ORDINALS.indexOf(word) + 1 : 0;
            if (number >= 1 && number <= LAST) {
                rounds.set(PHASES.contains(numberAfter ? word : next) ? PHASE + number : number);
            }
        }
        return rounds;
    }

    /**
     * Whether two texts name rounds, none in common, or phases, none in common: one scheme's awards of other rounds
     * share their phase ("Phase 1 feasibility contract"), and one round's awards of other phases their round.
     */
    static boolean apart(BitSet first, BitSet second) {
        return noneInCommon(first.get(0, PHASE), second.get(0, PHASE)) || noneInCommon(first.get(PHASE, 2 * PHASE), second.get(PHASE, 2 * PHASE));
    }

    /**
     * The two texts' rounds as they are compared: their numbers alone when one names only phases and the other only rounds
     * ("Phase 2" and "wave 2": programmes call their waves phases too); otherwise as named.
     */
    static BitSet[] compared(BitSet first, BitSet second) {
        if (onlyPhases(first) && onlyRounds(second) || onlyRounds(first) && onlyPhases(second)) {
            return new BitSet[] {numbers(first), numbers(second)};
        }
        return new BitSet[] {first, second};
    }

    private static boolean onlyPhases(BitSet rounds) {
        return rounds.nextSetBit(0) >= PHASE;
    }

    private static boolean onlyRounds(BitSet rounds) {
        return !rounds.isEmpty() && rounds.nextSetBit(PHASE) < 0;
    }

    private static BitSet numbers(BitSet rounds) {
        BitSet numbers = rounds.get(0, PHASE);
        numbers.or(rounds.get(PHASE, 2 * PHASE));
        return numbers;
    }

    private static boolean noneInCommon(BitSet first, BitSet second) {
        return !first.isEmpty() && !second.isEmpty() && !first.intersects(second);
    }

    private static int number(String written) {
        if (written.length() <= 2 && TextWords.isNumber(written)) {
            return Integer.parseInt(written);
        }
        int word = WORDS.indexOf(written);
        return word >= 0 ? word + 1 : ROMAN.indexOf(written) + 1;
    }

    /** "2, 3, phase 1" for a readable account. */
    static String describe(BitSet rounds) {
        return rounds.stream().mapToObj(round -> round > PHASE ? "phase " + (round - PHASE) : String.valueOf(round))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
