package org.innoscape.engines.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innoscape.analysis.duplication.core.LinkedGroups;

/**
 * Groups of initiatives linked by reported pairs (the connected components of the pair table, grouped
 * as the duplication analysis groups its fragmentation findings), numbered from the largest. Pairs of
 * different countries (similar policy elsewhere) link nothing, as in the analysis.
 */
final class Clusters {
    /** One member of one cluster. */
    record Member(int cluster, int size, String id, String externalId, String name) {
    }

    private Clusters() {
    }

    static List<Member> of(List<PairTable.Row> pairs) {
        List<List<String>> linking = pairs.stream().map(PairTable.Row::identity)
                .filter(c -> !"similar policy elsewhere".equals(c.get(8))).toList();
        Map<String, String[]> members = new HashMap<>();
        for (List<String> c : linking) {
            members.putIfAbsent(c.get(0), new String[] {c.get(1), c.get(2)});
            members.putIfAbsent(c.get(4), new String[] {c.get(5), c.get(6)});
        }
        List<List<String>> groups = new ArrayList<>();
        for (List<String> group : LinkedGroups.of(linking, c -> c.get(0), c -> c.get(4))) {
            groups.add(group.stream().sorted().toList());
        }
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
}
