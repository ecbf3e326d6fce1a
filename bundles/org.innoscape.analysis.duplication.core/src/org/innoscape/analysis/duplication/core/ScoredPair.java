package org.innoscape.analysis.duplication.core;

import java.io.Serializable;

/**
 * Two records found alike, by their positions in the detected list ({@code first < second}), with
 * their score and class.
 */
public record ScoredPair(int first, int second, PairScore score, OverlapClass overlapClass) implements Serializable {
    private static final long serialVersionUID = 1L;
}
