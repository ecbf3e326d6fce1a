package org.innoscape.analysis.duplication;

import org.innoscape.analysis.Parameters;

/**
 * The thresholds and search settings of the duplicate detector.
 *
 * @param threshold            report pairs whose score reaches this
 * @param duplicationThreshold pairs from this score on may be classed as duplication
 * @param minText              and whose name-and-description similarity reaches this
 * @param blockTerms           how many strongest terms of each initiative are looked up
 * @param maxPosting           terms in more initiatives than this are too common to block on
 * @param exhaustiveLimit      up to this many initiatives, every pair is compared
 */
public record DetectionSettings(ScoringWeights weights, double threshold, double duplicationThreshold, double minText,
        int blockTerms, int maxPosting, int exhaustiveLimit) {

    static DetectionSettings from(Parameters p) {
        return new DetectionSettings(ScoringWeights.from(p), p.decimal("threshold"), p.decimal("duplication-threshold"),
                p.decimal("min-text"), p.integer("block-terms"), p.integer("max-posting"), p.integer("exhaustive-limit"));
    }

    /** The same settings, but comparing every pair (the brute-force baseline). */
    public DetectionSettings exhaustive() {
        return new DetectionSettings(weights, threshold, duplicationThreshold, minText, blockTerms, maxPosting, Integer.MAX_VALUE);
    }

    /** The same settings, never comparing every pair. */
    public DetectionSettings blocked() {
        return new DetectionSettings(weights, threshold, duplicationThreshold, minText, blockTerms, maxPosting, 0);
    }
}
