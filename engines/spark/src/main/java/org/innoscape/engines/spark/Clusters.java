package org.innoscape.engines.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups of initiatives linked by reported pairs (connected components, by union-find over the pair
 * table), numbered from the largest. Pairs of different countries (similar policy elsewhere) link
 * nothing, as in the duplication analysis's fragmentation findings.
 */
final class Clusters {
    /** One member of one cluster. */
    record Member(int cluster, int size, String id, String externalId, String name) {
    }

    private Clusters() {
    }

    static List<Member> of(List<PairTable.Row> pairs) {
        Map<String, String> parent = new HashMap<>();
        Map<String, String[]> members = new HashMap<>();
        for (PairTable.Row pair : pairs) {
            List<String> c = pair.identity();
            if ("similar policy elsewhere".equals(c.get(8))) {
                continue;
            }
            members.putIfAbsent(c.get(0), new String[] {c.get(1), c.get(2)});
            members.putIfAbsent(c.get(4), new String[] {c.get(5), c.get(6)});
            union(parent, c.get(0), c.get(4));
        }
        Map<String, List<String>> byRoot = new TreeMap<>();
        for (String id : members.keySet()) {
            byRoot.computeIfAbsent(find(parent, id), r -> new ArrayList<>()).add(id);
        }
        List<List<String>> groups = new ArrayList<>(byRoot.values());
        groups.forEach(g -> g.sort(Comparator.naturalOrder()));
        groups.sort(Comparator.comparingInt((List<String> g) -> -g.size()).thenComparing(g -> g.get(0)));
        List<Member> rows = new ArrayList<>();
        for (int k = 0; k < groups.size(); k++) {
            for (String id : groups.get(k)) {
                String[] about = members.get(id);
                rows.add(new Member(k + 1, groups.get(k).size(), id, about[0], about[1]));
            }
        }
        return rows;
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        String node = x;
        while (parent.containsKey(node) && !parent.get(node).equals(root)) {
            String next = parent.get(node);
            parent.put(node, root);
            node = next;
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }
}
