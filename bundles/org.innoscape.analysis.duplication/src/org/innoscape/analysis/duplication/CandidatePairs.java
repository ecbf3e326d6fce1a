package org.innoscape.analysis.duplication;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Candidate generation without comparing all pairs: an inverted index with prefix filtering (the
 * "All-Pairs" method of Bayardo, Ma and Srikant, 2007). Every reported pair must reach the minimum
 * text similarity t, so only the part of each vector that can still reach t is indexed: terms are
 * taken from the most common to the rarest, and a term is indexed once the similarity that the
 * terms before it could give to any other vector reaches t (bounded both by their weights times the
 * largest weight each term has anywhere, and by the length of that prefix). Two vectors with cosine at least t must then share an indexed term, so
 * no pair above t is missed; common terms, which make long lists, stay out of the index. Lists longer
 * than {@code maxPosting} are not searched: the pairs this may lose are counted, never dropped silently.
 */
final class CandidatePairs {
    private static final int CHUNKS = 16;

    /** Receives each candidate pair once, {@code a < b}. */
    interface Sink {
        void pair(int a, int b);
    }

    /** How many candidate pairs were fed to the sinks, and how many list entries a {@code maxPosting} limit left unsearched. */
    record Counts(long candidates, long skippedPostings) {
    }

    private CandidatePairs() {
    }

    /**
     * Feeds every pair whose cosine may reach {@code minCosine} to a sink. Documents are split into
     * fixed chunks processed in parallel; {@code sinks} gives each chunk its own sink, and within a
     * chunk pairs come in order, so collecting per chunk and concatenating in chunk order is deterministic.
     */
    static Counts generate(TfIdfVectors vectors, double minCosine, int maxPosting, IntPredicate cancelled, IntFunction<Sink> sinks) {
        int n = vectors.size();
        int vocabulary = 0;
        for (int d = 0; d < n; d++) {
            for (int t : vectors.terms(d)) {
                vocabulary = Math.max(vocabulary, t + 1);
            }
        }
        float[] maxWeight = new float[vocabulary];
        for (int d = 0; d < n; d++) {
            int[] terms = vectors.terms(d);
            float[] weights = vectors.weights(d);
            for (int k = 0; k < terms.length; k++) {
                maxWeight[terms[k]] = Math.max(maxWeight[terms[k]], weights[k]);
            }
        }
        Index index = new Index(vectors, vocabulary, maxWeight, minCosine);
        int chunkSize = Math.max(256, (n + CHUNKS - 1) / CHUNKS);
        int chunks = (n + chunkSize - 1) / chunkSize;
        AtomicLong candidates = new AtomicLong();
        AtomicLong skipped = new AtomicLong();
        java.util.stream.IntStream.range(0, chunks).parallel().forEach(chunk -> {
            Sink sink = sinks.apply(chunk);
            boolean[] touched = new boolean[n];
            int[] found = new int[n];
            long chunkCandidates = 0;
            long chunkSkipped = 0;
            for (int x = chunk * chunkSize; x < Math.min(n, (chunk + 1) * chunkSize); x++) {
                if ((x & 255) == 0 && cancelled.test(x)) {
                    return;
                }
                int count = 0;
                for (int term : vectors.terms(x)) {
                    if (index.sizes[term] > maxPosting) {
                        // A term this common tells little; the earlier documents in its list are counted as
                        // pairs that may not have been scored (an upper bound: some are found through other terms).
                        int position = Arrays.binarySearch(index.postings[term], 0, index.sizes[term], x);
                        chunkSkipped += position >= 0 ? position : -position - 1;
                        continue;
                    }
                    int[] docs = index.postings[term];
                    for (int i = 0; i < index.sizes[term]; i++) {
                        int y = docs[i];
                        if (y >= x) {
                            break; // postings are in document order; only earlier documents pair with x
                        }
                        if (!touched[y]) {
                            touched[y] = true;
                            found[count++] = y;
                        }
                    }
                }
                Arrays.sort(found, 0, count);
                for (int i = 0; i < count; i++) {
                    touched[found[i]] = false;
                    sink.pair(found[i], x);
                }
                chunkCandidates += count;
            }
            candidates.addAndGet(chunkCandidates);
            skipped.addAndGet(chunkSkipped);
        });
        return new Counts(candidates.get(), skipped.get());
    }

    /** Postings of the indexed suffix of every document, each list in document order. */
    private static final class Index {
        final int[][] postings;
        final int[] sizes;

        Index(TfIdfVectors vectors, int vocabulary, float[] maxWeight, double minCosine) {
            int n = vectors.size();
            boolean[][] indexed = new boolean[n][];
            sizes = new int[vocabulary];
            for (int d = 0; d < n; d++) {
                int[] terms = vectors.terms(d);
                float[] weights = vectors.weights(d);
                Integer[] order = new Integer[terms.length];
                for (int k = 0; k < terms.length; k++) {
                    order[k] = k;
                }
                // Most common terms first: they stay in the unindexed prefix while it cannot reach minCosine.
                Arrays.sort(order, (p, q) -> {
                    int byDf = Integer.compare(vectors.documentFrequency(terms[q]), vectors.documentFrequency(terms[p]));
                    return byDf != 0 ? byDf : Integer.compare(terms[p], terms[q]);
                });
                indexed[d] = new boolean[terms.length];
                // Two bounds on what the unindexed prefix can give: the sum of weight times the term's largest
                // weight anywhere, and (Cauchy-Schwarz, all vectors having length 1) the prefix's own length.
                double byMaxWeight = 0;
                double squares = 0;
                for (int k : order) {
                    byMaxWeight += weights[k] * maxWeight[terms[k]];
                    squares += (double) weights[k] * weights[k];
                    if (Math.min(byMaxWeight, Math.sqrt(squares)) >= minCosine) {
                        indexed[d][k] = true;
                        sizes[terms[k]]++;
                    }
                }
            }
            postings = new int[vocabulary][];
            for (int t = 0; t < vocabulary; t++) {
                postings[t] = new int[sizes[t]];
            }
            int[] fill = new int[vocabulary];
            for (int d = 0; d < n; d++) {
                int[] terms = vectors.terms(d);
                for (int k = 0; k < terms.length; k++) {
                    if (indexed[d][k]) {
                        postings[terms[k]][fill[terms[k]]++] = d;
                    }
                }
            }
        }
    }
}
