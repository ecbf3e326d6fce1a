package org.innoscape.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.ModelStore;

/**
 * Times saving and loading a generated model of N elements (default 100,000): two warm-up rounds,
 * then five measured rounds; prints the median and worst, the file size and the peak heap.
 * Run: ./mvnw -B verify -Pbenchmark -DskipTests (see docs/performance.md).
 */
public final class ModelPersistenceBenchmark {
    private static final int WARMUP = 2;
    private static final int ROUNDS = 5;

    public static void main(String[] args) throws Exception {
        int elements = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Result result = run(elements);
        System.out.println(result.report());
    }

    /** The figures of one benchmark run. */
    public record Result(int elements, long objects, long fileBytes, double[] saveMillis, double[] loadMillis, long peakHeapBytes,
            long liveHeapAfterLoadBytes) {
        String report() {
            return String.format("model persistence, %,d elements (%,d EMF objects), file %,.1f MB%n"
                    + "  save: median %.0f ms, worst %.0f ms%n  load: median %.0f ms, worst %.0f ms%n"
                    + "  live heap with one loaded model %,.0f MB; peak heap %,.0f MB of max %,.0f MB; %d cores; Java %s",
                    elements, objects, fileBytes / 1e6, median(saveMillis), max(saveMillis), median(loadMillis), max(loadMillis),
                    liveHeapAfterLoadBytes / 1e6, peakHeapBytes / 1e6, Runtime.getRuntime().maxMemory() / 1e6, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
        }
    }

    public static Result run(int elements) throws Exception {
        ModelStore store = new ModelStore();
        InnovationSystem model = SyntheticModels.generate(elements, 42);
        long objects = count(model);
        Path file = Files.createTempFile("innoscape-benchmark", ".innoscape");
        try {
            double[] save = new double[ROUNDS];
            double[] load = new double[ROUNDS];
            for (int round = -WARMUP; round < ROUNDS; round++) {
                long t0 = System.nanoTime();
                store.save(model, file);
                long t1 = System.nanoTime();
                InnovationSystem loaded = store.load(file);
                long t2 = System.nanoTime();
                if (count(loaded) != objects) {
                    throw new IllegalStateException("loaded " + count(loaded) + " objects, saved " + objects);
                }
                if (round >= 0) {
                    save[round] = (t1 - t0) / 1e6;
                    load[round] = (t2 - t1) / 1e6;
                }
            }
            model = null; // only the loaded copy stays reachable
            InnovationSystem loaded = store.load(file);
            long live = liveHeap();
            if (count(loaded) != objects) {
                throw new IllegalStateException("the last load lost objects");
            }
            return new Result(elements, objects, Files.size(file), save, load, peakHeap(), live);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long count(EObject root) {
        long n = 1;
        for (Iterator<EObject> it = root.eAllContents(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private static long liveHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private ModelPersistenceBenchmark() {
    }
}
