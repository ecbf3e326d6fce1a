package org.innoscape.engines.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.duplication.DuplicationAnalysis;
import org.innoscape.model.InnovationSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a cluster: a standalone master and two workers, each its own JVM (the jar and its
 * libraries built, hence an integration test). Losing a worker while pairs are scored does not lose
 * pairs; spark-submit runs the job as a user's cluster would.
 */
class StandaloneClusterIT {
    @TempDir
    static Path folder;
    private static LocalCluster cluster;
    private static Path register;
    private static List<PairTable.Row> embedded;

    @BeforeAll
    static void start() throws Exception {
        cluster = new LocalCluster(folder, 2);
        register = TestRegister.write(folder.resolve("register.csv"), 20000, 11);
        InnovationSystem model = RegisterModel.load(List.of(register), folder.resolve("embedded"), SameResultsAsEmbeddedEngineTest.quiet());
        embedded = PairTable.rows(AnalysisRunner.run(model, List.of(new DuplicationAnalysis()),
                Map.of("duplication.initiatives", Map.of("text", "lexical")), new NullProgressMonitor()).findings());
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void losingAWorkerWhilePairsAreScoredLosesNoPair() throws Exception {
        Path output = folder.resolve("lost-worker");
        AtomicBoolean killed = new AtomicBoolean();
        AtomicLong removedAt = new AtomicLong();
        AtomicLong scoringEndedAt = new AtomicLong();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (SparkSession spark = SparkSession.builder().master(cluster.masterUrl).appName("lost worker")
                .config("spark.jars", String.join(",", Dedupe.JobJars.find().all())).config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.executor.memory", "1g").config("spark.locality.wait", "0")
                .getOrCreate()) {
            spark.sparkContext().addSparkListener(new SparkListener() {
                private int jobs;

                @Override
                public void onJobStart(SparkListenerJobStart start) {
                    // Job 0 embeds nothing (words only); the first job is the scoring of ranges: kill a worker as it starts.
                    if (jobs++ == 0 && killed.compareAndSet(false, true)) {
                        new Thread(() -> {
                            sleep(300);
                            cluster.kill(1);
                        }).start();
                    }
                }

                @Override
                public void onJobEnd(SparkListenerJobEnd end) {
                    scoringEndedAt.compareAndSet(0, System.nanoTime());
                }

                @Override
                public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
                    removedAt.compareAndSet(0, System.nanoTime());
                }
            });
            JobOptions options = new JobOptions();
            options.registers = List.of(register);
            options.output = output;
            options.parameters = Map.of("text", "lexical");
            options.slices = 200;
            code = DedupeJob.run(spark, options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        }
        assertEquals(0, code, err + cluster.logs());
        assertTrue(killed.get());
        assertTrue(removedAt.get() != 0 && removedAt.get() < scoringEndedAt.get(),
                "the worker was lost while the ranges were scored\n" + err + cluster.logs());
        assertEquals(embedded.stream().map(PairTable.Row::identity).toList(), csvIdentities(output));
    }

    @Test
    void sparkSubmitRunsTheJobOnTheCluster() throws Exception {
        Path output = folder.resolve("submitted");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Dedupe.execute(new String[] {"--engine", cluster.masterUrl, "--conf", "spark.driver.host=127.0.0.1", "--param",
                "text=lexical", "-o", output.toString(), register.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("SPARK_HOME", cluster.home.toString()));
        assertEquals(0, code, err + cluster.logs());
        assertTrue(err.toString().contains(cluster.home.resolve("bin/spark-submit") + " --master " + cluster.masterUrl), err.toString());
        assertEquals(embedded.stream().map(PairTable.Row::identity).toList(), csvIdentities(output));
    }

    @Test
    void withoutSparkHomeTheSubmitLineIsPrintedAndNothingRuns() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path output = folder.resolve("printed");
        int code = Dedupe.execute(new String[] {"--engine", "yarn", "-o", output.toString(), register.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        assertEquals(2, code);
        String line = out.toString().strip();
        assertTrue(line.startsWith("spark-submit --master yarn --deploy-mode client --name 'innoscape dedupe' --class "
                + DedupeJob.class.getName() + " --jars "), line);
        assertTrue(line.contains("org.innoscape.engines.spark-0.1.0-SNAPSHOT.jar --output " + output.toAbsolutePath()), line);
        assertTrue(err.toString().contains("SPARK_HOME is not set, so nothing was run"), err.toString());
        assertTrue(Files.notExists(output));
    }

    private static List<List<String>> csvIdentities(Path output) throws Exception {
        try (var reader = Files.newBufferedReader(output.resolve("pairs.csv"));
                var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return parser.getRecords().stream().map(r -> r.toList().subList(0, PairTable.IDENTITY.size())).toList();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
