package org.innoscape.analysis.duplication.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.apache.lucene.codecs.hnsw.DefaultFlatVectorScorer;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.KnnCollector;
import org.apache.lucene.search.TaskExecutor;
import org.apache.lucene.util.VectorUtil;
import org.apache.lucene.util.hnsw.HnswConcurrentMergeBuilder;
import org.apache.lucene.util.hnsw.HnswGraphBuilder;
import org.apache.lucene.util.hnsw.HnswGraphSearcher;
import org.apache.lucene.util.hnsw.OnHeapHnswGraph;
import org.apache.lucene.util.hnsw.RandomAccessVectorValues;
import org.apache.lucene.util.hnsw.RandomVectorScorer;
import org.apache.lucene.util.hnsw.RandomVectorScorerSupplier;

/**
 * Each initiative's nearest neighbours in meaning: an approximate nearest-neighbour search (Lucene's
 * HNSW graph) over the sentence embeddings, so that paraphrases that share few words are still
 * compared. The result is, for each initiative, the earlier initiatives to compare it with.
 */
final class MeaningNeighbours {
    private static final int MAX_CONNECTIONS = 16;
    /** 40 instead of Lucene's 100: the graph builds 1.6 times faster, with the same pairs found on the held-out 20,000. */
    private static final int BEAM_WIDTH = 40;
    private static final long SEED = 42;

    private MeaningNeighbours() {
    }

    /** For each document, the earlier documents among the {@code k} nearest of either, in order. */
    static int[][] earlierNeighbours(float[][] vectors, int k, IntPredicate cancelled) {
        return earlierNeighbours(vectors, k, cancelled, PARALLEL_FROM);
    }

    /** Like {@link #earlierNeighbours(float[][], int, IntPredicate)}, the graph built on every core from {@code parallelFrom} documents. */
    static int[][] earlierNeighbours(float[][] vectors, int k, IntPredicate cancelled, int parallelFrom) {
        return earlier(nearest(vectors, k, cancelled, parallelFrom));
    }

    /**
     * Like {@link #earlierNeighbours(float[][], int, IntPredicate)}, remembering: the nearest of texts that
     * {@code memory} holds are taken from it, and only the others are searched (every vector compared while that
     * is cheap, {@link #EVERY_VECTOR_UP_TO}; beyond, a walk over the remembered lists), each also offered to the
     * remembered lists it now belongs in. When more than a tenth of the texts are new, the graph is built afresh.
     * {@code memory} then holds what this detection found.
     */
    static int[][] earlierNeighbours(float[][] vectors, int k, IntPredicate cancelled, MeaningMemory memory) {
        return earlierNeighbours(vectors, MeaningMemory.keys(vectors), k, cancelled, memory, EVERY_VECTOR_UP_TO);
    }

    /** Like {@link #earlierNeighbours(float[][], int, IntPredicate, MeaningMemory)}, every vector compared up to {@code everyVectorUpTo}. */
    static int[][] earlierNeighbours(float[][] vectors, int k, IntPredicate cancelled, MeaningMemory memory, long everyVectorUpTo) {
        return earlierNeighbours(vectors, MeaningMemory.keys(vectors), k, cancelled, memory, everyVectorUpTo);
    }

    /**
     * Like {@link #earlierNeighbours(float[][], int, IntPredicate, MeaningMemory)}, remembered by {@code keys} (one per
     * vector): the search's vectors may be derived from embeddings whose own fingerprints stay stable between detections.
     */
    static int[][] earlierNeighbours(float[][] vectors, long[] keys, int k, IntPredicate cancelled, MeaningMemory memory) {
        return earlierNeighbours(vectors, keys, k, cancelled, memory, EVERY_VECTOR_UP_TO);
    }

    private static int[][] earlierNeighbours(float[][] vectors, long[] keys, int k, IntPredicate cancelled, MeaningMemory memory,
            long everyVectorUpTo) {
        Recalled recalled = Recalled.of(keys, k, memory);
        int[][] nearest;
        int searched;
        if (recalled.unknown().length * (long) SEARCHED_AT_MOST > vectors.length) {
            nearest = nearest(vectors, k, cancelled, PARALLEL_FROM);
            searched = vectors.length;
        } else {
            nearest = searchUnknown(vectors, k, recalled, cancelled, everyVectorUpTo);
            searched = recalled.unknown().length;
        }
        if (!cancelled.test(0)) { // a cancelled search left lists empty: nothing of it is worth remembering
            memory.remember(k, entries(vectors, keys, nearest), searched);
        }
        return earlier(nearest);
    }

    /** More texts new than one in this many: the graph is built again (an exact search for each would cost more). */
    private static final int SEARCHED_AT_MOST = 10;
    /** Texts searched together: 64 vectors of up to 384 floats stay in a core's cache while every other vector passes by. */
    private static final int QUERY_BLOCK = 64;

    /** Each document's nearest by the graph (the {@code k + 1} found, itself left out). */
    private static int[][] nearest(float[][] vectors, int k, IntPredicate cancelled, int parallelFrom) {
        int n = vectors.length;
        try {
            RandomAccessVectorValues.Floats values = RandomAccessVectorValues.fromFloats(Arrays.asList(vectors), vectors[0].length);
            RandomVectorScorerSupplier scorers = DefaultFlatVectorScorer.INSTANCE.getRandomVectorScorerSupplier(
                    VectorSimilarityFunction.DOT_PRODUCT, values);
            OnHeapHnswGraph graph = graph(new CancellableScorers(scorers, cancelled), n, parallelFrom);
            int[][] nearest = new int[n][];
            IntStream.range(0, n).parallel().forEach(x -> {
                if (cancelled.test(x)) {
                    nearest[x] = new int[0];
                    return;
                }
                try {
                    RandomVectorScorer scorer = DefaultFlatVectorScorer.INSTANCE.getRandomVectorScorer(VectorSimilarityFunction.DOT_PRODUCT,
                            values.copy(), vectors[x]);
                    KnnCollector found = HnswGraphSearcher.search(scorer, k + 1, graph, null, Integer.MAX_VALUE);
                    nearest[x] = Arrays.stream(found.topDocs().scoreDocs).mapToInt(d -> d.doc).filter(y -> y != x).toArray();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return nearest;
        } catch (CancellationException e) {
            return emptyLists(n); // the build stopped at a cancelled insertion: the caller says it was cancelled
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory neighbour search failed", e);
        }
    }

    /**
     * The graph of these vectors. From {@link #PARALLEL_FROM} documents it is built on every core (Lucene's
     * concurrent builder: at 1,000,000 documents most of a detection's time is this build); below, on one
     * thread, so that a register gives the same graph, and so the same pairs, every time and on every engine.
     */
    private static OnHeapHnswGraph graph(RandomVectorScorerSupplier scorers, int n, int parallelFrom) throws IOException {
        HnswGraphBuilder single = HnswGraphBuilder.create(scorers, MAX_CONNECTIONS, BEAM_WIDTH, SEED, n);
        int workers = Runtime.getRuntime().availableProcessors();
        if (n < parallelFrom || workers == 1) {
            return single.build(n);
        }
        try {
            return new HnswConcurrentMergeBuilder(new TaskExecutor(ForkJoinPool.commonPool()), workers, scorers, MAX_CONNECTIONS,
                    BEAM_WIDTH, single.getGraph(), null).build(n);
        } catch (RuntimeException e) {
            // Lucene's task executor may wrap what a worker threw.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof CancellationException cancellation) {
                    throw cancellation;
                }
            }
            throw e;
        }
    }

    /**
     * From this many documents the graph is built on every core. Threads then interleave their insertions,
     * so two builds differ slightly (in a few nearest lists, and so in a few pairs near the thresholds); the
     * nearest found are remembered (from {@link DuplicateFinder#REMEMBERED_FROM}), so a re-analysis does not
     * depend on it. Below, one thread builds it in well under a minute (100,000 documents of 256 dimensions:
     * 17 s, against 11 s on two cores), and a register's results stay reproducible.
     */
    static final int PARALLEL_FROM = 200_000;

    private static int[][] emptyLists(int n) {
        int[][] lists = new int[n][];
        Arrays.fill(lists, new int[0]);
        return lists;
    }

    /** Scorers that stop the graph's build when the detection is cancelled: each insertion asks for one. */
    private record CancellableScorers(RandomVectorScorerSupplier scorers, IntPredicate cancelled) implements RandomVectorScorerSupplier {
        @Override
        public RandomVectorScorer scorer(int ord) throws IOException {
            if (cancelled.test(ord)) {
                throw new CancellationException("the detection was cancelled");
            }
            return scorers.scorer(ord);
        }

        @Override
        public RandomVectorScorerSupplier copy() throws IOException {
            return new CancellableScorers(scorers.copy(), cancelled);
        }
    }

    /**
     * What a memory holds of these vectors: for each document its remembered nearest (as positions, those
     * no longer there left out) and the least similarity it remembers, or null when it must be searched.
     */
    private record Recalled(int[][] lists, float[] least, int[] unknown) {
        static Recalled of(long[] keys, int k, MeaningMemory memory) {
            int n = keys.length;
            Map<Long, int[]> positions = positions(keys);
            int[][] lists = new int[n][];
            float[] least = new float[n];
            int[] unknown = IntStream.range(0, n).filter(x -> {
                MeaningMemory.Entry entry = memory.recall(keys[x], k);
                if (entry == null) {
                    return true;
                }
                // Identical texts share one key, which brings back every position that has it: each position once, and no
                // more positions than the list held (the graph gives k + 1 less the text itself).
                int held = Math.min(k + 1, entry.neighbours().length);
                int[] list = new int[held];
                int size = 0;
                boolean lost = false;
                for (long neighbour : entry.neighbours()) {
                    int[] at = positions.get(neighbour);
                    lost |= at == null;
                    for (int y : at == null ? new int[0] : at) {
                        if (y != x && size < held && !contains(list, size, y)) {
                            list[size++] = y;
                        }
                    }
                }
                lists[x] = Arrays.copyOf(list, size);
                // A list that lost some of its nearest (their texts changed or went) takes any searched text offered, up to k:
                // otherwise it would only shrink from one re-analysis to the next.
                least[x] = lost ? Float.NEGATIVE_INFINITY : entry.least();
                // A list that lost most of its nearest (their texts changed) is searched again rather than kept thin.
                return 2 * size < Math.min(k, n - 1);
            }).toArray();
            for (int x : unknown) {
                lists[x] = null;
            }
            return new Recalled(lists, least, unknown);
        }

        private static boolean contains(int[] list, int size, int y) {
            for (int i = 0; i < size; i++) {
                if (list[i] == y) {
                    return true;
                }
            }
            return false;
        }

        private static Map<Long, int[]> positions(long[] keys) {
            Map<Long, int[]> positions = new HashMap<>();
            for (int x = 0; x < keys.length; x++) {
                int[] before = positions.get(keys[x]);
                int[] now = before == null ? new int[1] : Arrays.copyOf(before, before.length + 1);
                now[now.length - 1] = x;
                positions.put(keys[x], now);
            }
            return positions;
        }
    }

    /**
     * The remembered lists, with the documents that are not remembered searched: each one's {@code k} nearest, and
     * each offered to every remembered list it is nearer to than that list's least similarity (the lists it would
     * have been in had it been there before). Up to {@code everyVectorUpTo} comparisons (texts searched times
     * texts) every vector is compared, an exact search; beyond, each walks the remembered lists
     * ({@link RememberedListsWalk}).
     */
    private static int[][] searchUnknown(float[][] vectors, int k, Recalled recalled, IntPredicate cancelled, long everyVectorUpTo) {
        int n = vectors.length;
        int[][] nearest = recalled.lists().clone();
        int[] unknown = recalled.unknown();
        // What the searched texts offer each remembered list, the k most similar kept (a total order: the result does not
        // depend on which text came first). An outlying text (a low least similarity) takes offers from nearly every
        // searched text: a list per position, made on the first offer, so none of them is boxed or kept beyond k.
        AtomicReferenceArray<MostSimilarKept> widened = new AtomicReferenceArray<>(n);
        Comparison compared = (q, y, similarity, top) -> {
            top.offer(y, similarity);
            if (recalled.lists()[y] != null && similarity > recalled.least()[y]) {
                MostSimilarKept list = listToWiden(widened, y, k, vectors, recalled.lists());
                synchronized (list) {
                    list.offer(q, similarity);
                }
            }
        };
        if ((long) unknown.length * n <= everyVectorUpTo) {
            compareWithEveryVector(vectors, k, unknown, nearest, compared, cancelled);
        } else {
            walkRememberedLists(vectors, k, recalled, nearest, compared, cancelled);
        }
        for (int y = 0; y < n; y++) {
            if (widened.get(y) != null) {
                nearest[y] = widened.get(y).positions();
            }
        }
        return nearest;
    }

    /**
     * Texts searched times texts up to which a search compares every vector: 1,000 changed texts of 10,000 (or 100 of
     * 100,000) take under a second on two cores. Beyond, the walk compares each with a few thousand: 1,000 changed texts
     * of 100,000 took 8 s exactly, about 1 s walking.
     */
    static final long EVERY_VECTOR_UP_TO = 10_000_000;
    /**
     * The walk's beam: the most similar it keeps going from. With 64, a re-analysis of the held-out 100,000 (1 % changed)
     * reported 0.07 % fewer pairs than with the exact search, the same planted pairs and the same duplication class.
     */
    private static final int WALK_BEAM = 64;

    /** Searched text {@code q} compared with position {@code y}: kept in {@code top} (its nearest) and offered to y's list. */
    private interface Comparison {
        void offer(int q, int y, float similarity, MostSimilarKept top);
    }

    private static void compareWithEveryVector(float[][] vectors, int k, int[] unknown, int[][] nearest, Comparison compared,
            IntPredicate cancelled) {
        int n = vectors.length;
        // Queries in blocks, each vector read once per block: one at a time, the search is bound by memory, not arithmetic.
        IntStream.range(0, (unknown.length + QUERY_BLOCK - 1) / QUERY_BLOCK).parallel().forEach(block -> {
            int from = block * QUERY_BLOCK;
            int to = Math.min(unknown.length, from + QUERY_BLOCK);
            if (cancelled.test(unknown[from])) {
                for (int i = from; i < to; i++) {
                    nearest[unknown[i]] = new int[0];
                }
                return;
            }
            MostSimilarKept[] tops = new MostSimilarKept[to - from];
            Arrays.setAll(tops, i -> new MostSimilarKept(k));
            for (int y = 0; y < n; y++) {
                float[] other = vectors[y];
                for (int i = from; i < to; i++) {
                    int q = unknown[i];
                    if (q != y) {
                        compared.offer(q, y, VectorUtil.dotProduct(vectors[q], other), tops[i - from]);
                    }
                }
            }
            for (int i = from; i < to; i++) {
                nearest[unknown[i]] = tops[i - from].positions();
            }
        });
    }

    private static void walkRememberedLists(float[][] vectors, int k, Recalled recalled, int[][] nearest, Comparison compared,
            IntPredicate cancelled) {
        int[] unknown = recalled.unknown();
        RememberedListsWalk walk = new RememberedListsWalk(vectors, recalled.lists());
        int beam = Math.max(WALK_BEAM, k + 1);
        IntStream.range(0, (unknown.length + QUERY_BLOCK - 1) / QUERY_BLOCK).parallel().forEach(block -> {
            RememberedListsWalk.Marks marks = walk.marks();
            for (int i = block * QUERY_BLOCK; i < Math.min(unknown.length, (block + 1) * QUERY_BLOCK); i++) {
                int q = unknown[i];
                if (cancelled.test(q)) {
                    nearest[q] = new int[0];
                    continue;
                }
                MostSimilarKept top = new MostSimilarKept(k);
                walk.walk(q, unknown, beam, marks, (y, similarity) -> compared.offer(q, y, similarity, top));
                nearest[q] = top.positions();
            }
        });
    }

    /** The list remembered for {@code y}, to be widened by offers: made from its remembered nearest on the first offer. */
    private static MostSimilarKept listToWiden(AtomicReferenceArray<MostSimilarKept> widened, int y, int k, float[][] vectors, int[][] remembered) {
        MostSimilarKept top = widened.get(y);
        if (top != null) {
            return top;
        }
        MostSimilarKept made = new MostSimilarKept(k);
        for (int w : remembered[y]) {
            made.offer(w, VectorUtil.dotProduct(vectors[y], vectors[w]));
        }
        return widened.compareAndSet(y, null, made) ? made : widened.get(y);
    }

    /** What to remember of each distinct vector: its nearest as fingerprints and cosines, most similar first. */
    private static Map<Long, MeaningMemory.Entry> entries(float[][] vectors, long[] keys, int[][] nearest) {
        MeaningMemory.Entry[] each = new MeaningMemory.Entry[vectors.length];
        IntStream.range(0, vectors.length).parallel().forEach(x -> each[x] = entry(vectors, keys, x, nearest[x]));
        Map<Long, MeaningMemory.Entry> entries = new HashMap<>();
        for (int x = 0; x < vectors.length; x++) {
            entries.putIfAbsent(keys[x], each[x]); // identical texts: the first one's list
        }
        return entries;
    }

    /** The neighbours of {@code x} by their keys, most similar first (ties in list order), with their similarities. */
    private static MeaningMemory.Entry entry(float[][] vectors, long[] keys, int x, int[] list) {
        int size = list.length;
        float[] sorted = new float[size];
        int[] position = new int[size];
        // Insertion into the sorted prefix: the graph gives its lists most similar first, so little moves.
        for (int j = 0; j < size; j++) {
            float similarity = VectorUtil.dotProduct(vectors[x], vectors[list[j]]);
            int at = j;
            while (at > 0 && Float.compare(sorted[at - 1], similarity) < 0) {
                sorted[at] = sorted[at - 1];
                position[at] = position[at - 1];
                at--;
            }
            sorted[at] = similarity;
            position[at] = j;
        }
        // A key per position, repeated for identical texts: the length says how many positions the list held.
        long[] neighbours = new long[size];
        for (int j = 0; j < size; j++) {
            neighbours[j] = keys[list[position[j]]];
        }
        return new MeaningMemory.Entry(neighbours, sorted);
    }

    /** Turns "y is near x" (either way) into lists of earlier documents, each sorted, without repeats. */
    private static int[][] earlier(int[][] nearest) {
        int n = nearest.length;
        int[] sizes = new int[n];
        for (int x = 0; x < n; x++) {
            for (int y : nearest[x]) {
                sizes[Math.max(x, y)]++;
            }
        }
        int[][] earlier = new int[n][];
        for (int x = 0; x < n; x++) {
            earlier[x] = new int[sizes[x]];
        }
        int[] fill = new int[n];
        for (int x = 0; x < n; x++) {
            for (int y : nearest[x]) {
                int later = Math.max(x, y);
                earlier[later][fill[later]++] = Math.min(x, y);
            }
        }
        IntStream.range(0, n).parallel().forEach(x -> earlier[x] = sortedDistinct(earlier[x]));
        return earlier;
    }

    private static int[] sortedDistinct(int[] values) {
        Arrays.sort(values);
        int distinct = 0;
        for (int i = 0; i < values.length; i++) {
            if (i == 0 || values[i] != values[i - 1]) {
                values[distinct++] = values[i];
            }
        }
        return distinct == values.length ? values : Arrays.copyOf(values, distinct);
    }
}
