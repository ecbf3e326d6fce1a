package org.innoscape.analysis.duplication.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Blocking keys: each key's documents are exactly those having it, in document order, and each document's place among them is known. */
class TermPairBlocksTest {
    @Test
    void eachKeyListsExactlyTheDocumentsHavingItInOrder() {
        Random random = new Random(11);
        List<List<String>> documents = new ArrayList<>();
        for (int d = 0; d < 400; d++) {
            List<String> terms = new ArrayList<>();
            for (int t = 0; t < 3 + random.nextInt(8); t++) {
                terms.add("w" + (int) Math.abs(random.nextGaussian() * 15)); // a few common words, many rare ones
            }
            documents.add(terms);
        }
        TermPairBlocks blocks = new TermPairBlocks(new TfIdfVectors(documents), 4);
        int checked = 0;
        for (int d = 0; d < documents.size(); d++) {
            for (int key : blocks.keys(d)) {
                int[] listed = IntStream.range(0, blocks.size(key)).map(i -> blocks.document(key, i)).toArray();
                int[] having = IntStream.range(0, documents.size())
                        .filter(other -> Arrays.stream(blocks.keys(other)).anyMatch(k -> k == key)).toArray();
                assertArrayEquals(having, listed, "key " + key);
                assertEquals(Arrays.binarySearch(having, d), blocks.before(key, d), "documents before " + d);
                checked++;
            }
        }
        assertTrue(checked > 1000, "most documents have keys: " + checked);
    }
}
