package org.innoscape.analysis.duplication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of a set of documents, L2-normalised so that the dot product of two vectors is
 * their cosine similarity. Weights: (1 + ln tf) * (1 + ln((N + 1) / (df + 1))).
 */
public final class TfIdfVectors {
    private final List<String> vocabulary = new ArrayList<>();
    private final int[] documentFrequency;
    private final int[][] terms;
    private final float[][] weights;

    public TfIdfVectors(List<List<String>> documents) {
        Map<String, Integer> ids = new HashMap<>();
        int n = documents.size();
        int[][] termIds = new int[n][];
        int[][] counts = new int[n][];
        List<Integer> df = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            Map<Integer, Integer> tf = new HashMap<>();
            for (String term : documents.get(d)) {
                int id = ids.computeIfAbsent(term, t -> {
                    vocabulary.add(t);
                    df.add(0);
                    return vocabulary.size() - 1;
                });
                tf.merge(id, 1, Integer::sum);
            }
            int[] sorted = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            termIds[d] = sorted;
            counts[d] = Arrays.stream(sorted).map(tf::get).toArray();
            for (int id : sorted) {
                df.set(id, df.get(id) + 1);
            }
        }
        documentFrequency = df.stream().mapToInt(Integer::intValue).toArray();
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
