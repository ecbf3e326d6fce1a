package org.innoscape.analysis.duplication.core;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Compound blocking keys: every pair of a document's strongest terms (largest TF-IDF weights) is a
 * key, and documents sharing a key are candidates. A single term, however telling, becomes common as
 * a register grows (every programme about one condition, or in one setting); two of a document's
 * strongest terms together stay rarer, and a re-described programme keeps at least two of its telling
 * words (the condition and the technology, say) even when the rest is paraphrased.
 */
final class TermPairBlocks implements java.io.Serializable {
    private static final long serialVersionUID = 2L; // 2: the lists in one array

    private final int[][] keysOfDocument;
    /** The documents of every key, key after key, each key's in document order; key k's are at [starts[k], starts[k + 1]). */
    private final int[] documents;
    private final int[] starts;

    /** @param strongest how many of each document's strongest terms are paired (at most strongest*(strongest-1)/2 keys each) */
    TermPairBlocks(TfIdfVectors vectors, int strongest) {
        int n = vectors.size();
        long[][] pairKeys = new long[n][];
        IntStream.range(0, n).parallel().forEach(d -> pairKeys[d] = pairKeys(strongestTerms(vectors, d, strongest)));
        long[] distinct = distinctSorted(pairKeys);
        keysOfDocument = new int[n][];
        IntStream.range(0, n).parallel().forEach(d -> {
            int[] keys = new int[pairKeys[d].length];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = Arrays.binarySearch(distinct, pairKeys[d][k]);
            }
            keysOfDocument[d] = keys;
        });
        KeyLists lists = KeyLists.of(keysOfDocument, distinct.length);
        documents = lists.members();
        starts = lists.starts();
    }

    int[] keys(int document) {
        return keysOfDocument[document];
    }

    /** How many documents have this key. */
    int size(int key) {
        return starts[key + 1] - starts[key];
    }

    /** The {@code i}-th document having this key, in document order. */
    int document(int key, int i) {
        return documents[starts[key] + i];
    }

    /** How many of the documents having this key come before {@code document} (which has it). */
    int before(int key, int document) {
        int found = Arrays.binarySearch(documents, starts[key], starts[key + 1], document);
        return (found >= 0 ? found : -found - 1) - starts[key];
    }

    private static long[] distinctSorted(long[][] keys) {
        long[] all = new long[Arrays.stream(keys).mapToInt(k -> k.length).sum()];
        int at = 0;
        for (long[] k : keys) {
            System.arraycopy(k, 0, all, at, k.length);
            at += k.length;
        }
        Arrays.parallelSort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    private static long[] pairKeys(int[] top) {
        long[] keys = new long[top.length * (top.length - 1) / 2];
        int k = 0;
        for (int i = 0; i < top.length; i++) {
            for (int j = i + 1; j < top.length; j++) {
                keys[k++] = ((long) Math.min(top[i], top[j]) << 32) | Math.max(top[i], top[j]);
            }
        }
        return keys;
    }

    /** The terms of largest weight (ties: the rarer, then the lower id), at most {@code limit}. */
    static int[] strongestTerms(TfIdfVectors vectors, int document, int limit) {
        int[] terms = vectors.terms(document);
        float[] weights = vectors.weights(document);
        int[] top = new int[Math.min(limit, terms.length)];
        boolean[] taken = new boolean[terms.length];
        for (int slot = 0; slot < top.length; slot++) {
            int best = -1;
            for (int k = 0; k < terms.length; k++) {
                if (!taken[k] && (best < 0 || stronger(vectors, terms, weights, k, best))) {
                    best = k;
                }
            }
            taken[best] = true;
            top[slot] = terms[best];
        }
        return top;
    }

    private static boolean stronger(TfIdfVectors vectors, int[] terms, float[] weights, int k, int than) {
        if (weights[k] != weights[than]) {
            return weights[k] > weights[than];
        }
        int dfK = vectors.documentFrequency(terms[k]);
        int dfThan = vectors.documentFrequency(terms[than]);
        return dfK != dfThan ? dfK < dfThan : terms[k] < terms[than];
    }
}
