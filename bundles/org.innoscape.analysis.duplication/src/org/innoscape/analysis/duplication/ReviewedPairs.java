package org.innoscape.analysis.duplication;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.innoscape.model.DuplicateReview;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.ReviewVerdict;

/**
 * The pairs that reviews marked "not a duplicate" while they were as they are now (a review's fingerprint
 * still matching). A reported pair's fingerprint (a SHA-256 of both initiatives) is computed only when its
 * two ids are those of such a review: a large register reports half a million pairs and has a few reviews.
 */
final class ReviewedPairs {
    private final Set<String> fingerprints;
    private final Set<String> ids;

    private ReviewedPairs(Set<String> fingerprints, Set<String> ids) {
        this.fingerprints = fingerprints;
        this.ids = ids;
    }

    static ReviewedPairs of(List<DuplicateReview> reviews) {
        Set<String> fingerprints = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (DuplicateReview review : reviews) {
            if (review.getVerdict() == ReviewVerdict.NOT_DUPLICATE && review.getFirst() != null && review.getSecond() != null
                    && ReviewFingerprint.of(review.getFirst(), review.getSecond()).equals(review.getFingerprint())) {
                fingerprints.add(review.getFingerprint());
                ids.add(idKey(review.getFirst(), review.getSecond()));
            }
        }
        return new ReviewedPairs(fingerprints, ids);
    }

    boolean isEmpty() {
        return fingerprints.isEmpty();
    }

    /** Whether a valid review hides this pair: the same test as before (its fingerprint), on far fewer pairs. */
    boolean hides(SimilarPair pair) {
        String key = idKey(pair.first(), pair.second());
        return (key == null || ids.contains(key)) && fingerprints.contains(ReviewFingerprint.of(pair.first(), pair.second()));
    }

    /** The two ids in either order, or null when one is missing (such a pair is always fingerprinted). */
    private static String idKey(PolicyInitiative first, PolicyInitiative second) {
        String a = first.getId();
        String b = second.getId();
        if (a == null || b == null) {
            return null;
        }
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
