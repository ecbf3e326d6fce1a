package org.innoscape.analysis.duplication.core;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Scores a prepared register's ranges on this machine's cores. A range's later records have more earlier
 * records to be compared with, so the last ranges cost the most: the ranges are many and handed out one at a
 * time, last first, so that a core that finishes early takes the next one and no core is left alone with the
 * end of the register (with 16 ranges split in halves up front, one core scored the last quarter alone for
 * about two seconds of a 100,000-row detection). Each range allocates a few arrays as long as the register, so
 * 64 ranges make four times the short-lived garbage of 16: a few tens of megabytes at 100,000 rows.
 */
final class RangesOnThisMachine implements DuplicateFinder.RangeScoring {
    /** Enough that the last range handed out is a small part of the work. */
    static final int RANGES = 64;
    /** Fewer records than this in a range cost more in its arrays than they save. */
    static final int SMALLEST = 256;

    /** Scores the records {@code [from, to)}. */
    interface RangeScorer {
        DuplicateFinder.RangeResult score(int from, int to);
    }

    @Override
    public List<DuplicateFinder.RangeResult> scoreAll(DuplicateFinder.Prepared prepared, BooleanSupplier cancelled) {
        return scoreAll(prepared.size(), (from, to) -> prepared.range(from, to, cancelled));
    }

    /** The results of ranges that together cover {@code [0, n)}, in the ranges' order. */
    static List<DuplicateFinder.RangeResult> scoreAll(int n, RangeScorer scorer) {
        int size = Math.max(SMALLEST, (n + RANGES - 1) / RANGES);
        int count = (n + size - 1) / size;
        DuplicateFinder.RangeResult[] results = new DuplicateFinder.RangeResult[count];
        AtomicInteger unscored = new AtomicInteger(count);
        // A loop per worker of the common pool and one for the caller (which works in a parallel stream unless it is a worker itself).
        int loops = Math.min(count, ForkJoinPool.getCommonPoolParallelism() + 1);
        IntStream.range(0, loops).parallel().forEach(loop -> {
            try {
                for (int r = unscored.decrementAndGet(); r >= 0; r = unscored.decrementAndGet()) {
                    results[r] = scorer.score(r * size, Math.min(n, (r + 1) * size));
                }
            } catch (RuntimeException | Error e) {
                unscored.set(Integer.MIN_VALUE); // the other loops take no further range: the detection has failed
                throw e;
            }
        });
        return List.of(results);
    }
}
