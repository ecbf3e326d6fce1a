package org.innoscape.analysis.duplication.core;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Candidate generation without comparing all pairs, from up to four sources whose candidates are
 * united: blocking keys, each initiative's nearest in meaning ({@link MeaningNeighbours}, when
 * meaning is compared), the particulars of record linkage ({@link ParticularKeys}: a name of a place or condition
 * and a start in common), and an optional exact index.
 * <p>
 * Blocking keys ({@link TermPairBlocks}): initiatives sharing a pair of their strongest terms are
 * candidates; of those, each initiative keeps the {@code maxCandidates} that share the most keys with
 * it (the most strong terms), so the work per initiative stays bounded however large the register.
 * <p>
 * An exact index (optional, {@code maxPosting > 0}): an inverted index with prefix filtering (the
 * "All-Pairs" method of Bayardo, Ma and Srikant, 2007). Every reported pair must reach the minimum
 * text similarity t, so only the part of each vector that can still reach t is indexed: terms are
 * taken from the most common to the rarest, and a term is indexed once the similarity that the
 * terms before it could give to any other vector reaches t (bounded both by their weights times the
 * largest weight each term has anywhere, and by the length of that prefix). Two vectors with cosine
 * at least t must then share an indexed term, so with every list searched no pair above t is missed;
 * lists longer than {@code maxPosting} are not searched.
 * <p>
 * Whatever either limit leaves unscored is counted, never dropped silently.
 */
final class CandidatePairs implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final int[] NONE = {};
    /** The shared-key count of a candidate the exact index or the nearest in meaning found: it is always kept. */
    private static final short ALWAYS = Short.MAX_VALUE;
    /** More keys than any initiative has (64 strong terms at most make 2,016). */
    private static final int MOST_KEYS = 64 * 63 / 2;

    /** Receives each candidate pair once, {@code a < b}. */
    interface Sink {
        void pair(int a, int b);
    }

    /** Where candidates come from and how far each source is searched. */
    record Limits(double minCosine, int maxPosting, int maxBlock, int maxCandidates) implements java.io.Serializable {
    }

    /**
     * How many candidate pairs were fed to the sinks, and what was left unscored: entries of index lists
     * longer than max-posting and of key lists longer than max-block (upper bounds: such a pair may have
     * been found another way), and pairs that shared a key but were beyond an initiative's max-candidates.
     */
    record Counts(long candidates, long skippedPostings, long skippedBlocks, long rankedOut) implements java.io.Serializable {
        static final Counts ZERO = new Counts(0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(candidates + other.candidates, skippedPostings + other.skippedPostings, skippedBlocks + other.skippedBlocks,
                    rankedOut + other.rankedOut);
        }
    }

    private final TfIdfVectors vectors;
    private final TermPairBlocks blocks;
    private final int[][] nearInMeaning;
    private final ParticularKeys particulars;
    private final Limits limits;
    private final Index index;

    /**
     * @param blocks        blocking keys, or null for none
     * @param nearInMeaning for each document the earlier ones near in meaning, or null
     * @param particulars   keys of agreeing particulars, or null for none
     */
    CandidatePairs(TfIdfVectors vectors, TermPairBlocks blocks, int[][] nearInMeaning, ParticularKeys particulars, Limits limits) {
        this.vectors = vectors;
        this.blocks = blocks;
        this.nearInMeaning = nearInMeaning;
        this.particulars = particulars;
        this.limits = limits;
        this.index = limits.maxPosting() > 0 ? Index.of(vectors, limits.minCosine()) : null;
    }

    /**
     * Feeds the candidate pairs whose later document is in {@code [from, to)} to the sink: all pairs of
     * one later document together, in document order, so that the pairs of a range depend only on the
     * range, whoever computes it. Returns null when cancelled.
     */
    Counts range(int from, int to, IntPredicate cancelled, Sink sink) {
        int n = vectors.size();
        short[] shared = new short[n]; // small, so that the random accesses stay in cache
        int[] found = new int[n];
        int[] scratch = new int[n];
        int[] atLeast = new int[MOST_KEYS + 3];
        long[] local = new long[4];
        for (int x = from; x < to; x++) {
            if ((x & 255) == 0 && cancelled.test(x)) {
                return null;
            }
            int count = 0;
            for (int term : index == null ? NONE : vectors.terms(x)) {
                int[] docs = index.postings[term];
                int position = Arrays.binarySearch(docs, x);
                position = position >= 0 ? position : -position - 1;
                if (docs.length > limits.maxPosting()) {
                    local[1] += position;
                    continue;
                }
                for (int i = 0; i < position; i++) {
                    count = keepAlways(docs[i], shared, found, count);
                }
            }
            for (int y : nearInMeaning == null ? NONE : nearInMeaning[x]) {
                count = keepAlways(y, shared, found, count);
            }
            if (particulars != null) {
                // Bounded by the windows of starts walked, like the nearest in meaning: kept whatever max-candidates.
                int[] counted = {count};
                local[2] += particulars.earlier(x, y -> counted[0] = keepAlways(y, shared, found, counted[0]));
                count = counted[0];
            }
            int always = count;
            for (int key : blocks == null ? NONE : blocks.keys(x)) {
                int position = blocks.before(key, x);
                if (blocks.size(key) > limits.maxBlock()) {
                    local[2] += position;
                    continue;
                }
                for (int i = 0; i < position; i++) {
                    int y = blocks.document(key, i);
                    if (shared[y] == 0) {
                        found[count++] = y;
                    }
                    if (shared[y] != ALWAYS) {
                        shared[y]++; // at most MOST_KEYS, never reaches ALWAYS
                    }
                }
            }
            // The exact index's candidates and the nearest in meaning are always kept; the limit is on those found by keys.
            int kept = keepMostShared(found, count, shared, limits.maxCandidates() + always, scratch, atLeast);
            local[3] += count - kept;
            Arrays.sort(found, 0, kept);
            for (int i = 0; i < kept; i++) {
                sink.pair(found[i], x);
            }
            for (int i = 0; i < count; i++) {
                shared[found[i]] = 0;
            }
            local[0] += kept;
        }
        return new Counts(local[0], local[1], local[2], local[3]);
    }

    /**
     * Adds {@code y} to the candidates found so far (once) and marks it to be kept whatever the limits:
     * the exact index's candidates and the nearest in meaning come before any found by keys, so
     * everything found up to then is of this kind. Returns the new count.
     */
    private static int keepAlways(int y, short[] shared, int[] found, int count) {
        if (shared[y] == 0) {
            found[count++] = y;
        }
        shared[y] = ALWAYS;
        return count;
    }

    /**
     * Moves the {@code limit} documents sharing the most keys to the front of {@code found} and returns
     * how many are kept; the rest stay behind them. Ties go to the document found first: keys come
     * strongest terms first, so that is the one sharing the stronger pair. {@code scratch} is a work
     * array at least as long as {@code found}; {@code atLeast}, one of {@code MOST_KEYS + 3} zeros, is left
     * zeros (work arrays of the caller: this runs for every initiative).
     */
    static int keepMostShared(int[] found, int count, short[] shared, int limit, int[] scratch, int[] atLeast) {
        if (count <= limit) {
            return count;
        }
        // The smallest share that still makes the cut: fewer than `limit` documents share more.
        int most = 0;
        for (int i = 0; i < count; i++) {
            most = Math.max(most, cap(shared[found[i]]));
        }
        for (int i = 0; i < count; i++) {
            atLeast[cap(shared[found[i]])]++;
        }
        for (int share = most - 1; share >= 0; share--) {
            atLeast[share] += atLeast[share + 1];
        }
        int cut = most;
        while (atLeast[cut] < limit) {
            cut--;
        }
        // Above the cut: kept in place. At the cut: the earliest documents fill the remaining places.
        int kept = 0;
        int atCut = 0;
        int restStart = count;
        for (int i = 0; i < count; i++) {
            int y = found[i];
            int share = cap(shared[y]);
            if (share > cut) {
                found[kept++] = y;
            } else if (share == cut) {
                scratch[atCut++] = y;
            } else {
                scratch[--restStart] = y;
            }
        }
        int wanted = limit - kept;
        Arrays.fill(atLeast, 0, most + 2, 0);
        System.arraycopy(scratch, 0, found, kept, atCut);
        System.arraycopy(scratch, restStart, found, kept + atCut, count - restStart);
        return kept + wanted;
    }

    /** Shares of the exact index's candidates are "always": one above any count of keys. */
    private static int cap(short share) {
        return Math.min(share, MOST_KEYS + 1);
    }

    /** Postings of the indexed suffix of every document, each list in document order. */
    private static final class Index implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        final int[][] postings;
        final int[] sizes;

        static Index of(TfIdfVectors vectors, double minCosine) {
            int vocabulary = 0;
            for (int d = 0; d < vectors.size(); d++) {
                for (int t : vectors.terms(d)) {
                    vocabulary = Math.max(vocabulary, t + 1);
                }
            }
            float[] maxWeight = new float[vocabulary];
            for (int d = 0; d < vectors.size(); d++) {
                int[] terms = vectors.terms(d);
                float[] weights = vectors.weights(d);
                for (int k = 0; k < terms.length; k++) {
                    maxWeight[terms[k]] = Math.max(maxWeight[terms[k]], weights[k]);
                }
            }
            return new Index(vectors, vocabulary, maxWeight, minCosine);
        }

        private Index(TfIdfVectors vectors, int vocabulary, float[] maxWeight, double minCosine) {
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
