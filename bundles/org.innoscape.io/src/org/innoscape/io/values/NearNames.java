package org.innoscape.io.values;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The name within a few typing mistakes ({@link Similarity#tolerance}) of a text, found without comparing every name, so a
 * register naming tens of thousands of new bodies imports in about linear time. An edit changes at most q of a key's runs of q
 * letters, so a key within k edits of another holds at least one of any qk + 1 of its runs: only the keys holding one of the
 * query's qk + 1 rarest runs are compared, runs of three letters where the key has enough (they are rarer), else of two. Keys
 * too short for either are compared with those of about their length.
 *
 * @param <T> what a key names
 */
final class NearNames<T> {
    private final Map<String, T> byKey = new HashMap<>();
    /** The keys holding each run of two letters, and of three, by run and key length ({@link #ofLength}). */
    private final Map<String, List<String>> byPair = new HashMap<>();
    private final Map<String, List<String>> byTriple = new HashMap<>();
    private final Map<Integer, List<String>> byLength = new HashMap<>();

    /** Adds a key (the first value of a key is kept). */
    void add(String key, T value) {
        if (key.isEmpty() || byKey.putIfAbsent(key, value) != null) {
            return;
        }
        for (String pair : new HashSet<>(runs(key, 2))) {
            byPair.computeIfAbsent(ofLength(pair, key.length()), p -> new ArrayList<>()).add(key);
        }
        for (String triple : new HashSet<>(runs(key, 3))) {
            byTriple.computeIfAbsent(ofLength(triple, key.length()), t -> new ArrayList<>()).add(key);
        }
        byLength.computeIfAbsent(key.length(), l -> new ArrayList<>()).add(key);
    }

    /** The value of the key nearest to {@code key} within its tolerance, if any; of equally near keys, the first in order. */
    Optional<T> closest(String key) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        int limit = Similarity.tolerance(key);
        String best = null;
        int bestDistance = limit + 1;
        for (String candidate : candidates(key, limit)) {
            int distance = Similarity.distance(key, candidate, limit);
            if (distance < bestDistance || distance == bestDistance && best != null && candidate.compareTo(best) < 0) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return Optional.ofNullable(best).map(byKey::get);
    }

    private Iterable<String> candidates(String key, int limit) {
        Set<String> found = holdingOneOfRarest(key, 3, byTriple, limit);
        if (found == null) {
            found = holdingOneOfRarest(key, 2, byPair, limit);
        }
        if (found != null) {
            return found;
        }
        List<String> near = new ArrayList<>();
        for (int length = Math.max(1, key.length() - limit); length <= key.length() + limit; length++) {
            near.addAll(byLength.getOrDefault(length, List.of()));
        }
        return near;
    }

    /**
     * The keys holding one of the key's q·limit + 1 rarest runs of q letters, of those within limit of its length; null when
     * it has fewer runs.
     */
    private static Set<String> holdingOneOfRarest(String key, int q, Map<String, List<String>> byRun, int limit) {
        Map<String, Integer> occurrences = new HashMap<>();
        runs(key, q).forEach(run -> occurrences.merge(run, 1, Integer::sum));
        Map<String, List<List<String>>> holding = new HashMap<>();
        for (String run : occurrences.keySet()) {
            List<List<String>> lists = new ArrayList<>();
            for (int length = key.length() - limit; length <= key.length() + limit; length++) {
                List<String> keys = byRun.get(ofLength(run, length));
                if (keys != null) {
                    lists.add(keys);
                }
            }
            holding.put(run, lists);
        }
        List<String> rarestFirst = new ArrayList<>(occurrences.keySet());
        rarestFirst.sort(Comparator.comparingInt((String run) -> holding.get(run).stream().mapToInt(List::size).sum())
                .thenComparing(r -> r));
        Set<String> found = new HashSet<>();
        int covered = 0;
        for (String run : rarestFirst) {
            if (covered > q * limit) {
                break;
            }
            holding.get(run).forEach(found::addAll);
            covered += occurrences.get(run);
        }
        return covered > q * limit ? found : null;
    }

    /** A run of letters of keys of one length: a near key's length differs by at most the tolerance. */
    private static String ofLength(String run, int length) {
        return run + '\u0000' + length;
    }

    private static List<String> runs(String key, int q) {
        List<String> runs = new ArrayList<>(Math.max(0, key.length() - q + 1));
        for (int i = 0; i + q <= key.length(); i++) {
            runs.add(key.substring(i, i + q));
        }
        return runs;
    }
}
