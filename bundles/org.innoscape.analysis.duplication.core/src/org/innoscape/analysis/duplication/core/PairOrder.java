package org.innoscape.analysis.duplication.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The order of a detection's pairs: highest score first, then by the two records' ids as text, so that the
 * same register gives the same list. Half a million pairs at 100,000 rows: ids are compared by their rank,
 * computed once, and the two halves are sorted on two cores ({@code Arrays.parallelSort} sorts on one thread
 * when the common pool has one, as on a two-core machine) and merged.
 */
final class PairOrder {
    /** Below this many pairs one thread sorts them. */
    private static final int SORTED_IN_HALVES_FROM = 1 << 14;

    private PairOrder() {
    }

    static List<ScoredPair> sorted(List<ScoredPair> pairs, List<InitiativeRecord> records) {
        int[] idRank = idRanks(records);
        Comparator<ScoredPair> order = Comparator.comparingDouble((ScoredPair p) -> -p.score().total())
                .thenComparingInt(p -> idRank[p.first()])
                .thenComparingInt(p -> idRank[p.second()]);
        ScoredPair[] all = pairs.toArray(ScoredPair[]::new);
        if (all.length < SORTED_IN_HALVES_FROM) {
            Arrays.sort(all, order);
            return new ArrayList<>(Arrays.asList(all));
        }
        int middle = all.length / 2;
        // A parallel stream, not a task handed to the pool: its caller sorts a half itself whatever the pool's size.
        IntStream.range(0, 2).parallel().forEach(half -> Arrays.sort(all, half == 0 ? 0 : middle, half == 0 ? middle : all.length, order));
        List<ScoredPair> merged = new ArrayList<>(all.length);
        int a = 0;
        int b = middle;
        while (a < middle && b < all.length) {
            // Ties take the first half's first, as one stable sort would.
            merged.add(order.compare(all[b], all[a]) < 0 ? all[b++] : all[a++]);
        }
        merged.addAll(Arrays.asList(all).subList(a, middle));
        merged.addAll(Arrays.asList(all).subList(b, all.length));
        return merged;
    }

    /** Each record's place among the records' ids as text; equal ids have equal places, so places compare as the ids do. */
    private static int[] idRanks(List<InitiativeRecord> records) {
        int n = records.size();
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = String.valueOf(records.get(i).id());
        }
        Integer[] byId = new Integer[n];
        Arrays.setAll(byId, i -> i);
        Arrays.sort(byId, Comparator.comparing(i -> ids[i]));
        int[] rank = new int[n];
        for (int k = 1; k < n; k++) {
            rank[byId[k]] = ids[byId[k]].equals(ids[byId[k - 1]]) ? rank[byId[k - 1]] : k;
        }
        return rank;
    }
}
