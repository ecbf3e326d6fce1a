package org.innoscape.analysis.duplication;

import org.innoscape.analysis.Parameters;

/**
 * The thresholds and search settings of the duplicate detector.
 *
 * @param threshold            report pairs whose score reaches this
 * @param duplicationThreshold pairs from this score on may be classed as duplication
 * @param minText              and whose name-and-description similarity reaches this
 * @param exhaustiveLimit      up to this many initiatives, every pair is compared
 * @param keyTerms             larger registers: pairs of each initiative's this many strongest terms are blocking keys (0: none)
 * @param maxBlock             larger registers: keys shared by more initiatives than this are not searched
 * @param maxCandidates        larger registers: each initiative is compared with at most this many of those sharing its keys
 * @param maxPosting           larger registers: the exact index's lists up to this long are searched as well (0: no exact index)
 */
public record DetectionSettings(ScoringWeights weights, double threshold, double duplicationThreshold, double minText,
        int exhaustiveLimit, int keyTerms, int maxBlock, int maxCandidates, int maxPosting) {

    /** The defaults of the duplication analysis's parameters. */
    public static DetectionSettings defaults() {
        return from(Parameters.defaults(DuplicationAnalysis.DESCRIPTOR));
    }

    static DetectionSettings from(Parameters p) {
        return new DetectionSettings(ScoringWeights.from(p), p.decimal("threshold"), p.decimal("duplication-threshold"),
                p.decimal("min-text"), p.integer("exhaustive-limit"), p.integer("key-terms"), p.integer("max-block"),
                p.integer("max-candidates"), p.integer("max-posting"));
    }

    /** The same settings, but comparing every pair (the brute-force baseline). */
    public DetectionSettings exhaustive() {
        return new DetectionSettings(weights, threshold, duplicationThreshold, minText, Integer.MAX_VALUE, keyTerms, maxBlock,
                maxCandidates, maxPosting);
    }

    /** The same settings, never comparing every pair. */
    public DetectionSettings blocked() {
        return new DetectionSettings(weights, threshold, duplicationThreshold, minText, 0, keyTerms, maxBlock, maxCandidates, maxPosting);
    }

    /** The same settings with other blocking: pairs of the {@code terms} strongest terms, key lists up to {@code listLimit}, {@code candidates} per initiative. */
    public DetectionSettings withBlocking(int terms, int listLimit, int candidates) {
        return new DetectionSettings(weights, threshold, duplicationThreshold, minText, exhaustiveLimit, terms, listLimit, candidates,
                maxPosting);
    }

    /** The same settings with the exact index's lists searched up to {@code limit} (0: no exact index). */
    public DetectionSettings withMaxPosting(int limit) {
        return new DetectionSettings(weights, threshold, duplicationThreshold, minText, exhaustiveLimit, keyTerms, maxBlock,
                maxCandidates, limit);
    }

    /** Only the exact index, every list searched: every pair reaching min-text is scored (slow on large registers). */
    public DetectionSettings exactIndex() {
        return new DetectionSettings(weights, threshold, duplicationThreshold, minText, 0, 0, maxBlock, maxCandidates, Integer.MAX_VALUE);
    }
}
