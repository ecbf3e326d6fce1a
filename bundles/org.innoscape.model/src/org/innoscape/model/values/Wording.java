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
        return capitalized(of(value));
    }

    /** The words with a capital first letter ("member of" is "Member of"). */
    public static String capitalized(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * How pages, cards and reports name an element: its name, "(unnamed)" without one, and a
     * relationship by what it says ("NHS England funds Academic Health Science Networks").
     */
    public static String nameOf(org.innoscape.model.ModelElement element) {
        if (element == null) {
            return "(none)";
        }
        if (element instanceof org.innoscape.model.Relationship relationship) {
            return nameOf(relationship.getSource()) + " " + (relationship.getKind() == null ? "relates to" : of(relationship.getKind())) + " "
                    + nameOf(relationship.getTarget());
        }
        return element.getName() == null || element.getName().isBlank() ? "(unnamed)" : element.getName();
    }

    /** A name written in camel case, in words: "memberOf" is "member of", "stagesSupported" "stages supported". */
    public static String camelWords(String name) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                words.append(' ');
            }
            words.append(Character.toLowerCase(c));
        }
        return words.toString();
    }

    /** How people call a kind of element, by its class name: "PolicyInitiative" is "Initiative". */
    public static String kind(String className) {
        String[] names = KINDS.get(className);
        return names != null ? names[0] : capitalizedWords(className);
    }

    /** The plural: "PolicyInitiative" is "Initiatives". */
    public static String kinds(String className) {
        String[] names = KINDS.get(className);
        return names != null ? names[1] : capitalizedWords(className) + "s";
    }

    private static String capitalizedWords(String className) {
        return capitalized(camelWords(className));
    }

    private static final java.util.Map<String, String[]> KINDS = java.util.Map.ofEntries(
            java.util.Map.entry("PolicyInitiative", new String[] { "Initiative", "Initiatives" }),
            java.util.Map.entry("StakeholderGroup", new String[] { "Stakeholder group", "Stakeholder groups" }),
            java.util.Map.entry("SubFactor", new String[] { "Sub-factor", "Sub-factors" }),
            java.util.Map.entry("InnovationSystem", new String[] { "Model", "Models" }));
}
