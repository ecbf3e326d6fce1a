package org.innoscape.model.values;

import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;

/** How enumeration values read in labels, reports and messages: "CROSS_CUTTING_THEME" is "cross cutting theme". */
public final class Wording {

    private Wording() {
    }

    /** The value in lower-case words, for use inside a sentence. */
    public static String of(Enumerator value) {
        return value.getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The value as words starting with a capital, for a field on its own ("Cross cutting theme"). */
    public static String capitalized(Enumerator value) {
        String words = of(value);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
