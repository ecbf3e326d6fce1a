package org.innoscape.analysis.duplication.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * TF-IDF vectors of a set of documents, L2-normalised so that the dot product of two vectors is
 * their cosine similarity. Weights: (1 + ln tf) * (1 + ln((N + 1) / (df + 1))).
 */
final class TfIdfVectors implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> vocabulary = new ArrayList<>();
    private final int[] documentFrequency;
    private final int[][] terms;
    private final float[][] weights;

    public TfIdfVectors(List<List<String>> documents) {
        int n = documents.size();
        // Each document's distinct terms, in the order they first occur, with their counts: on every core.
        List<DistinctTerms> distinct = IntStream.range(0, n).parallel().mapToObj(d -> DistinctTerms.of(documents.get(d))).toList();
        // Ids in the order terms are first seen in the register (document by document), and how many documents have each.
        Map<String, Integer> ids = new HashMap<>();
        List<String> seen = new ArrayList<>();
        int[] df = new int[64];
        int[][] termIds = new int[n][];
        int[][] counts = new int[n][];
        for (int d = 0; d < n; d++) {
            DistinctTerms document = distinct.get(d);
            int[] own = new int[document.terms().length];
            for (int k = 0; k < own.length; k++) {
                String term = document.terms()[k];
                Integer id = ids.get(term);
                if (id == null) {
                    id = seen.size();
                    ids.put(term, id);
                    seen.add(term);
                    if (id == df.length) {
                        df = Arrays.copyOf(df, 2 * id);
                    }
                }
                own[k] = id;
                df[id]++;
            }
            termIds[d] = own;
            counts[d] = document.counts();
        }
        // Common terms get the small ids: the terms most documents share then sit together in memory,
        // which keeps the cosine loops in cache on large registers. Ties keep the order first seen.
        long[] byFrequency = new long[seen.size()];
        for (int id = 0; id < byFrequency.length; id++) {
            byFrequency[id] = ((long) (Integer.MAX_VALUE - df[id]) << 32) | id;
        }
        Arrays.parallelSort(byFrequency);
        int[] renumbered = new int[byFrequency.length];
        documentFrequency = new int[byFrequency.length];
        for (int rank = 0; rank < byFrequency.length; rank++) {
            int id = (int) byFrequency[rank];
            renumbered[id] = rank;
            vocabulary.add(seen.get(id));
            documentFrequency[rank] = df[id];
        }
        terms = termIds;
        weights = new float[n][];
        IntStream.range(0, n).parallel().forEach(d -> {
            long[] termAndCount = new long[termIds[d].length];
            for (int k = 0; k < termAndCount.length; k++) {
                termAndCount[k] = ((long) renumbered[termIds[d][k]] << 32) | counts[d][k];
            }
            Arrays.sort(termAndCount);
            for (int k = 0; k < termAndCount.length; k++) {
                termIds[d][k] = (int) (termAndCount[k] >>> 32);
                counts[d][k] = (int) termAndCount[k];
            }
            weights[d] = normalisedWeights(termIds[d], counts[d], n);
        });
    }

    /** L2-normalised TF-IDF weights of one document's terms. */
    private float[] normalisedWeights(int[] termIds, int[] counts, int n) {
        float[] w = new float[termIds.length];
        double norm = 0;
        for (int k = 0; k < w.length; k++) {
            double idf = 1 + Math.log((n + 1.0) / (documentFrequency[termIds[k]] + 1.0));
            w[k] = (float) ((1 + Math.log(counts[k])) * idf);
            norm += w[k] * w[k];
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int k = 0; k < w.length; k++) {
            w[k] *= scale;
        }
        return w;
    }

    /** A document's distinct terms in the order they first occur, and how often each occurs. */
    private record DistinctTerms(String[] terms, int[] counts) {
        static DistinctTerms of(List<String> document) {
            Map<String, int[]> tf = new LinkedHashMap<>();
            for (String term : document) {
                tf.computeIfAbsent(term, t -> new int[1])[0]++;
            }
            return new DistinctTerms(tf.keySet().toArray(String[]::new), tf.values().stream().mapToInt(c -> c[0]).toArray());
        }
    }

    public int size() {
        return terms.length;
    }

    public int[] terms(int document) {
        return terms[document];
    }

    public float[] weights(int document) {
        return weights[document];
    }

    public int documentFrequency(int term) {
        return documentFrequency[term];
    }

    public String term(int id) {
        return vocabulary.get(id);
    }

    /** Cosine similarity of two documents (a merge of two sorted sparse vectors). */
    public double cosine(int a, int b) {
        int[] ta = terms[a];
        int[] tb = terms[b];
        float[] wa = weights[a];
        float[] wb = weights[b];
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < ta.length && j < tb.length) {
            if (ta[i] == tb[j]) {
                sum += wa[i++] * wb[j++];
            } else if (ta[i] < tb[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Math.min(1, sum);
    }

    /**
     * Cosines of one document with many others, faster than {@link #cosine} when one side repeats: the
     * repeated document is spread into a dense array once, and each other document is a branch-free
     * sum over its own terms. One probe per thread.
     */
    public final class Probe {
        private final float[] dense = new float[vocabulary.size()];
        private int current = -1;

        /** The cosine of {@code fixed} (kept spread while it repeats) and {@code other}. */
        public double cosine(int fixed, int other) {
            if (fixed != current) {
                if (current >= 0) {
                    for (int t : terms[current]) {
                        dense[t] = 0;
                    }
                }
                int[] t = terms[fixed];
                float[] w = weights[fixed];
                for (int k = 0; k < t.length; k++) {
                    dense[t[k]] = w[k];
                }
                current = fixed;
            }
            int[] t = terms[other];
            float[] w = weights[other];
            double sum = 0;
            for (int k = 0; k < t.length; k++) {
                sum += w[k] * dense[t[k]];
            }
            return Math.min(1, sum);
        }
    }

    public Probe probe() {
        return new Probe();
    }

    /** The shared terms that contribute most to the similarity, strongest first. */
    public List<String> topSharedTerms(int a, int b, int limit) {
        // Up to limit shared terms kept in order, strongest first (ties: the lower id, the more common term):
        // a small insertion, since most pairs share a few terms and every reported pair is explained.
        int[] top = new int[limit];
        double[] strength = new double[limit];
        int size = 0;
        int[] ta = terms[a];
        int[] tb = terms[b];
        int i = 0;
        int j = 0;
        while (i < ta.length && j < tb.length) {
            if (ta[i] == tb[j]) {
                double product = weights[a][i] * weights[b][j];
                // Terms arrive by increasing id, so an equal strength already kept goes first.
                int at = size;
                while (at > 0 && strength[at - 1] < product) {
                    at--;
                }
                if (at < limit) {
                    int moved = Math.min(size, limit - 1) - at;
                    System.arraycopy(top, at, top, at + 1, moved);
                    System.arraycopy(strength, at, strength, at + 1, moved);
                    top[at] = ta[i];
                    strength[at] = product;
                    size = Math.min(size + 1, limit);
                }
                i++;
                j++;
            } else if (ta[i] < tb[j]) {
                i++;
            } else {
                j++;
            }
        }
        String[] shared = new String[size];
        for (int k = 0; k < size; k++) {
            shared[k] = vocabulary.get(top[k]);
        }
        return List.of(shared);
    }
}
