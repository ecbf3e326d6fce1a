package org.innoscape.engines.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code innoscape dedupe}: duplicate detection over registers too large for one analysis, on Apache
 * Spark. {@code --engine local} (the default) runs the job in this JVM on every core; a cluster master
 * ({@code spark://host:7077}, {@code yarn}, {@code k8s://...}) gets the job through spark-submit when
 * {@code SPARK_HOME} is set, and otherwise the spark-submit line is printed to run where Spark is.
 */
@Command(name = "innoscape dedupe", mixinStandardHelpOptions = true, versionProvider = Dedupe.VersionProvider.class,
        description = { "Finds duplicate and overlapping initiatives in large registers with Apache Spark: the same detection, scores "
                + "and classes as 'innoscape analyze --rules duplication.initiatives', spread over a cluster's executors." },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:done; the results are in the output folder", "2:bad input or usage, or SPARK_HOME not set (the line was printed)",
                "3:the detection failed", "4:the results could not be written" })
public final class Dedupe implements Callable<Integer> {
    @Mixin
    JobOptions job;

    @Option(names = "--engine", paramLabel = "MASTER", defaultValue = "local",
            description = "local (default: this machine, every core), local[N], or a cluster master: spark://HOST:PORT, yarn, k8s://URL")
    String engine;

    @Option(names = "--driver", paramLabel = "WHERE", defaultValue = "submit",
            description = "with a cluster master: submit (default: through spark-submit) or here (this JVM is the driver, connected to the "
                    + "master directly; a standalone master reachable from here, no Spark installation needed)")
    Driver driver;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "a Spark setting, e.g. spark.executor.memory=4g")
    Map<String, String> conf = new java.util.LinkedHashMap<>();

    /**
     * What the job needs of a driver unless --conf says otherwise: the scored ranges come back to the driver,
     * which makes the report, and on large registers they are larger than Spark's default 1 GB cap.
     */
    static final Map<String, String> DRIVER_DEFAULTS = Map.of("spark.driver.maxResultSize", "0");

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;

    /** Where the job's driver runs when the engine is a cluster. */
    enum Driver {
        submit, here
    }

    Dedupe(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    public static void main(String[] args) {
        // Spark ends the JVM itself when a task runs out of memory (exit code 52) or a scratch folder fails (53), and a
        // signal ends it too: never without a word.
        java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Publication.awaitPublication(); // results being moved into place are moved, or put back, before the JVM ends
            if (!finished.get()) {
                System.err.println(ENDED_BEFORE_FINISHING);
            }
        }, "innoscape dedupe: unfinished run"));
        int code = execute(args, System.out, System.err, System.getenv());
        finished.set(true);
        System.exit(code);
    }

    /** Said when the JVM ends before the run returned: Spark's own exit, or a signal. */
    static final String ENDED_BEFORE_FINISHING = "innoscape dedupe: the run was ended before it finished (by a signal, or by Spark itself: "
            + "exit code 52 is a task out of memory, give it more with INNOSCAPE_VM_ARGS=-Xmx16g or --conf spark.executor.memory=8g); "
            + "results are moved into the output folder only at the end";

    static int execute(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        // Usage errors end with picocli's exit code 2, ours for bad input; anything unforeseen is said in one line, exit 3.
        CommandLine line = new CommandLine(new Dedupe(out, err, environment)).setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("innoscape dedupe: " + SparkFailure.describe(e, MORE_HEAP_HERE));
            return DedupeJob.FAILED;
        });
        line.setExpandAtFiles(false); // "@name" is a register's name, not a list of arguments
        line.setOut(new java.io.PrintWriter(out, true));
        line.setErr(new java.io.PrintWriter(err, true));
        try {
            return line.execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(err, MORE_HEAP_HERE);
        }
    }

    /** The cluster masters Spark 4 knows: standalone (with standbys), YARN, Kubernetes. */
    private static final java.util.regex.Pattern CLUSTER_MASTER = java.util.regex.Pattern
            .compile("spark://[^\\s/]+|yarn|k8s://(https?://)?[^\\s/]+(/\\S*)?");

    /** How to give the driver more heap when it is this JVM (the embedded engine, or --driver here). */
    static final String MORE_HEAP_HERE = "give the JVM more, e.g. INNOSCAPE_VM_ARGS=-Xmx16g (the default is half the machine's memory), or run "
            + "on a cluster (--engine)";

    /**
     * What running out of heap says, and its exit code (3, the detection failed): without it the JVM would end with
     * a stack trace and exit code 1. A Spark task that runs out of heap is ended by Spark itself (its own exit code).
     */
    static int outOfMemory(PrintStream err, String moreHeap) {
        err.println("innoscape dedupe: the detection ran out of memory (Java heap, " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB): "
                + moreHeap);
        return DedupeJob.FAILED;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        for (String where : List.of("spark.master", "spark.submit.deployMode")) {
            if (conf.containsKey(where)) {
                // It would quietly override --engine (and its checks) with another place to run.
                err.println("innoscape dedupe: --conf " + where + ": say where the job runs with --engine (and --driver), not --conf");
                return DedupeJob.INPUT;
            }
        }
        java.util.Optional<String> badSetting = conf.keySet().stream().filter(key -> !key.startsWith("spark.") || key.length() == "spark.".length())
                .findFirst();
        if (badSetting.isPresent()) {
            // Spark ignores such a key with a warning in its log: the user would believe it set something.
            err.println("innoscape dedupe: --conf '" + badSetting.get() + "': not a Spark setting; give KEY=VALUE with a key of Spark's, "
                    + "which start with 'spark.' (Hadoop's settings as spark.hadoop.NAME)");
            return DedupeJob.INPUT;
        }
        boolean local = engine.equals("local") || engine.matches("local\\[([1-9]\\d{0,3}|\\*)\\]");
        if (!local && engine.startsWith("local")) {
            err.println("innoscape dedupe: --engine " + engine + ": give local, local[N] with N from 1, or local[*]");
            return DedupeJob.INPUT;
        }
        if (!local && !CLUSTER_MASTER.matcher(engine).matches()) {
            err.println("innoscape dedupe: --engine '" + engine + "': not a place Spark runs; give local, local[N], local[*], "
                    + "spark://HOST:PORT (a standalone master), yarn, or k8s://https://HOST:PORT");
            return DedupeJob.INPUT;
        }
        if (!local && driver == Driver.here) {
            java.util.Optional<String> unreachable = MasterAddress.unreachable(engine, MasterAddress.CONNECT_TIMEOUT_MILLIS);
            if (unreachable.isPresent()) {
                err.println("innoscape dedupe: " + unreachable.get());
                return DedupeJob.FAILED;
            }
        }
        if (local || driver == Driver.here) {
            java.util.Optional<String> scratch = ScratchFolders.unusable(environment, conf);
            if (scratch.isPresent()) {
                err.println("innoscape dedupe: " + scratch.get());
                return DedupeJob.INPUT;
            }
            SparkSession.Builder builder = SparkSession.builder().appName("innoscape dedupe").master(engine.equals("local") ? "local[*]" : engine)
                    .config("spark.ui.enabled", "false");
            DRIVER_DEFAULTS.forEach(builder::config);
            if (!local) {
                builder.config("spark.jars", String.join(",", JobJars.find().all()));
            }
            conf.forEach(builder::config);
            SparkSession started;
            try {
                started = builder.getOrCreate();
            } catch (Exception e) { // Scala throws checked exceptions it does not declare (SparkConf's validation)
                if (conf.isEmpty()) {
                    throw e;
                }
                // With settings of the user's, a Spark that cannot start is most likely told so by one of them: usage, not a failed
                // run. Their keys only: values may be secrets.
                err.println("innoscape dedupe: Spark could not start with the settings given (--conf " + String.join(", ", conf.keySet())
                        + "): " + SparkFailure.describe(e, MORE_HEAP_HERE));
                return DedupeJob.INPUT;
            }
            try (SparkSession spark = started) {
                return DedupeJob.run(spark, job, out, err);
            }
        }
        return submit();
    }

    /** Through spark-submit when SPARK_HOME says where it is; otherwise the line to run, printed. */
    private int submit() throws IOException, InterruptedException {
        java.util.Optional<String> problem = job.problem();
        if (problem.isPresent()) {
            err.println("innoscape dedupe: " + problem.get());
            return DedupeJob.INPUT;
        }
        JobJars jars = JobJars.find();
        String sparkHome = environment.get("SPARK_HOME");
        String submit = sparkHome == null || sparkHome.isBlank() ? "spark-submit" : Path.of(sparkHome, "bin", "spark-submit").toString();
        List<String> command = new ArrayList<>(List.of(submit, "--master", engine, "--deploy-mode", "client", "--name", "innoscape dedupe",
                "--class", DedupeJob.class.getName(), "--jars", String.join(",", jars.libraries())));
        Map<String, String> settings = new java.util.LinkedHashMap<>(DRIVER_DEFAULTS);
        settings.putAll(conf);
        settings.forEach((key, value) -> command.addAll(List.of("--conf", key + "=" + value)));
        command.add(jars.engine());
        command.addAll(job.asArguments());
        if (sparkHome == null || sparkHome.isBlank()) {
            out.println(String.join(" ", command.stream().map(Dedupe::shellQuoted).toList()));
            err.println("innoscape dedupe: SPARK_HOME is not set, so nothing was run; run the line above where Spark 4 is installed "
                    + "(the output folder must be one the driver can write), or set SPARK_HOME");
            return DedupeJob.INPUT;
        }
        if (!Files.isExecutable(Path.of(submit))) {
            err.println("innoscape dedupe: " + submit + " is not an executable spark-submit; is SPARK_HOME (" + sparkHome + ") a Spark installation?");
            return DedupeJob.INPUT;
        }
        err.println("innoscape dedupe: " + String.join(" ", command.stream().map(Dedupe::shellQuoted).toList()));
        Process process = new ProcessBuilder(command).inheritIO().start();
        int code = process.waitFor();
        if (code != 0) {
            err.println("innoscape dedupe: spark-submit ended with exit code " + code);
        }
        return code;
    }

    static String shellQuoted(String word) {
        // Unquoted only when no shell would read anything into it: no globs (*, ?, [ ]), spaces or quotes.
        return word.matches("[A-Za-z0-9_./:=,+@%\\-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** The jars a cluster needs besides Spark: this engine's and the libraries beside it (target/job-lib). */
    record JobJars(String engine, List<String> libraries) {
        static JobJars find() throws IOException {
            Path here;
            try {
                here = Path.of(Dedupe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (java.net.URISyntaxException e) {
                throw new IOException("cannot tell where the engine's jar is", e);
            }
            if (!Files.isRegularFile(here)) {
                throw new IOException("the engine runs from " + here + ", not from its jar: build it (./mvnw -B -DskipTests verify)");
            }
            Path libraries = here.resolveSibling("job-lib");
            try (Stream<Path> files = Files.list(libraries)) {
                return new JobJars(here.toString(), files.filter(f -> f.toString().endsWith(".jar")).sorted().map(Path::toString).toList());
            } catch (IOException e) {
                throw new IOException("no job libraries beside the engine's jar (" + libraries + "): build it (./mvnw -B -DskipTests verify)", e);
            }
        }

        List<String> all() {
            List<String> all = new ArrayList<>(libraries);
            all.add(0, engine);
            return all;
        }
    }

    /** The engine's version for --version. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"innoscape dedupe " + Version.OF_ENGINE};
        }
    }
}
