package org.innoscape.analysis.semantic.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The uncased BERT tokenizer of all-MiniLM-L6-v2 in plain Java: clean the text, space out CJK
 * characters, lower-case and strip accents, split at white space and punctuation, then cut each word
 * into the longest pieces of the vocabulary ("##" marks a piece that continues a word). It gives the
 * same token ids as the model's own (native) tokenizer, so the token vectors need no native library.
 */
public final class WordPieceTokenizer {
    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> vocabulary;
    private final int unknown;

    public WordPieceTokenizer(Map<String, Integer> vocabulary) {
        this.vocabulary = vocabulary;
        Integer unk = vocabulary.get("[UNK]");
        if (unk == null) {
            throw new IllegalArgumentException("the vocabulary has no [UNK] token");
        }
        this.unknown = unk;
    }

    /** The token ids of a text, without the [CLS] and [SEP] that frame a model input. */
    public int[] ids(String text) {
        List<Integer> ids = new ArrayList<>();
        for (String word : words(text)) {
            pieces(word, ids);
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Lower-cased, accent-free words and punctuation marks, as BERT's basic tokenizer splits them. */
    static List<String> words(String text) {
        String normalised = Normalizer.normalize(clean(text).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        normalised.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                return;
            }
            if (c == ' ' || isPunctuation(c) || isCjk(c)) {
                flush(word, words);
                if (c != ' ') {
                    words.add(Character.toString(c));
                }
            } else {
                word.appendCodePoint(c);
            }
        });
        flush(word, words);
        return words;
    }

    private void pieces(String word, List<Integer> into) {
        if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
            into.add(unknown);
            return;
        }
        int size = into.size();
        int start = 0;
        while (start < word.length()) {
            Integer found = null;
            int end = word.length();
            for (; end > start; end = word.offsetByCodePoints(end, -1)) {
                String piece = (start > 0 ? "##" : "") + word.substring(start, end);
                found = vocabulary.get(piece);
                if (found != null) {
                    break;
                }
            }
            if (found == null) {
                // A word with any piece outside the vocabulary is one unknown token, as in BERT.
                into.subList(size, into.size()).clear();
                into.add(unknown);
                return;
            }
            into.add(found);
            start = end;
        }
    }

    /** Drops control characters and turns every kind of white space into a plain space. */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\t' || c == '\n' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR) {
                out.append(' ');
            } else if (c != 0 && c != 0xFFFD && Character.getType(c) != Character.CONTROL && Character.getType(c) != Character.FORMAT) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** ASCII symbols count as punctuation too ("$", "+", "^"), as in BERT. */
    private static boolean isPunctuation(int c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0x2A700 && c <= 0x2CEAF)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
    }
}
