package org.innoscape.io.values;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * How register values are compared with the model's names and enumeration values, so that a value
 * matches however a person wrote it: any case, accents, {@code &} for "and", hyphens, underscores,
 * slashes and other punctuation as spaces, apostrophes dropped, surrounding and repeated spaces
 * ignored. "Spread &amp; scale-up", "spread and scale up" and "SPREAD_AND_SCALE_UP" have one key.
 */
public final class NameKey {
    private static final Set<String> FILLER = Set.of("and", "or", "the", "of", "for", "in", "to", "a", "an");

    private NameKey() {
    }

    /** The exact key: words in lower case, separated by one space. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder key = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '\'' || c == '\u2019' || c == '\u2018') {
                continue; // "arm's" is "arms"
            }
            if (c == '&' || c == '+') {
                appendWord(key, "and");
                space = true;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && key.length() > 0) {
                    key.append(' ');
                }
                space = false;
                key.append(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * A looser key: the exact key without filler words ("and", "of"...) and without a plural -s on
     * longer words, so "Information/signposting" meets "information and signposting" and "Academic
     * Health Science Networks" meets "Academic Health Science Network".
     */
    public static String loose(String text) {
        StringBuilder key = new StringBuilder();
        for (String word : of(text).split(" ")) {
            if (word.isEmpty() || FILLER.contains(word)) {
                continue;
            }
            if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
                word = word.substring(0, word.length() - 1);
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(word);
        }
        return key.toString();
    }

    /** A column name as the registers use it: the key with underscores, e.g. "Activity Types" is "activity_types". */
    public static String column(String header) {
        return of(header).replace(' ', '_');
    }

    private static void appendWord(StringBuilder key, String word) {
        if (key.length() > 0) {
            key.append(' ');
        }
        key.append(word);
    }
}
