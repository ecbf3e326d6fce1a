package org.innoscape.analysis.duplication.core;

import java.util.List;

/**
 * How similar two initiatives are, with the parts of the score.
 *
 * @param total      the weighted mean of the parts known for both initiatives, 0 to 1
 * @param text       TF-IDF cosine similarity of name and description
 * @param parts      the attribute comparisons, in a fixed order
 * @param sharedTerms the shared terms that weigh most in the text similarity
 */
public record PairScore(double total, double text, List<Part> parts, List<String> sharedTerms) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Every part a score may have, in the order of {@link #parts} (a part unknown for either initiative is left out). */
    public static final List<String> FIELDS = List.of("text", "meaning", "stages", "drivers", "groups", "activities", "recipients",
            "focus", "instrument", "time", "same_name", "start", "owners_named", "years", "rounds", "places", "conditions", "populations", "country", "region");

    /** One compared attribute: its value 0..1 and a readable account, e.g. "same stages 2/3". */
    public record Part(String field, double value, String account) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    public double part(String field) {
        return parts.stream().filter(p -> p.field().equals(field)).mapToDouble(Part::value).findFirst().orElse(Double.NaN);
    }
}
