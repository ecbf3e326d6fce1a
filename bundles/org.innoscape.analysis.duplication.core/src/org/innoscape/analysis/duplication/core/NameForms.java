package org.innoscape.analysis.duplication.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The forms in which one programme's name is written elsewhere, as keys (0 where a form does not apply):
 * <ul>
 * <li>its words ("Can FIT improve detection?" and "CAN FIT IMPROVE DETECTION" are one name);</li>
 * <li>its bare words: without its lead owner's name or acronym before or after it ("Innovate UK Eye Health
 * App Awards" run by Innovate UK is "Eye Health App Awards"; "... – DigitalHealth.London"), and without what
 * a listing site adds after " | " ("Antimicrobial Resistance Fellowship | Research Funding Roundup"). A bare
 * name meets only the same owner's name: bodies put themselves in the names of their own schemes of one
 * kind ("MRC Seed Fund", "BHF Seed Fund"), which are not one programme;</li>
 * <li>the name within it: without a label or remark that one register adds ({@link #trimmed});</li>
 * <li>its acronym, where the name is one word in capitals ("RMOC"), and its initials, where the name has
 * three words or more ("Remote Monitoring for Obesity Challenge" is "RMOC"): partners' news and board
 * papers often call a programme by its acronym alone.</li>
 * </ul>
 * Keys of words are those of {@link SameNames#key}.
 */
final class NameForms {
    /** Small words that acronyms leave out ("Early Access Scheme for Video Consultation" is "EASVC"); also {@link RegisterAcronyms}. */
    static final Set<String> LEFT_OUT = Set.of("and", "of", "the", "for", "in", "at", "on", "to", "a", "an", "with", "&");
    /** Bare words and initials shorter than this name too many things by chance ("Innovation Fund", "DPP"). */
    private static final int FEWEST = 3;
    /** Longer single words in capitals are shouted names or codes, not acronyms. */
    private static final int LONGEST_ACRONYM = 10;

    /** A name of fewer words is too common to be found inside others by chance alone ("Speech recognition – Devon"). */
    private static final int FEWEST_CONTAINED = 4;
    /** The most words a register adds to a name: a label ("Funding call:"), a remark ("(closing in May)"). */
    private static final int MOST_ADDED = 4;
    private static final long[] NO_KEYS = {};
    /** Where an acronym's words break (compiled once: every name goes through it in every detection). */
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-–—:/]+");

    private NameForms() {
    }

    /**
     * The key of the name's bare words with its lead owner (see the class comment), or 0 when nothing is
     * taken away, fewer than {@link #FEWEST} words are left or no owner is known. It meets the {@link #owned}
     * key of the other form: one owner's programme, once with its name added.
     */
    static long bare(String name, List<String> nameWords, InitiativeRecord.Owner owner, NamedOwners owners) {
        if (name == null || owner == null || owner.id() == null) {
            return 0;
        }
        int listing = name.indexOf(" | ");
        List<String> words = listing > 0 ? TextWords.of(name.substring(0, listing)) : nameWords;
        int size = words.size();
        for (List<String> form : owners.forms(owner.id())) {
            if (startsWith(words, form)) {
                words = words.subList(form.size(), words.size());
                if (!words.isEmpty() && words.get(0).equals("s")) { // "NIHR's ..."
                    words = words.subList(1, words.size());
                }
                break;
            } else if (endsWith(words, form)) {
                words = words.subList(0, words.size() - form.size());
                break;
            }
        }
        return words.size() == size ? 0 : owned(words, owner);
    }

    /** The key of the name's words with its lead owner, where it has {@link #FEWEST} words or more and an owner is known; else 0. */
    static long owned(List<String> nameWords, InitiativeRecord.Owner owner) {
        if (owner == null || owner.id() == null || nameWords.size() < FEWEST) {
            return 0;
        }
        List<String> keyed = new ArrayList<>(nameWords);
        keyed.add("\u0000owner");
        keyed.add(owner.id());
        return SameNames.key(keyed);
    }

    /**
     * The keys of the name's words less one to {@link #MOST_ADDED} words at its start or at its end, where at
     * least {@link #FEWEST_CONTAINED} words are left: they meet the full name of the other form, the one
     * without a scheme's label or a remark added ("Funding call: AI Diagnostics Invention Fund for Sepsis", "I4i PDA:
     * AI breast screening in acute hospitals", "... (pilot)"). Words that name a place, a country, a condition, a
     * population, a body or a round are not cut: "Kent Sickle
     * Cell Rapid Uptake Programme" is a region's own, "UKRI Genomic Testing Partnership" may be one body's scheme
     * of a kind that others run too (its own owner's name is {@link #bare}'s), and "... Phase 2" is the next phase.
     *
     * @param namesWhoOrWhere whether words name a place or one of the register's bodies
     */
    static long[] trimmed(List<String> nameWords, java.util.function.Predicate<List<String>> namesWhoOrWhere) {
        int most = Math.min(MOST_ADDED, nameWords.size() - FEWEST_CONTAINED);
        if (most <= 0) {
            return NO_KEYS;
        }
        long[] keys = new long[2 * most];
        int size = 0;
        for (int cut = 1; cut <= most; cut++) {
            if (!namesWhoOrWhere.test(nameWords.subList(0, cut))) {
                keys[size++] = SameNames.key(nameWords.subList(cut, nameWords.size()));
            }
            if (!namesWhoOrWhere.test(nameWords.subList(nameWords.size() - cut, nameWords.size()))) {
                keys[size++] = SameNames.key(nameWords.subList(0, nameWords.size() - cut));
            }
        }
        return size == 0 ? NO_KEYS : java.util.Arrays.copyOf(keys, size);
    }

    /**
     * Whether words number a round, phase or year ("Phase 2", "2024/25", "second round"): another round is another
     * programme's. A word that only holds a digit ("i4i") is a name, not a number.
     */
    static boolean numbered(List<String> words) {
        for (String word : words) {
            if (Character.isDigit(word.charAt(0))) {
                return true;
            }
        }
        return !NamedRounds.of(words).isEmpty();
    }

    /** The key of a name written as one word of capitals (and digits), three to ten long ("RMOC", "NIA"); else 0. */
    static long acronym(String name) {
        if (name == null) {
            return 0;
        }
        String word = name.strip();
        if (word.length() < FEWEST || word.length() > LONGEST_ACRONYM || !Character.isUpperCase(word.charAt(0))) {
            return 0;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(Character.isUpperCase(c) || Character.isDigit(c))) {
                return 0;
            }
        }
        return SameNames.key(List.of("acronym", word.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * The key of a name's initials as an acronym would give them (words split at spaces, hyphens, colons and
     * slashes; small words left out), where there are at least three; else 0.
     */
    static long initials(String name) {
        if (name == null) {
            return 0;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : words(name)) {
            // The first letter or digit: a word in quotes or brackets keeps its initial ("‘Remote").
            int first = 0;
            while (first < word.length() && !Character.isLetterOrDigit(word.charAt(first))) {
                first++;
            }
            if (first < word.length() && !LEFT_OUT.contains(word.substring(first).toLowerCase(java.util.Locale.ROOT))) {
                initials.append(Character.toLowerCase(word.charAt(first)));
            }
        }
        return initials.length() < FEWEST || initials.length() > LONGEST_ACRONYM ? 0
                : SameNames.key(List.of("acronym", initials.toString()));
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String word : WORD_BREAKS.split(name.strip())) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean startsWith(List<String> words, List<String> prefix) {
        return words.size() > prefix.size() && words.subList(0, prefix.size()).equals(prefix);
    }

    private static boolean endsWith(List<String> words, List<String> suffix) {
        return words.size() > suffix.size() && words.subList(words.size() - suffix.size(), words.size()).equals(suffix);
    }
}
