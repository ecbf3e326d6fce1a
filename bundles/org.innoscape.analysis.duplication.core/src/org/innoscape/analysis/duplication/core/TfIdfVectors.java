package org.innoscape.analysis.duplication.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, Integer> ids = new HashMap<>();
        List<String> seen = new ArrayList<>();
        int n = documents.size();
        int[][] termIds = new int[n][];
        int[][] counts = new int[n][];
        List<Integer> df = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            Map<Integer, Integer> tf = new HashMap<>();
            for (String term : documents.get(d)) {
                int id = ids.computeIfAbsent(term, t -> {
                    seen.add(t);
                    df.add(0);
                    return seen.size() - 1;
                });
                tf.merge(id, 1, Integer::sum);
            }
            termIds[d] = tf.keySet().stream().mapToInt(Integer::intValue).toArray();
            counts[d] = Arrays.stream(termIds[d]).map(tf::get).toArray();
            for (int id : termIds[d]) {
                df.set(id, df.get(id) + 1);
            }
        }
        // Common terms get the small ids: the terms most documents share then sit together in memory,
        // which keeps the cosine loops in cache on large registers.
        Integer[] byFrequency = new Integer[seen.size()];
        for (int id = 0; id < byFrequency.length; id++) {
            byFrequency[id] = id;
        }
        Arrays.sort(byFrequency, (p, q) -> df.get(p).equals(df.get(q)) ? Integer.compare(p, q) : Integer.compare(df.get(q), df.get(p)));
        int[] renumbered = new int[byFrequency.length];
        for (int rank = 0; rank < byFrequency.length; rank++) {
            renumbered[byFrequency[rank]] = rank;
            vocabulary.add(seen.get(byFrequency[rank]));
        }
        for (int d = 0; d < n; d++) {
            long[] termAndCount = new long[termIds[d].length];
            for (int k = 0; k < termAndCount.length; k++) {
                termAndCount[k] = ((long) renumbered[termIds[d][k]] << 32) | counts[d][k];
            }
            Arrays.sort(termAndCount);
            for (int k = 0; k < termAndCount.length; k++) {
                termIds[d][k] = (int) (termAndCount[k] >>> 32);
                counts[d][k] = (int) termAndCount[k];
            }
        }
        documentFrequency = new int[byFrequency.length];
        for (int rank = 0; rank < byFrequency.length; rank++) {
            documentFrequency[rank] = df.get(byFrequency[rank]);
        }
        terms = termIds;
        weights = new float[n][];
        for (int d = 0; d < n; d++) {
            float[] w = new float[termIds[d].length];
            double norm = 0;
            for (int k = 0; k < w.length; k++) {
                double idf = 1 + Math.log((n + 1.0) / (documentFrequency[termIds[d][k]] + 1.0));
                w[k] = (float) ((1 + Math.log(counts[d][k])) * idf);
                norm += w[k] * w[k];
            }
            float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            for (int k = 0; k < w.length; k++) {
                w[k] *= scale;
            }
            weights[d] = w;
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
        List<double[]> shared = new ArrayList<>();
        int[] ta = terms[a];
        int[] tb = terms[b];
        int i = 0;
        int j = 0;
        while (i < ta.length && j < tb.length) {
            if (ta[i] == tb[j]) {
                shared.add(new double[] {ta[i], weights[a][i] * weights[b][j]});
                i++;
                j++;
            } else if (ta[i] < tb[j]) {
                i++;
            } else {
                j++;
            }
        }
        shared.sort((x, y) -> x[1] != y[1] ? Double.compare(y[1], x[1]) : Double.compare(x[0], y[0]));
        return shared.stream().limit(limit).map(s -> vocabulary.get((int) s[0])).toList();
    }
}
