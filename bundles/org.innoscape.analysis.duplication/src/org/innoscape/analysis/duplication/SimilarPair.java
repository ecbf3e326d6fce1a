package org.innoscape.analysis.duplication;

import org.innoscape.analysis.duplication.core.OverlapClass;
import org.innoscape.analysis.duplication.core.PairScore;
import org.innoscape.model.PolicyInitiative;

/** Two initiatives found alike, with their score and GAO class. */
public record SimilarPair(PolicyInitiative first, PolicyInitiative second, PairScore score, OverlapClass overlapClass) {
}
