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

    /**
     * A name inside a sentence ("No current initiative targets patients and the public"): the first
     * letter in lower case unless the name starts with an acronym ("NHS trusts"); "(unnamed)" for none.
     * Locale-independent, so a Turkish default locale does not turn "I" into a dotless "ı".
     */
    public static String inSentence(String name) {
        if (name == null || name.isBlank()) {
            return "(unnamed)";
        }
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    /** The value as words starting with a capital, for a field on its own ("Cross cutting theme"). */
    public static String capitalized(Enumerator value) {
        String words = of(value);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
