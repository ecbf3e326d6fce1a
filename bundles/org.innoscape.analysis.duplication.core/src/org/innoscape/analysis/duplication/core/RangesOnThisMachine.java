package org.innoscape.analysis.duplication.core;

import java.util.Arrays;
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
 * about two seconds of a 100,000-row detection).
 */
final class RangesOnThisMachine implements DuplicateFinder.RangeScoring {
    /** Enough that the last range handed out is a small part of the work; each range allocates a few arrays as long as the register. */
    static final int RANGES = 64;
    private static final int SMALLEST = 256;

    @Override
    public List<DuplicateFinder.RangeResult> scoreAll(DuplicateFinder.Prepared prepared, BooleanSupplier cancelled) {
        int n = prepared.size();
        int size = Math.max(SMALLEST, (n + RANGES - 1) / RANGES);
        int count = (n + size - 1) / size;
        DuplicateFinder.RangeResult[] results = new DuplicateFinder.RangeResult[count];
        AtomicInteger unscored = new AtomicInteger(count);
        int cores = Math.min(count, ForkJoinPool.getCommonPoolParallelism() + 1); // the calling thread works too
        IntStream.range(0, cores).parallel().forEach(core -> {
            for (int r = unscored.decrementAndGet(); r >= 0; r = unscored.decrementAndGet()) {
                results[r] = prepared.range(r * size, Math.min(n, (r + 1) * size), cancelled);
            }
        });
        return Arrays.asList(results);
    }
}
