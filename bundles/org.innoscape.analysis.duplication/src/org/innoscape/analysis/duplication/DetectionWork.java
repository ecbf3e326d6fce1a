package org.innoscape.analysis.duplication;

import java.io.Serializable;
import java.util.List;

import org.innoscape.analysis.duplication.core.DuplicateFinder;

/**
 * Where the duplicate detector's heavy work runs: embedding the texts and scoring the candidate pairs.
 * {@link #ON_THIS_MACHINE} by default; the Spark engine ({@code engines/spark}) spreads both over a
 * cluster. Everything else (which embedder, the cache, the findings and reports) is the same code
 * wherever the work runs, so the results are the same.
 */
public interface DetectionWork {

    /** Work on a slice of items, sent to wherever the slice is processed: it must hold nothing but serialisable state. */
    interface SliceTask<T, R> extends Serializable {
        List<R> apply(List<T> slice);
    }

    /**
     * Applies {@code task} to consecutive slices of {@code items} and returns the results in the items' order.
     * Every slice but the last holds a multiple of {@code granule} items (an embedder's batch: batches, and so
     * vectors, are then the same wherever the slices go).
     */
    <T extends Serializable, R> List<R> inSlices(List<T> items, int granule, SliceTask<T, R> task);

    /** Where the ranges of a prepared register are scored. */
    DuplicateFinder.RangeScoring ranges();

    /** Everything in this JVM, on its cores. */
    DetectionWork ON_THIS_MACHINE = new DetectionWork() {
        @Override
        public <T extends Serializable, R> List<R> inSlices(List<T> items, int granule, SliceTask<T, R> task) {
            return task.apply(items);
        }

        @Override
        public DuplicateFinder.RangeScoring ranges() {
            return DuplicateFinder.ON_THIS_MACHINE;
        }
    };
}
