package org.innoscape.analysis.duplication.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Duplication between closest look-alikes only. Sister programmes of one template and one competition's awards are each as
 * alike to several others as to any one of them: a family of look-alikes (overlap), not one programme recorded twice. So a
 * pair classed duplication on its own keeps the class only when neither of the two has another look-alike at least as alike
 * (by total score), unless that one is classed duplication on its own with both: one programme recorded three times is three
 * pairs of duplication. A look-alike is a reported partner of the same country (a pair of similar policy elsewhere is
 * none); a partner never compared (beyond the candidate limits of large registers) is none either. A look-alike that differs
 * in a stated fact (another year, another company) still counts: it shows a family whose members are this alike. What only
 * the two can share keeps the class whatever their look-alikes ({@code identified}: one company's award recorded twice among
 * a competition's). A record at least as alike to more than {@link #GROUP_LIMIT} others beside the pair's other is of a family whatever their classes:
 * this also bounds the work on a register made of one text's variations (linear in the pairs, not cubic in a clique).
 */
final class ClosestLookAlikes {
    /** The most records one programme is taken to be recorded as beside the two of a pair (identical copies are counted apart). */
    static final int GROUP_LIMIT = 20;
    private static final int NONE = -1;

    private ClosestLookAlikes() {
    }

    /** Whether two records share what identifies them as one, whatever their look-alikes. */
    interface Identified {
        boolean test(int first, int second);
    }

    /**
     * The pairs with duplication kept only between closest look-alikes; the others as given (in the same order). Each pair's
     * class on its own decides which look-alikes are duplication with both (the result does not depend on the pairs' order).
     *
     * @param size       the number of records the pairs' positions index
     * @param identified whether two records (positions) share what no look-alike can
     * @param ids        each record's id (by position), to name a closer look-alike in the account
     */
    static List<ScoredPair> classed(List<ScoredPair> pairs, int size, Identified identified, IntFunction<String> ids) {
        boolean[] inDuplication = new boolean[size];
        boolean any = false;
        for (ScoredPair pair : pairs) {
            if (pair.overlapClass() == OverlapClass.DUPLICATION) {
                inDuplication[pair.first()] = true;
                inDuplication[pair.second()] = true;
                any = true;
            }
        }
        if (!any) {
            return pairs;
        }
        LookAlikes lookAlikes = new LookAlikes(pairs, inDuplication);
        List<ScoredPair> classed = new ArrayList<>(pairs.size());
        for (ScoredPair pair : pairs) {
            int rival = NONE;
            if (pair.overlapClass() == OverlapClass.DUPLICATION && !identified.test(pair.first(), pair.second())) {
                rival = lookAlikes.rival(pair.first(), pair.second(), pair.score().total());
                if (rival == NONE) {
                    rival = lookAlikes.rival(pair.second(), pair.first(), pair.score().total());
                }
            }
            classed.add(rival == NONE ? pair
                    : new ScoredPair(pair.first(), pair.second(), pair.score().notClosest(ids.apply(rival)), OverlapClass.OVERLAP));
        }
        return classed;
    }

    /**
     * Each record's look-alikes, most alike first, and its partners of duplication in order of position; kept only for records in
     * a pair of duplication (a few in a hundred).
     */
    private static final class LookAlikes {
        private final int[] start;
        private final int[] partner;
        private final double[] score;
        private final int[] duplicationStart;
        private final int[] duplicationPartner;

        LookAlikes(List<ScoredPair> pairs, boolean[] kept) {
            int n = kept.length;
            start = new int[n + 1];
            duplicationStart = new int[n + 1];
            for (ScoredPair pair : pairs) {
                if (pair.overlapClass() != OverlapClass.ELSEWHERE) {
                    count(start, pair.first(), kept);
                    count(start, pair.second(), kept);
                }
                if (pair.overlapClass() == OverlapClass.DUPLICATION) {
                    count(duplicationStart, pair.first(), kept);
                    count(duplicationStart, pair.second(), kept);
                }
            }
            sum(start);
            sum(duplicationStart);
            partner = new int[start[n]];
            score = new double[start[n]];
            duplicationPartner = new int[duplicationStart[n]];
            int[] next = Arrays.copyOf(start, n);
            int[] nextDuplication = Arrays.copyOf(duplicationStart, n);
            for (ScoredPair pair : pairs) {
                double total = pair.score().total();
                if (pair.overlapClass() != OverlapClass.ELSEWHERE) {
                    add(pair.first(), pair.second(), total, kept, next);
                    add(pair.second(), pair.first(), total, kept, next);
                }
                if (pair.overlapClass() == OverlapClass.DUPLICATION) {
                    duplicationPartner[nextDuplication[pair.first()]++] = pair.second();
                    duplicationPartner[nextDuplication[pair.second()]++] = pair.first();
                }
            }
            for (int record = 0; record < n; record++) {
                if (kept[record]) {
                    mostAlikeFirst(start[record], start[record + 1]);
                    Arrays.sort(duplicationPartner, duplicationStart[record], duplicationStart[record + 1]);
                }
            }
        }

        private static void count(int[] starts, int record, boolean[] kept) {
            if (kept[record]) {
                starts[record + 1]++;
            }
        }

        private static void sum(int[] starts) {
            for (int i = 1; i < starts.length; i++) {
                starts[i] += starts[i - 1];
            }
        }

        private void add(int record, int other, double total, boolean[] kept, int[] next) {
            if (kept[record]) {
                partner[next[record]] = other;
                score[next[record]++] = total;
            }
        }

        /** Sorts one record's look-alikes by score, highest first (ties by position, so that the order is total). */
        private void mostAlikeFirst(int from, int to) {
            Integer[] order = new Integer[to - from];
            for (int i = 0; i < order.length; i++) {
                order[i] = from + i;
            }
            Arrays.sort(order, (x, y) -> score[x] != score[y] ? Double.compare(score[y], score[x]) : Integer.compare(partner[x], partner[y]));
            int[] partners = new int[order.length];
            double[] scores = new double[order.length];
            for (int i = 0; i < order.length; i++) {
                partners[i] = partner[order[i]];
                scores[i] = score[order[i]];
            }
            System.arraycopy(partners, 0, partner, from, partners.length);
            System.arraycopy(scores, 0, score, from, scores.length);
        }

        /**
         * A look-alike of {@code record} besides {@code other} at least {@code total} alike that is not duplication with both, or
         * the most alike of its look-alikes when it has more than {@link #GROUP_LIMIT} that are; {@link #NONE} if neither.
         */
        int rival(int record, int other, double total) {
            int seen = 0;
            int mostAlike = NONE;
            for (int i = start[record]; i < start[record + 1] && score[i] >= total; i++) {
                int third = partner[i];
                if (third == other) {
                    continue;
                }
                mostAlike = mostAlike == NONE ? third : mostAlike;
                if (!isDuplication(record, third) || !isDuplication(other, third)) {
                    return third;
                }
                if (++seen > GROUP_LIMIT) {
                    return mostAlike;
                }
            }
            return NONE;
        }

        private boolean isDuplication(int record, int other) {
            return Arrays.binarySearch(duplicationPartner, duplicationStart[record], duplicationStart[record + 1], other) >= 0;
        }
    }
}
