package org.innoscape.engines.spark;

import java.io.PrintStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.innoscape.analysis.duplication.DetectionWork;
import org.innoscape.analysis.duplication.core.DuplicateFinder;

/**
 * The duplicate detector's heavy work on Spark: texts are embedded in slices by the executors (each loads
 * the same embedder once), and the prepared register is broadcast so that each executor finds and scores
 * the candidate pairs of its ranges of records. Whatever the split, the pairs are those of one machine.
 */
final class SparkWork implements DetectionWork {
    private final JavaSparkContext spark;
    private final int slices;
    private final PrintStream progress;

    /** @param slices how many slices (tasks) each step is split into */
    SparkWork(JavaSparkContext spark, int slices, PrintStream progress) {
        this.spark = spark;
        this.slices = slices;
        this.progress = progress;
    }

    @Override
    public <T extends Serializable, R> List<R> inSlices(List<T> items, int granule, SliceTask<T, R> task) {
        if (items.isEmpty()) {
            return List.of();
        }
        long start = System.nanoTime();
        int granules = (items.size() + granule - 1) / granule;
        int size = granule * Math.max(1, (granules + slices - 1) / slices);
        List<ArrayList<T>> parts = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            parts.add(new ArrayList<>(items.subList(from, Math.min(items.size(), from + size))));
        }
        SliceTask<T, R> work = task; // the closure holds the task only, never this object or its Spark context
        List<R> results = spark.parallelize(parts, parts.size()).flatMap(slice -> work.apply(slice).iterator()).collect();
        progress.printf(Locale.ROOT, "innoscape dedupe: embedded %,d descriptions in %d slices in %.1f s%n", items.size(), parts.size(),
                seconds(start));
        return results;
    }

    @Override
    public DuplicateFinder.RangeScoring ranges() {
        return (prepared, cancelled) -> {
            long start = System.nanoTime();
            Broadcast<DuplicateFinder.Prepared> shared = spark.broadcast(prepared);
            try {
                double written = seconds(start);
                long sending = System.nanoTime();
                readEverywhere(shared);
                double read = seconds(sending);
                long scoring = System.nanoTime();
                int n = prepared.size();
                int count = Math.max(1, Math.min(slices, n));
                List<int[]> bounds = new ArrayList<>();
                for (int r = 0; r < count; r++) {
                    bounds.add(new int[] {(int) ((long) n * r / count), (int) ((long) n * (r + 1) / count)});
                }
                List<DuplicateFinder.RangeResult> results = spark.parallelize(bounds, count)
                        .map(range -> shared.value().range(range[0], range[1], () -> false)).collect();
                progress.printf(Locale.ROOT, "innoscape dedupe: prepared register sent to the executors in %.1f s (written %.1f s, read %.1f s)%n",
                        written + read, written, read);
                progress.printf(Locale.ROOT, "innoscape dedupe: candidates and scoring of %,d initiatives in %d ranges: %.1f s%n", n, count,
                        seconds(scoring));
                return results;
            } finally {
                shared.destroy(); // also when a job failed: the register is not left on the driver and the executors
            }
        };
    }

    /**
     * Has every executor fetch and deserialise the prepared register (one small task per slot) before the
     * ranges are scored, so that the time to send it is stated apart from the scoring that more executors
     * divide. An executor this step missed reads it in its first range instead: the results are the same.
     */
    private void readEverywhere(Broadcast<DuplicateFinder.Prepared> shared) {
        int slots = Math.max(1, spark.defaultParallelism());
        List<Integer> tasks = new ArrayList<>();
        for (int t = 0; t < slots; t++) {
            tasks.add(t);
        }
        spark.parallelize(tasks, slots).foreach(t -> shared.value().size());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
