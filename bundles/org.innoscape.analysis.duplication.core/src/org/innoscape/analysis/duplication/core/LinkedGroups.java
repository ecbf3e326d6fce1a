package org.innoscape.analysis.duplication.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Items linked by pairs, in groups (the connected components): one union-find over positions, used by
 * the analysis's cluster findings and by the Spark engine's cluster table, so that both group alike.
 */
public final class LinkedGroups {
    private LinkedGroups() {
    }

    /**
     * The groups that these pairs link, each with its members in the order first met, the groups in the
     * order of their first member. Items are told apart by {@code equals}.
     */
    public static <P, T> List<List<T>> of(List<P> pairs, Function<P, T> first, Function<P, T> second) {
        Map<T, Integer> positions = new HashMap<>();
        List<T> items = new ArrayList<>();
        int[] links = new int[2 * pairs.size()];
        for (int k = 0; k < pairs.size(); k++) {
            links[2 * k] = position(first.apply(pairs.get(k)), positions, items);
            links[2 * k + 1] = position(second.apply(pairs.get(k)), positions, items);
        }
        int[] parent = new int[items.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int k = 0; k < links.length; k += 2) {
            int a = root(parent, links[k]);
            int b = root(parent, links[k + 1]);
            // The smaller position becomes the root, so a group's root is its first member.
            parent[Math.max(a, b)] = Math.min(a, b);
        }
        Map<Integer, List<T>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(items.get(i));
        }
        return List.copyOf(groups.values());
    }

    private static <T> int position(T item, Map<T, Integer> positions, List<T> items) {
        return positions.computeIfAbsent(item, x -> {
            items.add(x);
            return items.size() - 1;
        });
    }

    /** The root of i's tree, halving the path on the way. */
    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
