package org.innoscape.analysis.duplication.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a text as the named-entity and round readers match them: lower case, letters and digits
 * only ("Alzheimer's" is "alzheimer", "s"; "over-65s" is "over", "65s"), "&" read as "and". Written
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
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
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
}
