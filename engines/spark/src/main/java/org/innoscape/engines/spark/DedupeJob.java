package org.innoscape.engines.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.duplication.DuplicationAnalysis;
import org.innoscape.analysis.landscape.LandscapeCalculator;
import org.innoscape.analysis.report.AnalysisReport;
import org.innoscape.model.InnovationSystem;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The dedupe job: reads the registers on the driver, runs the duplication analysis with its embedding
 * and scoring spread over the Spark executors ({@link SparkWork}), and writes the report and tables.
 * {@code spark-submit} starts it with this class as main class; {@code innoscape dedupe} calls
 * {@link #run} in process for the embedded engine. Exit codes as {@code innoscape}'s: 0 done, 2 bad input
 * or usage, 3 the analysis failed, 4 the output could not be written.
 */
@Command(name = "dedupe-job", mixinStandardHelpOptions = true, description = "The dedupe job as spark-submit starts it.")
public final class DedupeJob implements Callable<Integer> {
    static final int OK = 0;
    static final int INPUT = 2;
    static final int FAILED = 3;
    static final int OUTPUT = 4;
    /** How to give the driver more heap when spark-submit started it. */
    static final String MORE_HEAP_SUBMITTED = "give the driver more with --conf spark.driver.memory=16g (spark-submit's default is 1g)";

    @Mixin
    JobOptions options;

    /** Started by spark-submit: the master and resources come from its configuration. */
    public static void main(String[] args) {
        // A signal during the moves of the results into place waits for them (see Publication.publish).
        Runtime.getRuntime().addShutdownHook(new Thread(Publication::awaitPublication, "innoscape dedupe: results in place"));
        CommandLine line = new CommandLine(new DedupeJob()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            System.err.println("innoscape dedupe: " + SparkFailure.describe(e, MORE_HEAP_SUBMITTED));
            return FAILED;
        });
        line.setExpandAtFiles(false); // "@name" is a register's name, not a list of arguments
        int code;
        try {
            code = line.execute(args);
        } catch (OutOfMemoryError e) {
            code = Dedupe.outOfMemory(System.err, MORE_HEAP_SUBMITTED);
        }
        System.exit(code);
    }

    @Override
    public Integer call() throws IOException {
        try (SparkSession spark = SparkSession.builder().appName("innoscape dedupe").getOrCreate()) {
            return run(spark, options, System.out, System.err);
        }
    }

    /** Runs the job on this session; messages on {@code err}, the summary on {@code out}. */
    static int run(SparkSession spark, JobOptions options, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        java.util.Optional<String> problem = options.problem();
        if (problem.isPresent()) {
            err.println("innoscape dedupe: " + problem.get());
            return INPUT;
        }
        InnovationSystem model;
        try {
            RegisterModel.check(spark, options.registers);
        } catch (RegisterModel.InputProblem e) {
            err.println("innoscape dedupe: " + e.getMessage());
            return INPUT;
        }
        try {
            JobOutputs.prepare(options.output);
        } catch (IOException e) {
            err.println("innoscape dedupe: cannot write the results to " + options.output + ": " + JobOutputs.describe(e));
            return OUTPUT;
        }
        try {
            model = RegisterModel.load(spark, options.registers, options.output, err);
        } catch (RegisterModel.InputProblem e) {
            err.println("innoscape dedupe: " + e.getMessage());
            return INPUT;
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = options.slices != null ? options.slices : 4 * context.defaultParallelism();
        DuplicationAnalysis analysis = new DuplicationAnalysis(new SparkWork(context, slices, err));
        AnalysisResult result;
        try {
            result = AnalysisRunner.run(model, List.of(analysis), Map.of(JobOptions.ANALYSIS, options.detectionParameters()),
                    new ProgressOnStderr(err));
        } catch (IllegalArgumentException e) {
            err.println("innoscape dedupe: " + e.getMessage());
            return INPUT;
        }
        if (!result.failures().isEmpty()) {
            result.failures().forEach(run -> err.println("innoscape dedupe: the duplicate detection failed: " + run.failure()));
            return FAILED;
        }
        AnalysisReport report = new AnalysisReport(model.getName(), String.join(", ", options.registers.stream().map(String::valueOf).toList()),
                Version.OF_ENGINE, LandscapeCalculator.summarise(model), result);
        JobOutputs.Written written;
        try {
            written = JobOutputs.write(spark, report, options.output);
        } catch (IOException e) {
            err.println("innoscape dedupe: cannot write the results to " + options.output + ": " + JobOutputs.describe(e));
            return OUTPUT;
        } catch (RuntimeException e) {
            err.println("innoscape dedupe: cannot write the results to " + options.output + ": " + e.getMessage());
            return OUTPUT;
        }
        long duplication = written.pairs().stream().filter(p -> "duplication".equals(p.identity().get(8))).count();
        long clusters = written.clusters().stream().mapToInt(Clusters.Member::cluster).distinct().count();
        out.printf(Locale.ROOT, "%,d initiatives compared: %,d pairs (%,d duplication), %,d clusters; written to %s in %.1f s%n",
                model.getInitiatives().size(), written.pairs().size(), duplication, clusters, options.output,
                (System.nanoTime() - start) / 1e9);
        return OK;
    }

    /** Progress on standard error: each step's name, as it starts. */
    private static final class ProgressOnStderr extends NullProgressMonitor {
        private final PrintStream err;

        ProgressOnStderr(PrintStream err) {
            this.err = err;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            if (name != null && !name.isBlank()) {
                err.println("innoscape dedupe: " + name);
            }
        }

        @Override
        public void subTask(String name) {
            if (name != null && !name.isBlank() && !name.contains(" done")) {
                err.println("innoscape dedupe: " + name);
            }
        }
    }
}
