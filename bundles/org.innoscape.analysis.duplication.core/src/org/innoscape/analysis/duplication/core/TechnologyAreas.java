package org.innoscape.analysis.duplication.core;

import java.util.Arrays;
import java.util.Set;

/**
 * Technology areas as registers state them ("AI, imaging", "genomic testing", "MedTech"), compared by their terms: two areas
 * with no term in common ("genomic testing" / "digital therapeutics") are two programmes' areas, while one written another way
 * ("AI" / "artificial intelligence", "data and AI" / "artificial intelligence") shares its terms once abbreviations are
 * written out and words stemmed ({@link TextTerms}). Words that every area may carry say nothing.
 */
final class TechnologyAreas {
    /** Stems that name no particular technology ("other technologies", "general"). */
    private static final Set<String> SAY_NOTHING = Set.of("technolog", "tech", "other", "gener", "misc", "miscellan", "variou", "none", "na");
    private static final String[] NONE = {};

    private TechnologyAreas() {
    }

    /** The area's telling terms, sorted and distinct; none when the area is not stated. */
    static String[] of(String area, TextTerms terms) {
        if (area == null || area.isBlank()) {
            return NONE;
        }
        return terms.terms(area).stream().filter(term -> !SAY_NOTHING.contains(term)).distinct().sorted().toArray(String[]::new);
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
