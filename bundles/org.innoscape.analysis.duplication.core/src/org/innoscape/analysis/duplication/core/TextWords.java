package org.innoscape.analysis.duplication.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a text as the named-entity and round readers match them: lower case, letters and digits
 * only ("Alzheimer's" is "alzheimer", "s"; "over-65s" is "over", "65s"), "&" read as "and", accents left out
 * whether a letter and its accent are written as one character or two ("Montréal" is "montreal"), letters in
 * other shapes read as plain ones ("ﬁ", full-width or mathematical letters), unseen characters left out. Written
 * without regular expressions: every initiative's text goes through it once per detection.
 */
final class TextWords {
    private TextWords() {
    }

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String letters = plain(text);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < letters.length(); i += Character.charCount(letters.codePointAt(i))) {
            int c = letters.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(Character.toLowerCase(c));
                continue;
            }
            if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
            if (c == '&') {
                words.add("and");
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * The text with accents left out and letters in other shapes read as plain ones ("Misusé", "ﬁ", full-width letters),
     * without characters that are not seen (a zero-width space), and without what pasting from a web page added
     * ({@link MarkupText}); the text itself when it is plain ASCII without markup.
     */
    static String plain(String written) {
        String text = MarkupText.withoutMarkup(written);
        if (isAscii(text)) {
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i += Character.charCount(decomposed.codePointAt(i))) {
            int c = decomposed.codePointAt(i);
            if (!isMark(c)) {
                plain.appendCodePoint(c);
            }
        }
        return plain.toString();
    }

    /** Whether a word is all digits ("2024"): a number, not a word. */
    static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT;
    }
}
