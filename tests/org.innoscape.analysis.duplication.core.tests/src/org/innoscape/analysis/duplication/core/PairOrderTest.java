package org.innoscape.analysis.duplication.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** A detection's pairs in their order: highest score first, then the two records' ids as text, as one stable sort would give them. */
class PairOrderTest {
    @Test
    void sortedInHalvesByIdRanksAsOneStableSortByIdsWouldBe() {
        Random random = new Random(5);
        List<InitiativeRecord> records = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            // Ids whose text order is not their number's, a few missing ("null" as text) and a few repeated.
            String id = i % 97 == 0 ? null : i % 89 == 0 ? records.get(i - 1).id() : "P-" + random.nextInt(10_000);
            records.add(new InitiativeRecord(id, "n", "d", List.of(), List.of(), List.of(), List.of(), null, null, null, null, null, null,
                    null));
        }
        for (int size : new int[] {0, 1, 500, 40_001}) { // one thread below 16,384 pairs; two halves above
            List<ScoredPair> pairs = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                int first = random.nextInt(records.size() - 1);
                int second = first + 1 + random.nextInt(records.size() - 1 - first);
                double total = random.nextInt(20) / 20.0; // many ties
                pairs.add(new ScoredPair(first, second, new PairScore(total, total, PairScore.unknownValues(), null, first, second),
                        OverlapClass.OVERLAP));
            }
            List<ScoredPair> expected = new ArrayList<>(pairs);
            expected.sort(Comparator.comparingDouble((ScoredPair p) -> -p.score().total())
                    .thenComparing(p -> String.valueOf(records.get(p.first()).id()))
                    .thenComparing(p -> String.valueOf(records.get(p.second()).id())));
            List<ScoredPair> sorted = PairOrder.sorted(pairs, records);
            assertEquals(expected.size(), sorted.size());
            for (int k = 0; k < expected.size(); k++) {
                assertSame(expected.get(k), sorted.get(k), "pair " + k + " of " + size); // ties keep their order
            }
        }
    }
}
