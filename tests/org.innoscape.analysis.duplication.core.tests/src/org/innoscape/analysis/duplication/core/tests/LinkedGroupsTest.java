package org.innoscape.analysis.duplication.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.innoscape.analysis.duplication.core.LinkedGroups;
import org.junit.jupiter.api.Test;

class LinkedGroupsTest {

    @Test
    void pairsLinkTheirItemsIntoGroupsInTheOrderFirstMet() {
        List<String[]> pairs = List.of(new String[] {"d", "e"}, new String[] {"a", "b"}, new String[] {"c", "b"},
                new String[] {"e", "f"}, new String[] {"c", "a"}, new String[] {"a", "b"});
        assertEquals(List.of(List.of("d", "e", "f"), List.of("a", "b", "c")), LinkedGroups.of(pairs, p -> p[0], p -> p[1]));
        assertEquals(List.of(), LinkedGroups.of(List.<String[]>of(), p -> p[0], p -> p[1]));
    }

    @Test
    void aLongChainLinkedFromBothEndsIsOneGroup() {
        List<int[]> pairs = new ArrayList<>();
        for (int k = 0; k < 50_000; k++) { // the links of 0-1-2-...-100000, met alternately from each end
            pairs.add(new int[] {k, k + 1});
            pairs.add(new int[] {100_000 - k, 99_999 - k});
        }
        List<List<Integer>> groups = LinkedGroups.of(pairs, p -> p[0], p -> p[1]);
        assertEquals(List.of(100_001), groups.stream().map(List::size).toList());
        assertEquals(List.of(0, 1, 100_000, 99_999), groups.get(0).subList(0, 4), "members in the order first met");
    }
}
