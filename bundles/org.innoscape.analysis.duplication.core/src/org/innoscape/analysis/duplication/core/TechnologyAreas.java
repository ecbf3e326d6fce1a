package org.innoscape.analysis.duplication.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Technology areas as registers state them ("AI, imaging", "genomic testing", "MedTech"), compared by their terms: two areas
 * with no term in common ("genomic testing" / "digital therapeutics") are two programmes' areas, while one written another way
 * ("AI" / "artificial intelligence", "data and AI" / "artificial intelligence") shares its terms once abbreviations are
 * written out and words stemmed ({@link TextTerms}). Words that every area may carry say nothing, and an area that only says
 * it is not known ("Unknown", "TBC", "Not applicable", "Multiple", "Cross-cutting") is not stated.
 */
final class TechnologyAreas {
    /** Stems that name no particular technology ("other technologies", "general"). */
    private static final Set<String> SAY_NOTHING = Set.of("technolog", "tech", "other", "gener", "misc", "miscellan", "variou", "none", "na");
    /** Areas that say the area is not known or is several, as registers write them (lower case, words apart). */
    private static final Set<String> NOT_STATED = Set.of("unknown", "not known", "tbc", "tbd", "to be confirmed", "to be decided",
            "not stated", "not specified", "unspecified", "unclassified", "not applicable", "n a", "multiple", "mixed", "various",
            "several", "cross cutting", "crosscutting", "all", "any", "general", "other", "none", "misc", "miscellaneous");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** "IT", an English stop word in lower case, is information technology in an area ("Health IT"). */
    private static final Pattern IT = Pattern.compile("\\bIT\\b");
    private static final String[] NONE = {};

    private TechnologyAreas() {
    }

    /** The area's telling terms, sorted and distinct; none when the area is not stated. */
    static String[] of(String area, TextTerms terms) {
        if (area == null || area.isBlank()
                || NOT_STATED.contains(NOT_LETTERS.matcher(area.toLowerCase(Locale.ROOT)).replaceAll(" ").strip())) {
            return NONE;
        }
        return terms.terms(IT.matcher(area).replaceAll("information technology")).stream().filter(term -> !SAY_NOTHING.contains(term)).distinct().sorted().toArray(String[]::new);
    }

    /** Whether both areas are stated and share no term. */
    static boolean differ(String[] first, String[] second) {
        if (first.length == 0 || second.length == 0) {
            return false;
        }
        for (String term : first) {
            if (Arrays.binarySearch(second, term) >= 0) {
                return false;
            }
        }
        return true;
    }
}
