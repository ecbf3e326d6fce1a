package org.innoscape.io.values;

import java.util.Map;
import java.util.Optional;

/** Edit distance for "did you mean" suggestions, bounded so that far-apart strings cost little. */
public final class Similarity {

    private Similarity() {
    }

    /** The largest distance at which one name is taken for a misspelling of another. */
    public static int tolerance(String key) {
        return key.length() < 5 ? 1 : key.length() < 12 ? 2 : 3;
    }

    /** The value whose key is nearest to {@code key} within its {@link #tolerance}, if any (the first of equals). */
    public static <T> Optional<T> closest(String key, Map<String, T> candidates) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        int limit = tolerance(key);
        T best = null;
        int bestDistance = limit + 1;
        for (Map.Entry<String, T> entry : candidates.entrySet()) {
            int distance = distance(key, entry.getKey(), limit);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = entry.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The Levenshtein distance between {@code a} and {@code b} if it is at most {@code limit}, else
     * {@code limit + 1}. Only a band of width {@code 2 * limit + 1} is computed.
     */
    public static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int n = b.length();
        int[] previous = new int[n + 1];
        int[] current = new int[n + 1];
        int big = limit + 1;
        for (int j = 0; j <= n; j++) {
            previous[j] = j <= limit ? j : big;
        }
        for (int i = 1; i <= a.length(); i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(n, i + limit);
            current[0] = i <= limit ? i : big;
            if (from > 1) {
                current[from - 1] = big;
            }
            int best = current[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                current[j] = Math.min(value, big);
                best = Math.min(best, current[j]);
            }
            if (to < n) {
                current[to + 1] = big;
            }
            if (best > limit) {
                return big;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[n], big);
    }
}
