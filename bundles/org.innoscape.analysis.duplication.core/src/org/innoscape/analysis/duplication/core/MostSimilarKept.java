package org.innoscape.analysis.duplication.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** The {@code k} most similar positions offered, most similar first (ties: the earlier position first). */
final class MostSimilarKept {
    private final int k;
    private final PriorityQueue<long[]> kept;
    /** The least kept, once {@code k} are kept: most offers are no better, and end on these two fields. */
    private float leastSimilarity = Float.NEGATIVE_INFINITY;
    private long leastPosition = Long.MAX_VALUE;

    MostSimilarKept(int k) {
        this.k = k;
        // The least similar (then the later position) at the head, to be dropped first.
        this.kept = new PriorityQueue<>(Comparator.<long[]>comparingDouble(e -> Float.intBitsToFloat((int) e[1]))
                .thenComparing(Comparator.<long[]>comparingLong(e -> e[0]).reversed()));
    }

    void offer(int position, float similarity) {
        if (kept.size() == k && (similarity < leastSimilarity || similarity == leastSimilarity && position > leastPosition)) {
            return; // no better than the least kept: most offers end here, before anything is allocated
        }
        for (long[] held : kept) {
            if (held[0] == position) {
                return; // a position is kept once (a text searched again may be offered to a list that remembers it)
            }
        }
        kept.add(new long[] {position, Float.floatToIntBits(similarity)});
        if (kept.size() > k) {
            kept.poll();
        }
        if (kept.size() == k) {
            long[] least = kept.peek();
            leastSimilarity = Float.intBitsToFloat((int) least[1]);
            leastPosition = least[0];
        }
    }

    /** Whether an offer of this similarity could still be kept: fewer than {@code k} kept, or it is above the least. */
    boolean wouldKeep(float similarity) {
        return kept.size() < k || similarity > leastSimilarity;
    }

    /** Whether {@code k} are kept and the least of them is more similar than this. */
    boolean keepsAllAbove(float similarity) {
        return kept.size() == k && leastSimilarity > similarity;
    }

    /** The positions kept, most similar first. */
    int[] positions() {
        List<long[]> sorted = new ArrayList<>(kept);
        sorted.sort(kept.comparator().reversed());
        return sorted.stream().mapToInt(e -> (int) e[0]).toArray();
    }
}
