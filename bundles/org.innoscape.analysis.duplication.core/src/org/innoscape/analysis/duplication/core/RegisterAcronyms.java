package org.innoscape.analysis.duplication.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;

/**
 * The acronyms a register defines by its own names: one body writes "Innovation and Technology Tariff: Atrial Fibrillation,
 * Round 2", another "ITT – AF rd 2". An acronym is taken as the initials of a name's lead words (before its first colon,
 * dash, comma or bracket; small words such as "and" and "of" left out, and a last "programme", "scheme" or "fund" either
 * way) when the register writes it in capitals somewhere, exactly one name's lead words give those initials, and its
 * texts do not use it as a word in lower case ("FOR" in a title written in capitals). Comparing words, it is then read as
 * those words ({@link TextTerms}). The listed abbreviations of health care ({@link Abbreviations}) come first.
 */
final class RegisterAcronyms {
    private RegisterAcronyms() {
    }

    /** Where a name's lead words end: a colon, a dash between spaces, a comma, a bracket or a bar. */
    private static final Pattern LEAD_ENDS = Pattern.compile(":|\\s[-\u2013\u2014]\\s|,|\\(|\\||/");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}']*");
    private static final Set<String> TRAILING = Set.of("programme", "program", "scheme", "fund", "initiative", "service", "network");
    /** Lead words of more words than this are a sentence, not a name. */
    private static final int MOST_WORDS = 8;

    /** Each acronym (lower case) and the words (lower case) it stands for in this register; most registers define few. */
    static Map<String, String[]> of(List<InitiativeRecord> records) {
        Map<String, Set<String>> leads = new HashMap<>(); // acronym -> the lead words giving it (two are enough to refuse it)
        List<List<String>> named = records.parallelStream().map(record -> record.name() == null ? List.<String>of()
                : leadWords(TextWords.plain(record.name()))).toList();
        for (List<String> words : named) {
            if (words.size() < 2 || words.size() > MOST_WORDS) {
                continue;
            }
            add(leads, words);
            if (TRAILING.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT)) && words.size() > 2) {
                add(leads, words.subList(0, words.size() - 1));
            }
        }
        CharArraySet initials = new CharArraySet(leads.keySet(), true);
        Set<String> inCapitals = ConcurrentHashMap.newKeySet();
        Set<String> asWords = ConcurrentHashMap.newKeySet();
        records.parallelStream().forEach(record -> { // every text of the register passes here: on every core
            find(record.name(), initials, inCapitals, asWords);
            find(record.description(), initials, inCapitals, asWords);
        });
        Map<String, String[]> acronyms = new HashMap<>();
        leads.forEach((acronym, words) -> {
            String key = acronym.toLowerCase(Locale.ROOT);
            if (words.size() == 1 && inCapitals.contains(acronym) && !asWords.contains(acronym) && !Abbreviations.listed(key)) {
                acronyms.put(key, words.iterator().next().split(" "));
            }
        });
        return acronyms;
    }

    /**
     * The initials of {@code acronyms} that {@code text} writes in capitals as a word of its own, into {@code inCapitals}, and
     * those it writes as a word beginning in lower case ("for"), into {@code asWords}: runs of 3 to 8 letters between
     * characters that are neither letters nor digits.
     */
    private static void find(String text, CharArraySet acronyms, Set<String> inCapitals, Set<String> asWords) {
        if (text == null) {
            return;
        }
        char[] chars = text.toCharArray();
        int start = 0;
        while (start < chars.length) {
            while (start < chars.length && !Character.isLetterOrDigit(chars[start])) {
                start++;
            }
            int end = start;
            boolean letters = true;
            boolean capitals = true;
            while (end < chars.length && Character.isLetterOrDigit(chars[end])) {
                char c = chars[end++];
                letters &= Character.isLetter(c);
                capitals &= Character.isUpperCase(c);
            }
            int size = end - start;
            if (letters && size >= 3 && size <= 8 && (capitals || Character.isLowerCase(chars[start]))
                    && acronyms.contains(chars, start, size)) { // without case: most words are looked up without a string made
                (capitals ? inCapitals : asWords).add(new String(chars, start, size).toUpperCase(Locale.ROOT));
            }
            start = end;
        }
    }

    private static void add(Map<String, Set<String>> leads, List<String> words) {
        StringBuilder initials = new StringBuilder();
        StringBuilder lead = new StringBuilder();
        for (String word : words) {
            initials.append(Character.toUpperCase(word.charAt(0)));
            lead.append(lead.length() == 0 ? "" : " ").append(word.toLowerCase(Locale.ROOT));
        }
        if (initials.length() < 3) {
            return;
        }
        Set<String> giving = leads.computeIfAbsent(initials.toString(), k -> new HashSet<>(2));
        if (giving.size() < 2) {
            giving.add(lead.toString());
        }
    }

    /** The words before the name's first colon, dash, comma or bracket, the small words acronyms leave out left out. */
    private static List<String> leadWords(String name) {
        Matcher end = LEAD_ENDS.matcher(name);
        String lead = end.find() ? name.substring(0, end.start()) : name;
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(lead);
        while (word.find()) {
            if (!NameForms.LEFT_OUT.contains(word.group().toLowerCase(Locale.ROOT))) {
                words.add(word.group());
            }
        }
        return words;
    }
}
