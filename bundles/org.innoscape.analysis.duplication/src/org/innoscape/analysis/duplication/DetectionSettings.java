package org.innoscape.analysis.duplication;

import org.innoscape.analysis.Parameters;

/**
 * The thresholds and search settings of the duplicate detector.
 *
 * @param threshold            report pairs whose score reaches this
 * @param duplicationThreshold pairs from this score on may be classed as duplication
 * @param minText              and whose name-and-description similarity reaches this (large registers
 *                             only compare pairs that can reach it)
 * @param maxPosting           large registers: index lists longer than this are not searched
 * @param exhaustiveLimit      up to this many initiatives, every pair is compared
 */
public record DetectionSettings(ScoringWeights weights, double threshold, double duplicationThreshold, double minText,
        int maxPosting, int exhaustiveLimit) {

    /** The defaults of the duplication analysis's parameters. */
    public static DetectionSettings defaults() {
        return from(Parameters.defaults(DuplicationAnalysis.DESCRIPTOR));
    }

    static DetectionSettings from(Parameters p) {
        return new DetectionSettings(ScoringWeights.from(p), p.decimal("threshold"), p.decimal("duplication-threshold"),
                p.decimal("min-text"), p.integer("max-posting"), p.integer("exhaustive-limit"));
    }

    /** The same settings, but comparing every pair (the brute-force baseline). */
    public DetectionSettings exhaustive() {
        return new DetectionSettings(weights, threshold, duplicationThreshold, minText, maxPosting, Integer.MAX_VALUE);
    }

    /** The same settings with another limit on the index lists searched. */
    public DetectionSettings withMaxPosting(int limit) {
        return new DetectionSettings(weights, threshold, duplicationThreshold, minText, limit, exhaustiveLimit);
    }

    /** The same settings, never comparing every pair. */
    public DetectionSettings blocked() {
        return new DetectionSettings(weights, threshold, duplicationThreshold, minText, maxPosting, 0);
    }
}
