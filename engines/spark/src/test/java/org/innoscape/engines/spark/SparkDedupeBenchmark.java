package org.innoscape.engines.spark;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.duplication.DuplicateDetector;
import org.innoscape.analysis.duplication.SimilarPair;
import org.innoscape.analysis.duplication.core.DetectionSettings;
import org.innoscape.analysis.duplication.core.OverlapClass;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PolicyInitiative;

/**
 * The embedded engine against the Spark engine on one register, in one JVM: time, pairs, recall of the
 * planted pairs and whether both engines report the same pairs. The register is a folder made by
 * tests/heldout/generate_registers.py (initiatives.csv, actors.csv, planted_pairs.csv).
 * Run (after ./mvnw -B -DskipTests verify): java -Xmx16g $(cat engines/spark/target/jvm.options) -cp
 * engines/spark/target/test-classes:engines/spark/target/org.innoscape.engines.spark-0.1.0-SNAPSHOT.jar:engines/spark-runtime/target/jars/*:engines/spark/target/job-lib/*
 * org.innoscape.engines.spark.SparkDedupeBenchmark FOLDER ENGINE... [param=KEY=VALUE...] [slices=N]; ENGINE is embedded, local[1], local[2], ...
 * (slices: tasks per step, else 4 per core and at least 8)
 */
public final class SparkDedupeBenchmark {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Map<String, String> given = new HashMap<>(Map.of("text", "token-vectors"));
        for (String arg : args) {
            if (arg.startsWith("param=")) {
                String[] keyValue = arg.substring(6).split("=", 2);
                given.put(keyValue[0], keyValue[1]);
            }
        }
        DetectionSettings settings = DetectionSettings.of(given);
        Integer slices = List.of(args).stream().filter(a -> a.startsWith("slices=")).map(a -> Integer.valueOf(a.substring(7))).findFirst()
                .orElse(null);
        if (slices != null && slices < 1) {
            throw new IllegalArgumentException("slices must be 1 or more, got " + slices);
        }
        long start = System.nanoTime();
        InnovationSystem model = RegisterModel.load(List.of(folder.resolve("actors.csv"), folder.resolve("initiatives.csv")), folder,
                new PrintStream(PrintStream.nullOutputStream()));
        List<PolicyInitiative> initiatives = model.getInitiatives();
        System.out.printf(Locale.ROOT, "read %,d initiatives in %.1f s; settings %s%n", initiatives.size(), seconds(start), given);
        Set<String> planted = new HashSet<>();
        Files.readAllLines(folder.resolve("planted_pairs.csv")).stream().skip(1).map(l -> l.split(","))
                .forEach(p -> planted.add(key(p[0], p[1])));
        List<String> reference = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("param=") || args[i].startsWith("slices=")) {
                continue;
            }
            String engine = args[i];
            resetPeaks();
            long began = System.nanoTime();
            DuplicateDetector.Detection detection;
            if (engine.equals("embedded")) {
                detection = new DuplicateDetector(settings).detectCounting(initiatives, null, new NullProgressMonitor());
            } else {
                // cluster:N is a standalone cluster of N one-core workers, each its own JVM, on this machine.
                LocalCluster cluster = engine.startsWith("cluster:")
                        ? new LocalCluster(Files.createTempDirectory("benchmark-cluster"), Integer.parseInt(engine.substring(8))) : null;
                SparkSession.Builder builder = SparkSession.builder().master(cluster == null ? engine : cluster.masterUrl).appName("benchmark")
                        .config("spark.ui.enabled", "false").config("spark.driver.maxResultSize", "0");
                if (cluster != null) {
                    builder.config("spark.jars", String.join(",", Dedupe.JobJars.find().all())).config("spark.driver.host", "127.0.0.1")
                            .config("spark.executor.memory", LocalCluster.memory());
                }
                try (SparkSession spark = builder.getOrCreate()) {
                    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
                    SparkWork work = new SparkWork(context, slices != null ? slices : 4 * Math.max(2, context.defaultParallelism()), System.out);
                    detection = new DuplicateDetector(settings, new Measured(work)).detectCounting(initiatives, null, new NullProgressMonitor());
                } finally {
                    if (cluster != null) {
                        cluster.close();
                    }
                }
            }
            double took = seconds(began);
            List<SimilarPair> pairs = detection.pairs();
            long found = pairs.stream().filter(p -> planted.contains(key(id(p.first()), id(p.second())))).count();
            List<SimilarPair> duplication = pairs.stream().filter(p -> p.overlapClass() == OverlapClass.DUPLICATION).toList();
            long truePlanted = duplication.stream().filter(p -> planted.contains(key(id(p.first()), id(p.second()))))
                    .count();
            List<String> described = pairs.stream().map(p -> id(p.first()) + " " + id(p.second()) + " "
                    + p.overlapClass() + " " + p.score().total()).toList();
            if (reference == null) {
                reference = described;
            }
            System.out.printf(Locale.ROOT, "%s: %,d initiatives in %.1f s (embedding %.1f s), %,d candidates, %,d pairs, planted found %,d of %,d "
                    + "(recall %.3f), duplication class %,d (%,d planted, precision %.2f), peak heap %.1f GB, same pairs as the first: %s%n",
                    engine, initiatives.size(), took, detection.embeddingSeconds(), detection.candidatesScored(), pairs.size(), found,
                    planted.size(), (double) found / planted.size(), duplication.size(), truePlanted,
                    duplication.isEmpty() ? 0 : (double) truePlanted / duplication.size(), peakHeap() / 1e9, described.equals(reference));
        }
    }

    /** Spark's work, with the size of what is sent to every executor (the prepared register) stated. */
    private record Measured(SparkWork spark) implements org.innoscape.analysis.duplication.DetectionWork {
        @Override
        public <T extends java.io.Serializable, R> List<R> inSlices(List<T> items, int granule, SliceTask<T, R> task) {
            return spark.inSlices(items, granule, task);
        }

        @Override
        public org.innoscape.analysis.duplication.core.DuplicateFinder.RangeScoring ranges() {
            return (prepared, cancelled) -> {
                long start = System.nanoTime();
                long[] bytes = {0};
                try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(new java.io.OutputStream() {
                    @Override
                    public void write(int b) {
                        bytes[0]++;
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes[0] += len;
                    }
                })) {
                    out.writeObject(prepared);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                System.out.printf(Locale.ROOT, "prepared register (broadcast): %.1f MB serialised, measured in %.1f s%n", bytes[0] / 1e6,
                        seconds(start));
                return spark.ranges().scoreAll(prepared, cancelled);
            };
        }
    }

    /** The register's id: the importer keeps ids that are not model ids as external ids. */
    private static String id(PolicyInitiative initiative) {
        return initiative.getExternalId() != null ? initiative.getExternalId() : initiative.getId();
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
