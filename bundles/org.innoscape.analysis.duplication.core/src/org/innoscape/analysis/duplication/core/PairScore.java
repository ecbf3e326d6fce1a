package org.innoscape.analysis.duplication.core;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How similar two initiatives are, with the parts of the score. The values of the parts are known at once
 * (they decide the class); their readable accounts and the shared terms are built when first asked for,
 * because a large register reports hundreds of thousands of pairs and most are never read one by one.
 */
public final class PairScore implements Serializable {
    private static final long serialVersionUID = 7L; // 7: technology areas, closest look-alikes

    /** Every part a score may have, in the order of {@link #parts} (a part unknown for either initiative is left out). */
    public static final List<String> FIELDS = List.of("text", "meaning", "stages", "drivers", "groups", "activities", "recipients",
            "focus", "instrument", "time", "same_name", "start", "owners_named", "years", "rounds", "places", "conditions", "populations", "settings", "interventions", "country", "region", "subjects", "described", "companies",
            "technology", "closest");

    private static final Map<String, Integer> INDEX = new HashMap<>();
    static {
        for (int i = 0; i < FIELDS.size(); i++) {
            INDEX.put(FIELDS.get(i), i);
        }
    }

    /** One compared attribute: its value 0..1 and a readable account, e.g. "same stages 2/3". */
    public record Part(String field, double value, String account) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The readable side of a score: each known part with its account, and the shared terms that weigh most. */
    record Explanation(List<Part> parts, List<String> sharedTerms) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Explains the pair of two positions in the register a score was made from, given the values it was made with. */
    interface Explainer {
        Explanation explain(int first, int second, double[] values);
    }

    private final double total;
    private final double text;
    /** Each field's value by its place in {@link #FIELDS}; NaN where the part is unknown for either initiative. */
    private final double[] values;
    private final transient Explainer explainer;
    private final int first;
    private final int second;
    /** The id of a look-alike at least as alike to one of the two (see {@link ClosestLookAlikes}), or null. */
    private final String closerLookAlike;
    /** Built on first request (or before this score is written out); immutable, so a race builds it twice at worst. */
    private Explanation explanation;

    PairScore(double total, double text, double[] values, Explainer explainer, int first, int second) {
        this(total, text, values, explainer, first, second, null);
    }

    private PairScore(double total, double text, double[] values, Explainer explainer, int first, int second, String closerLookAlike) {
        this.total = total;
        this.text = text;
        this.values = values;
        this.explainer = explainer;
        this.first = first;
        this.second = second;
        this.closerLookAlike = closerLookAlike;
    }

    /**
     * The same score, its pair found not to be each other's closest look-alikes (part {@code closest} 0; see
     * {@link ClosestLookAlikes}): the total is unchanged, only the class it allows.
     *
     * @param lookAlike the id of a look-alike at least as alike to one of the two, named in the account
     */
    PairScore notClosest(String lookAlike) {
        double[] marked = values.clone();
        marked[index("closest")] = 0;
        return new PairScore(total, text, marked, explainer, first, second, lookAlike);
    }

    /** Values for every field, all unknown. */
    static double[] unknownValues() {
        double[] values = new double[FIELDS.size()];
        Arrays.fill(values, Double.NaN);
        return values;
    }

    /** The place of {@code field} in {@link #FIELDS}. */
    static int index(String field) {
        Integer index = INDEX.get(field);
        if (index == null) {
            throw new IllegalArgumentException("no part named " + field);
        }
        return index;
    }

    /** The id of a look-alike at least as alike to one of the two, which the account of part {@code closest} names; or null. */
    public String closerLookAlike() {
        return closerLookAlike;
    }

    /** The weighted mean of the parts known for both initiatives, 0 to 1. */
    public double total() {
        return total;
    }

    /** TF-IDF cosine similarity of name and description (also when the text part is left out for want of words). */
    public double text() {
        return text;
    }

    /** The value of one part, NaN when it is unknown for either initiative or not a part of scores. */
    public double part(String field) {
        Integer index = INDEX.get(field);
        return index == null ? Double.NaN : values[index];
    }

    /** The known parts with their accounts, in the order of {@link #FIELDS}. */
    public List<Part> parts() {
        return explanation().parts();
    }

    /** The shared terms that weigh most in the text similarity, strongest first. */
    public List<String> sharedTerms() {
        return explanation().sharedTerms();
    }

    private Explanation explanation() {
        Explanation known = explanation;
        if (known == null) {
            if (explainer == null) { // only a copy made without Java serialisation (which explains it first) gets here
                throw new IllegalStateException("a copy of a score has no register to explain it from");
            }
            known = explainer.explain(first, second, values);
            if (closerLookAlike != null) { // the last of the fields: known only once every pair was scored, so not the scorer's
                List<Part> parts = new java.util.ArrayList<>(known.parts());
                parts.add(new Part("closest", 0, "not each other's closest look-alikes: one of the two is at least as alike to "
                        + closerLookAlike));
                known = new Explanation(List.copyOf(parts), known.sharedTerms());
            }
            explanation = known;
        }
        return known;
    }

    /** A copy sent elsewhere has no register to explain it from: it travels explained. */
    private Object writeReplace() {
        explanation();
        return this;
    }

    /** Equal totals and part values (the accounts follow from the same two records). */
    @Override
    public boolean equals(Object other) {
        return other instanceof PairScore score && Double.compare(total, score.total) == 0 && Double.compare(text, score.text) == 0
                && Arrays.equals(values, score.values);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(total) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "PairScore[total=" + total + ", text=" + text + ", parts=" + parts() + ", sharedTerms=" + sharedTerms() + "]";
    }
}
