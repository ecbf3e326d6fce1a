package org.innoscape.analysis.duplication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Candidate generation by inverted-index blocking, so that not all pairs are compared. Every
 * document is indexed under its terms (leaving out terms so common that their lists would exceed
 * {@code maxPosting}); every document then looks up its {@code blockTerms} strongest terms. A pair
 * is a candidate when it shares a term that is among the strongest of at least one of the two.
 * Each pair is produced once.
 */
final class CandidatePairs {

    /** Receives each candidate pair once, {@code a < b}. */
    interface Sink {
        void pair(int a, int b);
    }

    private CandidatePairs() {
    }

    static void generate(TfIdfVectors vectors, int blockTerms, int maxPosting, IntPredicate cancelled, Sink sink) {
        int n = vectors.size();
        int[][] strongest = new int[n][];
        for (int d = 0; d < n; d++) {
            strongest[d] = strongestTerms(vectors, d, blockTerms, maxPosting);
        }
        int[][] postings = postings(vectors, maxPosting);
        int[] seenBy = new int[n];
        Arrays.fill(seenBy, -1);
        for (int a = 0; a < n; a++) {
            if ((a & 1023) == 0 && cancelled.test(a)) {
                return;
            }
            for (int term : strongest[a]) {
                for (int c : postings[term]) {
                    if (c == a || seenBy[c] == a) {
                        continue;
                    }
                    seenBy[c] = a;
                    // The pair belongs to whichever of the two reaches the other first in index order.
                    if (c > a || !reaches(vectors, strongest[c], a)) {
                        sink.pair(Math.min(a, c), Math.max(a, c));
                    }
                }
            }
        }
    }

    /** True when one of {@code keys} (c's strongest terms) occurs in document a, i.e. c found a itself. */
    private static boolean reaches(TfIdfVectors vectors, int[] keys, int a) {
        int[] terms = vectors.terms(a);
        for (int key : keys) {
            if (Arrays.binarySearch(terms, key) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int[] strongestTerms(TfIdfVectors vectors, int d, int limit, int maxPosting) {
        int[] terms = vectors.terms(d);
        float[] weights = vectors.weights(d);
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < terms.length; k++) {
            int df = vectors.documentFrequency(terms[k]);
            if (df > 1 && df <= maxPosting) {
                order.add(k);
            }
        }
        order.sort((x, y) -> weights[x] != weights[y] ? Float.compare(weights[y], weights[x]) : Integer.compare(terms[x], terms[y]));
        int[] keys = order.stream().limit(limit).mapToInt(k -> terms[k]).sorted().toArray();
        return keys;
    }

    private static int[][] postings(TfIdfVectors vectors, int maxPosting) {
        int n = vectors.size();
        int vocabulary = 0;
        for (int d = 0; d < n; d++) {
            for (int t : vectors.terms(d)) {
                vocabulary = Math.max(vocabulary, t + 1);
            }
        }
        int[] size = new int[vocabulary];
        for (int d = 0; d < n; d++) {
            for (int t : vectors.terms(d)) {
                size[t]++;
            }
        }
        int[][] postings = new int[vocabulary][];
        for (int t = 0; t < vocabulary; t++) {
            postings[t] = size[t] > maxPosting ? new int[0] : new int[size[t]];
        }
        int[] fill = new int[vocabulary];
        for (int d = 0; d < n; d++) {
            for (int t : vectors.terms(d)) {
                if (size[t] <= maxPosting) {
                    postings[t][fill[t]++] = d;
                }
            }
        }
        return postings;
    }
}
