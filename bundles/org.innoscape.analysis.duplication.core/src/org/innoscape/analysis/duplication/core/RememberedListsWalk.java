package org.innoscape.analysis.duplication.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.PriorityQueue;

import org.apache.lucene.util.VectorUtil;

/**
 * The nearest of a text that is not remembered, found by walking the lists remembered for the others (each
 * list followed both ways) instead of comparing it with every vector. The walk starts from the most similar
 * of an even sample of the register and of the other texts searched, and moves on to the neighbours of the
 * most similar found so far until none of the {@code beam} most similar leads anywhere nearer: the greedy
 * search of a graph index, on the graph the last detection left. Like the graph the first detection builds,
 * it is approximate; it compares a text with a few thousand vectors where an exact search compares all.
 */
final class RememberedListsWalk {
    /** Vectors compared with every text before the walk (the sample), at most; and at most one remembered text in this many. */
    private static final int SAMPLE = 2048;
    private static final int SAMPLED_ONE_IN = 16;

    /** What the walk compares: each position with the text's similarity to it. */
    interface Visitor {
        void compared(int position, float similarity);
    }

    private final float[][] vectors;
    /** Each position's remembered nearest and the positions that remember it. */
    private final int[][] links;
    private final int[] sample;

    /** A walk over these vectors' remembered lists ({@code null}: the text is not remembered). */
    RememberedListsWalk(float[][] vectors, int[][] lists) {
        this.vectors = vectors;
        this.links = bothWays(lists);
        int n = vectors.length;
        int remembered = 0;
        for (int[] list : lists) {
            remembered += list == null ? 0 : 1;
        }
        int wanted = Math.max(1, Math.min(SAMPLE, remembered / SAMPLED_ONE_IN));
        int step = Math.max(1, remembered / wanted);
        int[] taken = new int[Math.min(remembered, wanted + 1)];
        int size = 0;
        for (int y = 0, seen = 0; y < n && size < taken.length; y++) {
            if (lists[y] != null && seen++ % step == 0) {
                taken[size++] = y;
            }
        }
        this.sample = Arrays.copyOf(taken, size);
    }

    private static int[][] bothWays(int[][] lists) {
        int n = lists.length;
        int[] sizes = new int[n];
        for (int x = 0; x < n; x++) {
            if (lists[x] != null) {
                sizes[x] += lists[x].length;
                for (int y : lists[x]) {
                    sizes[y]++;
                }
            }
        }
        int[][] links = new int[n][];
        for (int x = 0; x < n; x++) {
            links[x] = new int[sizes[x]];
        }
        int[] fill = new int[n];
        for (int x = 0; x < n; x++) {
            if (lists[x] != null) {
                for (int y : lists[x]) {
                    links[x][fill[x]++] = y;
                    links[y][fill[y]++] = x;
                }
            }
        }
        return links;
    }

    /** Where one thread's walks mark the positions they compared: one array, a new mark for each walk. */
    static final class Marks {
        private final int[] marks;
        private int walk;

        Marks(int n) {
            marks = new int[n];
        }
    }

    Marks marks() {
        return new Marks(vectors.length);
    }

    /**
     * Walks for text {@code q}, comparing it with the sample, with each of {@code others} (the other texts searched: they
     * have no remembered list to be reached by) and with whatever the walk reaches; {@code visitor} is told each
     * comparison once, and never of {@code q} itself.
     */
    void walk(int q, int[] others, int beam, Marks marks, Visitor visitor) {
        int walk = ++marks.walk;
        float[] query = vectors[q];
        marks.marks[q] = walk;
        MostSimilarKept best = new MostSimilarKept(beam);
        for (int[] group : new int[][] {sample, others}) {
            for (int y : group) {
                if (marks.marks[y] != walk) {
                    marks.marks[y] = walk;
                    float similarity = VectorUtil.dotProduct(query, vectors[y]);
                    visitor.compared(y, similarity);
                    best.offer(y, similarity);
                }
            }
        }
        // Positions to go on from, most similar first: similarity and position in one long. The walk starts from the beam
        // the sample and the other texts fill, so that one cluster of look-alikes is not the only way in.
        PriorityQueue<Long> ahead = new PriorityQueue<>(Collections.reverseOrder());
        for (int y : best.positions()) {
            ahead.add(ordered(VectorUtil.dotProduct(query, vectors[y]), y));
        }
        while (!ahead.isEmpty()) {
            long next = ahead.poll();
            if (best.keepsAllAbove(similarityOf(next))) {
                break; // the most similar left ahead is no better than the beam's least: nothing nearer is reachable
            }
            for (int y : links[positionOf(next)]) {
                if (marks.marks[y] != walk) {
                    marks.marks[y] = walk;
                    float similarity = VectorUtil.dotProduct(query, vectors[y]);
                    visitor.compared(y, similarity);
                    if (best.wouldKeep(similarity)) {
                        best.offer(y, similarity);
                        ahead.add(ordered(similarity, y));
                    }
                }
            }
        }
    }

    /** A similarity and a position as one long that sorts by the similarity (then the earlier position) first. */
    private static long ordered(float similarity, int position) {
        int bits = Float.floatToIntBits(similarity);
        int sortable = bits < 0 ? ~bits : bits | Integer.MIN_VALUE; // unsigned order of the bits follows the floats' order
        return ((sortable & 0xffffffffL) - (1L << 31)) << 32 | (Integer.MAX_VALUE - position);
    }

    private static int positionOf(long ordered) {
        return Integer.MAX_VALUE - (int) ordered;
    }

    private static float similarityOf(long ordered) {
        int sortable = (int) ((ordered >> 32) + (1L << 31));
        int bits = sortable < 0 ? sortable & Integer.MAX_VALUE : ~sortable;
        return Float.intBitsToFloat(bits);
    }
}
