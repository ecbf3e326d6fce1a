package org.innoscape.analysis.duplication.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Duplication between closest look-alikes only. Sister programmes of one template and one competition's awards are each as
 * alike to several others as to any one of them: a family of look-alikes (overlap), not one programme recorded twice. So a
 * pair classed duplication on its own keeps the class only when neither of the two has another reported partner at least as
 * alike (by total score), unless that partner is duplication with both: one programme recorded three times is three pairs
 * of duplication. Only reported pairs count: what is not reported is less alike. A look-alike that differs in a stated fact
 * (another year, another company) still counts: it shows a family whose members are this alike. What only the two can share
 * keeps the class whatever their look-alikes ({@code identified}: one company's award recorded twice among a competition's).
 */
final class ClosestLookAlikes {
    private ClosestLookAlikes() {
    }

    /**
     * The pairs with duplication kept only between closest look-alikes; the others as given (in the same order).
     *
     * @param size       the number of records the pairs' positions index
     * @param identified whether two records (positions) share what no look-alike can
     */
    static List<ScoredPair> classed(List<ScoredPair> pairs, int size, Identified identified) {
        Set<Long> duplication = new HashSet<>();
        boolean[] inDuplication = new boolean[size];
        for (ScoredPair pair : pairs) {
            if (pair.overlapClass() == OverlapClass.DUPLICATION) {
                duplication.add(key(pair.first(), pair.second()));
                inDuplication[pair.first()] = true;
                inDuplication[pair.second()] = true;
            }
        }
        if (duplication.isEmpty()) {
            return pairs;
        }
        Partners partners = new Partners(pairs, inDuplication);
        List<ScoredPair> classed = new ArrayList<>(pairs.size());
        for (ScoredPair pair : pairs) {
            boolean closest = pair.overlapClass() != OverlapClass.DUPLICATION || identified.test(pair.first(), pair.second())
                    || !partners.hasRival(pair.first(), pair.second(), pair.score().total(), duplication)
                            && !partners.hasRival(pair.second(), pair.first(), pair.score().total(), duplication);
            classed.add(closest ? pair : new ScoredPair(pair.first(), pair.second(), pair.score().notClosest(), OverlapClass.OVERLAP));
        }
        return classed;
    }

    /** Whether two records share what identifies them as one, whatever their look-alikes. */
    interface Identified {
        boolean test(int first, int second);
    }

    private static long key(int a, int b) {
        return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }

    /** Each record's reported partners and their scores, kept only for records in a pair of duplication (a few in a hundred). */
    private static final class Partners {
        private final int[] start;
        private final int[] partner;
        private final double[] score;

        Partners(List<ScoredPair> pairs, boolean[] kept) {
            start = new int[kept.length + 1];
            for (ScoredPair pair : pairs) {
                count(pair.first(), kept);
                count(pair.second(), kept);
            }
            for (int i = 0; i < kept.length; i++) {
                start[i + 1] += start[i];
            }
            partner = new int[start[kept.length]];
            score = new double[partner.length];
            int[] next = java.util.Arrays.copyOf(start, kept.length);
            for (ScoredPair pair : pairs) {
                add(pair.first(), pair.second(), pair.score().total(), kept, next);
                add(pair.second(), pair.first(), pair.score().total(), kept, next);
            }
        }

        private void count(int record, boolean[] kept) {
            if (kept[record]) {
                start[record + 1]++;
            }
        }

        private void add(int record, int other, double total, boolean[] kept, int[] next) {
            if (kept[record]) {
                partner[next[record]] = other;
                score[next[record]++] = total;
            }
        }

        /** Whether {@code record} has a partner besides {@code other} at least {@code total} alike that is not duplication with both. */
        boolean hasRival(int record, int other, double total, Set<Long> duplication) {
            for (int i = start[record]; i < start[record + 1]; i++) {
                int third = partner[i];
                if (third != other && score[i] >= total
                        && !(duplication.contains(key(record, third)) && duplication.contains(key(other, third)))) {
                    return true;
                }
            }
            return false;
        }
    }
}
