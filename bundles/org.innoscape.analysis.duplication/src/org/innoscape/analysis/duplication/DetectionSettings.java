package org.innoscape.analysis.duplication;

import java.util.Locale;

import org.innoscape.analysis.Parameters;

/**
 * The thresholds and search settings of the duplicate detector.
 *
 * @param threshold            report pairs whose score reaches this
 * @param duplicationThreshold pairs from this score on may be classed as duplication
 * @param minText              and whose name-and-description similarity reaches this (or their meaning, minMeaning)
 * @param exhaustiveLimit      up to this many initiatives, every pair is compared
 * @param keyTerms             larger registers: pairs of each initiative's this many strongest terms are blocking keys (0: none)
 * @param maxBlock             larger registers: keys shared by more initiatives than this are not searched
 * @param maxCandidates        larger registers: each initiative is compared with at most this many of those sharing its keys
 * @param maxPosting           larger registers: the exact index's lists up to this long are searched as well (0: no exact index)
 * @param meaning              whether and how similarity of meaning is compared as well as of words
 * @param semanticLimit        {@link Meaning#AUTO}: registers up to this many initiatives use the sentence model, larger ones token vectors
 * @param minMeaning           a pair below minText is still reported when its similarity of meaning reaches this and the two are
 *                             among each other's nearest in meaning
 * @param neighbours           each initiative is also compared with this many nearest in meaning
 */
public record DetectionSettings(ScoringWeights weights, double threshold, double duplicationThreshold, double minText,
        int exhaustiveLimit, int keyTerms, int maxBlock, int maxCandidates, int maxPosting, Meaning meaning, int semanticLimit,
        double minMeaning, int neighbours) {

    /**
     * How similarity of meaning is compared: by the sentence model for registers up to
     * {@code semantic-limit} initiatives and by token vectors distilled from it above (auto); by the
     * sentence model (about 10-20 ms per description on two cores, once: vectors are cached beside the
     * model) or by the token vectors (a fraction of a millisecond) whatever the size; or not at all.
     */
    public enum Meaning {
        AUTO, SEMANTIC, TOKEN_VECTORS, LEXICAL;

        /** The parameter's value; the parameter itself accepts only these (see DuplicationAnalysis). */
        static Meaning parse(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** The defaults of the duplication analysis's parameters. */
    public static DetectionSettings defaults() {
        return from(Parameters.defaults(DuplicationAnalysis.DESCRIPTOR));
    }

    /** The settings of these parameter values (by key, as text, as on the command line); defaults for the rest. */
    public static DetectionSettings of(java.util.Map<String, String> given) {
        return from(Parameters.of(DuplicationAnalysis.DESCRIPTOR, given));
    }

    static DetectionSettings from(Parameters p) {
        return new DetectionSettings(ScoringWeights.from(p), p.decimal("threshold"), p.decimal("duplication-threshold"),
                p.decimal("min-text"), p.integer("exhaustive-limit"), p.integer("key-terms"), p.integer("max-block"),
                p.integer("max-candidates"), p.integer("max-posting"), Meaning.parse(p.text("text")), p.integer("semantic-limit"),
                p.decimal("min-meaning"), p.integer("neighbours"));
    }

    /** Whether initiatives are compared by meaning as well as by words. */
    public boolean usesMeaning() {
        return meaning != Meaning.LEXICAL;
    }

    /** Whether a register of {@code initiatives} has its meaning compared by the sentence model rather than the token vectors. */
    public boolean usesSentenceModel(int initiatives) {
        return meaning == Meaning.SEMANTIC || meaning == Meaning.AUTO && initiatives <= semanticLimit;
    }

    /** The same settings, but comparing every pair (the brute-force baseline). */
    public DetectionSettings exhaustive() {
        return with(Integer.MAX_VALUE, keyTerms, maxBlock, maxCandidates, maxPosting, meaning);
    }

    /** The same settings, never comparing every pair. */
    public DetectionSettings blocked() {
        return with(0, keyTerms, maxBlock, maxCandidates, maxPosting, meaning);
    }

    /** The same settings with other blocking: pairs of the {@code terms} strongest terms, key lists up to {@code listLimit}, {@code candidates} per initiative. */
    public DetectionSettings withBlocking(int terms, int listLimit, int candidates) {
        return with(exhaustiveLimit, terms, listLimit, candidates, maxPosting, meaning);
    }

    /** The same settings with the exact index's lists searched up to {@code limit} (0: no exact index). */
    public DetectionSettings withMaxPosting(int limit) {
        return with(exhaustiveLimit, keyTerms, maxBlock, maxCandidates, limit, meaning);
    }

    /** Only the exact index, every list searched: every pair reaching min-text is scored (slow on large registers). */
    public DetectionSettings exactIndex() {
        return with(0, 0, maxBlock, maxCandidates, Integer.MAX_VALUE, meaning);
    }

    /** The same settings with another text mode. */
    public DetectionSettings withMeaning(Meaning mode) {
        return with(exhaustiveLimit, keyTerms, maxBlock, maxCandidates, maxPosting, mode);
    }

    private DetectionSettings with(int exhaustive, int terms, int listLimit, int candidates, int posting, Meaning mode) {
        return new DetectionSettings(weights, threshold, duplicationThreshold, minText, exhaustive, terms, listLimit, candidates, posting,
                mode, semanticLimit, minMeaning, neighbours);
    }
}
