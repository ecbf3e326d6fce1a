package org.innoscape.analysis.duplication.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The text vectors and the parts of an explanation that every reported pair pays for were rewritten for
 * speed: each must still give exactly what the plain way of computing it gives.
 */
class TextVectorsTest {

    @Test
    void vectorsNumberTermsByHowManyDocumentsHaveThemThenByFirstSeen() {
        List<List<String>> documents = randomDocuments(3000, 400, 7);
        TfIdfVectors vectors = new TfIdfVectors(documents);
        Reference reference = new Reference(documents);
        assertEquals(documents.size(), vectors.size());
        for (int id = 0; id < reference.vocabulary.size(); id++) {
            assertEquals(reference.vocabulary.get(id), vectors.term(id), "term " + id);
            assertEquals(reference.df[id], vectors.documentFrequency(id), "document frequency of term " + id);
        }
        for (int d = 0; d < documents.size(); d++) {
            assertArrayEquals(reference.terms[d], vectors.terms(d), "terms of document " + d);
            assertArrayEquals(reference.weights[d], vectors.weights(d), "weights of document " + d);
        }
    }

    @Test
    void sharedTermsAreTheStrongestFirstAndTiesByTheMoreCommonTerm() {
        List<List<String>> documents = randomDocuments(400, 60, 8);
        // Equal weights: documents made of the same terms once each tie on every shared term.
        documents.add(List.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"));
        documents.add(List.of("eta", "zeta", "epsilon", "delta", "gamma", "beta", "alpha"));
        TfIdfVectors vectors = new TfIdfVectors(documents);
        for (int a = 0; a < documents.size(); a += 3) {
            for (int b = a + 1; b < documents.size(); b += 7) {
                for (int limit : new int[] {0, 1, 5, 50}) {
                    assertEquals(sortedShared(vectors, a, b, limit), vectors.topSharedTerms(a, b, limit), a + " and " + b + ", " + limit);
                }
            }
        }
        int last = documents.size() - 1;
        assertEquals(sortedShared(vectors, last - 1, last, 5), vectors.topSharedTerms(last - 1, last, 5));
    }

    @Test
    void twoDecimalsAreWhatTheFormatterWrites() {
        Random random = new Random(3);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, 0.125, 0.145, 0.005, 0.015, 0.995, 0.9949999, -0.004, -0.005,
                -0.125, -1.0, 0.5, 0.045, 0.285, 1e-9, -1e-9, 12.345, Double.NaN, 0.30000000000000004, 99.995, 1e-7,
                160329669.605, 1220935006.735, 8977850275.095, -160329669.605, 9999999.995, Double.POSITIVE_INFINITY, 1e300));
        for (int i = 0; i < 200_000; i++) {
            values.add(random.nextDouble() * 2.5 - 1);
            values.add(Math.round(random.nextDouble() * 2000) / 1000.0 - 0.5); // thousandths: half of them on a boundary
            values.add((double) random.nextFloat()); // a float's value, as the cosines are
            values.add(Math.round(random.nextDouble() * 1e12) / 1000.0 * (random.nextBoolean() ? 1 : -1)); // large, on boundaries
        }
        for (double value : values) {
            assertEquals(String.format(Locale.ROOT, "%.2f", value), TwoDecimals.of(value), "value " + value);
        }
    }

    private static List<String> sortedShared(TfIdfVectors vectors, int a, int b, int limit) {
        List<double[]> shared = new ArrayList<>();
        int[] ta = vectors.terms(a);
        int[] tb = vectors.terms(b);
        for (int i = 0; i < ta.length; i++) {
            int j = Arrays.binarySearch(tb, ta[i]);
            if (j >= 0) {
                shared.add(new double[] {ta[i], vectors.weights(a)[i] * vectors.weights(b)[j]});
            }
        }
        shared.sort(Comparator.<double[]>comparingDouble(s -> -s[1]).thenComparingDouble(s -> s[0]));
        return shared.stream().limit(limit).map(s -> vectors.term((int) s[0])).toList();
    }

    /** Documents of words drawn unevenly (a few common, many rare), with repeats. */
    private static List<List<String>> randomDocuments(int count, int words, long seed) {
        Random random = new Random(seed);
        List<List<String>> documents = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            List<String> document = new ArrayList<>();
            int length = random.nextInt(25);
            for (int k = 0; k < length; k++) {
                int word = (int) (words * Math.pow(random.nextDouble(), 3));
                document.add("w" + Integer.toString(word, 36));
            }
            documents.add(document);
        }
        return documents;
    }

    /** TF-IDF the plain way: ids as first seen, renumbered by document frequency (ties: first seen). */
    private static final class Reference {
        final List<String> vocabulary = new ArrayList<>();
        final int[] df;
        final int[][] terms;
        final float[][] weights;

        Reference(List<List<String>> documents) {
            Map<String, Integer> firstSeen = new HashMap<>();
            List<String> seen = new ArrayList<>();
            List<Integer> counted = new ArrayList<>();
            for (List<String> document : documents) {
                for (String term : document.stream().distinct().toList()) {
                    int id = firstSeen.computeIfAbsent(term, t -> {
                        seen.add(t);
                        counted.add(0);
                        return seen.size() - 1;
                    });
                    counted.set(id, counted.get(id) + 1);
                }
            }
            List<Integer> order = new ArrayList<>();
            for (int id = 0; id < seen.size(); id++) {
                order.add(id);
            }
            order.sort(Comparator.<Integer>comparingInt(id -> -counted.get(id)).thenComparingInt(id -> id));
            Map<String, Integer> rank = new HashMap<>();
            df = new int[order.size()];
            for (int r = 0; r < order.size(); r++) {
                vocabulary.add(seen.get(order.get(r)));
                rank.put(seen.get(order.get(r)), r);
                df[r] = counted.get(order.get(r));
            }
            int n = documents.size();
            terms = new int[n][];
            weights = new float[n][];
            for (int d = 0; d < n; d++) {
                Map<Integer, Integer> tf = new HashMap<>();
                documents.get(d).forEach(term -> tf.merge(rank.get(term), 1, Integer::sum));
                terms[d] = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
                float[] w = new float[terms[d].length];
                double norm = 0;
                for (int k = 0; k < w.length; k++) {
                    double idf = 1 + Math.log((n + 1.0) / (df[terms[d][k]] + 1.0));
                    w[k] = (float) ((1 + Math.log(tf.get(terms[d][k]))) * idf);
                    norm += w[k] * w[k];
                }
                float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
                for (int k = 0; k < w.length; k++) {
                    w[k] *= scale;
                }
                weights[d] = w;
            }
        }
    }
}
