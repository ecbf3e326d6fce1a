package org.innoscape.engines.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.SparkSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.duplication.DuplicationAnalysis;
import org.innoscape.model.InnovationSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code innoscape dedupe} as a user runs it on this machine: what it writes, and what it says when it cannot. */
class DedupeCommandTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int dedupe(String... args) {
        return Dedupe.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());
    }

    @Test
    void writesTheReportAndTheTablesOfTheEmbeddedAnalysis() throws Exception {
        Path register = TestRegister.write(folder.resolve("register.csv"), 900, 3);
        Path output = folder.resolve("out");
        assertEquals(0, dedupe("--engine", "local[2]", "--param", "duplication.initiatives.text=token-vectors", "-o", output.toString(),
                register.toString()), err.toString());
        assertTrue(out.toString().matches("(?s)900 initiatives compared: [\\d,]+ pairs \\([\\d,]+ duplication\\), [\\d,]+ clusters; written to .*"),
                out.toString());
        assertTrue(err.toString().contains("candidates and scoring of 900 initiatives"), err.toString());
        assertTrue(err.toString().matches("(?s).*prepared register sent to the executors in [\\d.]+ s \\(written [\\d.]+ s, read [\\d.]+ s\\).*"),
                err.toString());

        InnovationSystem model = RegisterModel.load(List.of(register), folder.resolve("embedded"), SameResultsAsEmbeddedEngineTest.quiet());
        AnalysisResult embedded = AnalysisRunner.run(model, List.of(new DuplicationAnalysis()),
                Map.of("duplication.initiatives", Map.of("text", "token-vectors")), new NullProgressMonitor());
        List<PairTable.Row> expected = PairTable.rows(embedded.findings());
        assertTrue(expected.size() > 20, expected.size() + " pairs");

        List<List<String>> csv = rows(output.resolve("pairs.csv"));
        assertEquals(PairTable.columns(), csv.get(0));
        assertEquals(expected.size(), csv.size() - 1);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).identity(), csv.get(i + 1).subList(0, PairTable.IDENTITY.size()), "row " + (i + 1));
            assertEquals(expected.get(i).score(), Double.parseDouble(csv.get(i + 1).get(PairTable.IDENTITY.size())), 1e-12);
        }

        JsonObject report = JsonParser.parseString(Files.readString(output.resolve("report.json"))).getAsJsonObject();
        assertEquals(embedded.findings().size(), report.getAsJsonArray("findings").size());
        assertTrue(Files.readString(output.resolve("findings.csv")).startsWith("rule,"), "the CSV report of analyze");

        List<List<String>> clusters = rows(output.resolve("clusters.csv"));
        assertEquals(List.of("cluster", "size", "id", "external_id", "name"), clusters.get(0));
        assertTrue(clusters.size() > 2);
        try (SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate()) {
            assertEquals(expected.size(), spark.read().parquet(output.resolve("pairs.parquet").toString()).count());
            assertEquals(clusters.size() - 1, spark.read().parquet(output.resolve("clusters.parquet").toString()).count());
        }
        assertTrue(Files.exists(output.resolve(".register.embeddings")), "embeddings are cached for the next run");
        try (var files = Files.list(output)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().startsWith(".dedupe-staging-")), "nothing half written is left");
        }
    }

    /** A register that repeats one row 1,200 times: the copies are linked in a chain (1,199 pairs, one cluster), not 719,400 pairs. */
    @Test
    void aRegisterRepeatingOneRowGivesAChainOfCopiesNotEveryPair() throws Exception {
        StringBuilder csv = new StringBuilder("id,name,description,owner\n");
        for (int i = 0; i < 1200; i++) {
            csv.append("C").append(i).append(",Remote monitoring for diabetes,Funds remote monitoring of diabetes in care homes.,NHSX\n");
        }
        csv.append("X1,Stroke rehabilitation robots,Procures robots for stroke rehabilitation in hospitals.,UKRI\n");
        Path register = Files.writeString(folder.resolve("repeated.csv"), csv);
        Path output = folder.resolve("out");
        assertEquals(0, dedupe("--engine", "local[2]", "--param", "text=lexical", "-o", output.toString(), register.toString()), err.toString());

        List<List<String>> pairs = rows(output.resolve("pairs.csv"));
        assertEquals(1199, pairs.size() - 1, "one link per copy");
        List<List<String>> clusters = rows(output.resolve("clusters.csv"));
        assertEquals(1200, clusters.size() - 1, "one cluster holding every copy");
        assertEquals(java.util.Set.of("1200"), clusters.stream().skip(1).map(row -> row.get(1)).collect(java.util.stream.Collectors.toSet()));
        assertTrue(Files.readString(output.resolve("report.json")).contains("1,199 initiatives are identical copies of others"),
                "the report says why");
    }

    /** Spark ends the JVM with exit 53 and pages of stack traces when it cannot make its scratch folders: said first, in one line. */
    @Test
    void aScratchFolderSparkCannotUseIsSaidBeforeSparkStarts() throws Exception {
        Path register = TestRegister.write(folder.resolve("register.csv"), 30, 3);
        Path output = folder.resolve("out");
        assertEquals(2, dedupe("--engine", "local[1]", "--conf", "spark.local.dir=/proc/innoscape-scratch", "-o", output.toString(),
                register.toString()));
        assertEquals("innoscape dedupe: spark.local.dir: Spark cannot keep its scratch files in /proc/innoscape-scratch (it cannot be "
                + "created there); give a folder this user can write", err.toString().strip());
        err.reset();
        // /proc says it is writable to root and takes no folder: Spark would end the JVM with exit code 53.
        assertEquals(2, dedupe("--engine", "local[1]", "--conf", "spark.local.dir=/proc", "-o", output.toString(), register.toString()));
        assertTrue(err.toString().contains("Spark cannot keep its scratch files in /proc ("), err.toString());
        err.reset();
        Path aFile = Files.writeString(folder.resolve("a-file"), "");
        assertEquals(2, Dedupe.execute(new String[] { "--engine", "local[1]", "-o", output.toString(), register.toString() },
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("SPARK_LOCAL_DIRS", folder.resolve("fine") + "," + aFile)));
        assertTrue(err.toString().contains("SPARK_LOCAL_DIRS: Spark cannot keep its scratch files in " + aFile + " (a file is in the way)"),
                err.toString());
        assertFalse(Files.exists(output.resolve("report.json")));
        err.reset();
        Path scratch = folder.resolve("scratch/made");
        assertEquals(0, dedupe("--engine", "local[1]", "--param", "text=lexical", "--conf", "spark.local.dir=" + scratch, "-o",
                output.toString(), register.toString()), err.toString());
        assertTrue(Files.isDirectory(scratch), "a missing scratch folder is made");
    }

    /** The JVM ended from outside (a signal here; Spark's own exit on a task out of memory alike) says so, never silently. */
    @Test
    void aRunEndedBeforeItFinishesSaysSo() throws Exception {
        Path register = TestRegister.write(folder.resolve("register.csv"), 20000, 5);
        Process run = new ProcessBuilder(javaCommand("-Xmx1g", "--engine", "local[1]", "--param", "text=lexical", "-o",
                folder.resolve("out").toString(), register.toString())).redirectErrorStream(true).start();
        StringBuilder said = new StringBuilder();
        try (java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean ended = false;
            while ((line = lines.readLine()) != null) {
                said.append(line).append('\n');
                if (!ended && line.startsWith("innoscape dedupe: ")) {
                    run.toHandle().destroy(); // SIGTERM, as Ctrl-C or a scheduler would (Process.destroy would close our end too)
                    ended = true;
                }
            }
        }
        assertTrue(run.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(run.exitValue() != 0, "exit " + run.exitValue());
        assertTrue(said.toString().contains(Dedupe.ENDED_BEFORE_FINISHING), said.toString());
        assertFalse(Files.exists(folder.resolve("out/report.json")), "nothing half done in place");
    }

    /**
     * Running out of heap inside Spark, provoked with a register whose every pair is compared and most are reported (two kinds
     * of near copy, 8,000 each, so that their words weigh something: 64 million pairs in the tasks' lists) in a JVM of 512 MB.
     * Where it runs out is Spark's: in a task, Spark's executor ends the JVM itself with exit code 52, past any handler of
     * ours (four runs of four here with two task threads: the path this test normally takes); while the driver fetches a
     * task's result, the job fails with a lost result (exit 3; one run of two with one thread; its wording is
     * {@link SparkFailureTest}'s). Either way the run must say so, with what to do, and leave nothing half written.
     */
    @Test
    void runningOutOfMemoryInsideSparkEndsTheRunSayingSoWithWhatToDo() throws Exception {
        StringBuilder csv = new StringBuilder("id,name,description,owner,start_date\n");
        java.time.LocalDate day = java.time.LocalDate.of(2000, 1, 1);
        for (int i = 0; i < 8_000; i++, day = day.plusDays(1)) { // the same texts, each started on another day: not identical copies
            csv.append("N").append(i).append(",Remote monitoring for diabetes,Funds remote monitoring of diabetes in care homes.,NHSX,")
                    .append(day).append('\n');
            csv.append("S").append(i).append(",Stroke rehabilitation robots,Procures robots for stroke rehabilitation.,UKRI,").append(day)
                    .append('\n');
        }
        Path register = Files.writeString(folder.resolve("near-copies.csv"), csv);
        Path output = folder.resolve("out");
        Path log = folder.resolve("said.txt");
        Process run = new ProcessBuilder(javaCommand("-Xmx512m", "--engine", "local[2]", "--param", "text=lexical", "--param",
                "exhaustive-limit=1000000", "-o", output.toString(), register.toString())).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean ended;
        try {
            ended = run.waitFor(240, java.util.concurrent.TimeUnit.SECONDS); // a JVM thrashing near its heap limit must not stall the build
        } finally {
            run.destroyForcibly();
        }
        String said = Files.readString(log);
        assertTrue(ended, "still running after 240 s: " + said);
        if (run.exitValue() == 52) {
            assertTrue(said.contains(Dedupe.ENDED_BEFORE_FINISHING), said);
        } else {
            assertEquals(DedupeJob.FAILED, run.exitValue(), said);
            assertTrue(said.lines().anyMatch(line -> line.startsWith("innoscape dedupe: ") && line.contains("out of memory")
                    && line.contains("INNOSCAPE_VM_ARGS=-Xmx")), said);
        }
        assertFalse(Files.exists(output.resolve("report.json")), "nothing half done in place");
    }

    /** The command line of a separate JVM running {@code innoscape dedupe} with this test's class path and Spark's JVM options. */
    private static List<String> javaCommand(String heap, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap));
        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("--add-opens") || option.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
                        || option.startsWith("-Djdk.") || option.startsWith("-Dio.netty"))
                .forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Dedupe.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** A register kept as Parquet (lists as arrays, dates as text) gives the pairs of the same register as CSV. */
    @Test
    void aParquetRegisterGivesThePairsOfTheSameCsvRegister() throws Exception {
        Path register = TestRegister.write(folder.resolve("register.csv"), 400, 9);
        Path parquet = folder.resolve("register.parquet");
        try (SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate()) {
            spark.read().option("header", "true").csv(register.toString())
                    .withColumn("stages", org.apache.spark.sql.functions.split(org.apache.spark.sql.functions.col("stages"), ";"))
                    .write().parquet(parquet.toString());
        }
        assertEquals(0, dedupe("--engine", "local[2]", "--param", "text=lexical", "-o", folder.resolve("from-csv").toString(),
                register.toString()), err.toString());
        assertEquals(0, dedupe("--engine", "local[2]", "--param", "text=lexical", "-o", folder.resolve("from-parquet").toString(),
                parquet.toString()), err.toString());
        List<List<String>> fromCsv = rows(folder.resolve("from-csv/pairs.csv"));
        assertTrue(fromCsv.size() > 10, fromCsv.size() + " rows");
        assertEquals(fromCsv, rows(folder.resolve("from-parquet/pairs.csv")));
    }

    /** A run that fails while writing leaves the previous run's results whole: never this run's CSV beside the last run's Parquet. */
    @Test
    void aRunThatFailsWhileWritingLeavesThePreviousResultsAsTheyWere() throws Exception {
        Path register = TestRegister.write(folder.resolve("register.csv"), 60, 3);
        Path output = folder.resolve("out");
        assertEquals(0, dedupe("--engine", "local[1]", "--param", "text=lexical", "-o", output.toString(), register.toString()), err.toString());
        String report = Files.readString(output.resolve("report.json"));
        String pairs = Files.readString(output.resolve("pairs.csv"));
        assertEquals(4, dedupe("--engine", "local[1]", "--param", "text=lexical", "--param", "threshold=0.9", "--conf",
                "spark.sql.parquet.compression.codec=no-such-codec", "-o", output.toString(), register.toString()));
        assertTrue(err.toString().contains("cannot write the results to " + output), err.toString());
        assertEquals(report, Files.readString(output.resolve("report.json")));
        assertEquals(pairs, Files.readString(output.resolve("pairs.csv")));
        try (var files = Files.list(output)) {
            assertEquals(List.of("clusters.csv", "clusters.parquet", "findings.csv", "pairs.csv", "pairs.parquet", "report.json"),
                    files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList());
        }
    }

    @Test
    void aMissingRegisterIsNamedAndNothingIsWritten() {
        Path output = folder.resolve("out");
        assertEquals(2, dedupe("-o", output.toString(), folder.resolve("nowhere.csv").toString()));
        assertEquals("innoscape dedupe: no such file: " + folder.resolve("nowhere.csv") + System.lineSeparator(), err.toString());
        assertFalse(Files.exists(output.resolve("report.json")));
    }

    @Test
    void aFolderOrAnEmptyRegisterIsBadInputSaidAsSuch() throws Exception {
        Path output = folder.resolve("out");
        Path notARegister = Files.createDirectories(folder.resolve("registers"));
        assertEquals(2, dedupe("--engine", "local[1]", "-o", output.toString(), notARegister.toString()));
        assertTrue(err.toString().contains(notARegister + " is a folder, not a file"), err.toString());

        err.reset();
        Path empty = Files.writeString(folder.resolve("empty.csv"), "id,name,owner,description\n");
        assertEquals(2, dedupe("--engine", "local[1]", "-o", output.toString(), empty.toString()));
        assertTrue(err.toString().contains("the registers hold no initiatives; nothing was compared"), err.toString());
        assertFalse(Files.exists(output.resolve("report.json")));
    }

    @Test
    void aMissingColumnIsSaidOnceNotOncePerRow() throws Exception {
        StringBuilder rows = new StringBuilder("name,owner,description\n");
        for (int i = 0; i < 50; i++) {
            rows.append("Programme ").append(i).append(",Owner ").append(i).append(",About ").append(i).append('\n');
        }
        Path register = Files.writeString(folder.resolve("no-id.csv"), rows);
        assertEquals(2, dedupe("--engine", "local[1]", "-o", folder.resolve("out").toString(), register.toString()));
        assertEquals(1, err.toString().lines().filter(line -> line.contains("column id")).count(), err.toString());
        assertTrue(err.toString().contains("the required column 'id' is missing"), err.toString());
    }

    /** An output folder below a file cannot be made: bad usage (2) like an output that is a file, said before anything is read. */
    @Test
    void anOutputThatCannotBeMadeIsSaidBeforeTheRegistersAreRead() throws Exception {
        Path register = TestRegister.write(folder.resolve("register.csv"), 30, 3);
        Path aFile = Files.writeString(folder.resolve("notes.txt"), "not a folder");
        assertEquals(2, dedupe("--engine", "local[1]", "-o", aFile.resolve("out").toString(), register.toString()));
        assertTrue(err.toString().contains("the output folder " + aFile.resolve("out") + " cannot be made: " + aFile + " is a file, not a folder"),
                err.toString());
        assertFalse(err.toString().contains("read 30 initiatives"), "nothing was read: " + err);
    }

    @Test
    void whatAStoppedRunLeftStagedAnHourAgoIsRemovedByTheNextRun() throws Exception {
        Path register = TestRegister.write(folder.resolve("register.csv"), 30, 3);
        Path output = folder.resolve("out");
        Path leftover = Files.createDirectories(output.resolve(".dedupe-staging-12345").resolve("pairs.parquet"));
        Files.writeString(leftover.resolve("part-0.parquet"), "half written");
        Path running = Files.createDirectories(output.resolve(".dedupe-staging-67890"));
        java.nio.file.attribute.FileTime twoHoursAgo = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200));
        Files.setLastModifiedTime(leftover.getParent(), twoHoursAgo);
        assertEquals(0, dedupe("--engine", "local[1]", "--param", "text=lexical", "-o", output.toString(), register.toString()), err.toString());
        try (var files = Files.list(output)) {
            assertEquals(List.of(running.getFileName().toString()), files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith(".dedupe-staging")).toList(), "the stale one removed; one of a run writing now kept");
        }
    }

    @Test
    void runningOutOfMemoryIsSaidWithWhatToDoAndExitsThree() {
        assertEquals(3, Dedupe.outOfMemory(new PrintStream(err, true, StandardCharsets.UTF_8), Dedupe.MORE_HEAP_HERE));
        assertTrue(err.toString().startsWith("innoscape dedupe: the detection ran out of memory (Java heap, "), err.toString());
        assertTrue(err.toString().contains("INNOSCAPE_VM_ARGS=-Xmx"), err.toString());
        err.reset();
        Dedupe.outOfMemory(new PrintStream(err, true, StandardCharsets.UTF_8), DedupeJob.MORE_HEAP_SUBMITTED);
        assertTrue(err.toString().contains("spark.driver.memory"), "spark-submit's driver: " + err);
    }

    @Test
    void aBadParameterIsNamedWithWhatIsAllowed() throws Exception {
        Path register = TestRegister.write(folder.resolve("register.csv"), 30, 3);
        assertEquals(2, dedupe("--engine", "local[1]", "--param", "threshold=1.5", "-o", folder.resolve("out").toString(), register.toString()));
        assertTrue(err.toString().contains("threshold") && err.toString().contains("1.5"), err.toString());
        err.reset();
        assertEquals(2, dedupe("--engine", "local[1]", "--param", "treshold=0.5", "-o", folder.resolve("out").toString(), register.toString()));
        assertTrue(err.toString().contains("no parameter 'treshold'"), err.toString());
    }

    @Test
    void aRegisterWithAnErrorIsRefusedWithItsRowAndColumn() throws Exception {
        Path register = folder.resolve("bad.csv");
        Files.writeString(register, "id,name,description,start_date\nA-1,Remote monitoring,Monitoring at home,2021-04\n"
                + "A-2,Virtual wards,Wards at home,April the first\n");
        assertEquals(2, dedupe("--engine", "local[1]", "-o", folder.resolve("out").toString(), register.toString()));
        assertTrue(err.toString().contains("bad.csv") && err.toString().contains("row 3"), err.toString());
        assertTrue(err.toString().contains("nothing was compared"), err.toString());
        assertFalse(Files.exists(folder.resolve("out/report.json")));
    }

    @Test
    void anOutputThatIsAFileIsRefusedBeforeAnythingRuns() throws Exception {
        Path register = TestRegister.write(folder.resolve("register.csv"), 30, 3);
        Path file = Files.writeString(folder.resolve("taken"), "a file, not a folder");
        assertEquals(2, dedupe("--engine", "local[1]", "--param", "text=lexical", "-o", file.toString(), register.toString()));
        assertEquals("innoscape dedupe: the output folder " + file + " is a file; give a folder (it is created if missing)"
                + System.lineSeparator(), err.toString());
        assertEquals("a file, not a folder", Files.readString(file));
    }

    /** Results are written over files of these names: a register among them would be lost, however it is named on the line. */
    @Test
    void anOutputFolderWhoseResultsWouldReplaceARegisterIsRefused() throws Exception {
        Path output = Files.createDirectories(folder.resolve("work"));
        Path register = TestRegister.write(output.resolve("pairs.csv"), 30, 3);
        String before = Files.readString(register);
        assertEquals(2, dedupe("--engine", "local[1]", "-o", folder.resolve("work/../work").toString(), register.toString()));
        assertTrue(err.toString().contains("would replace the register " + register + " being read; choose another output folder"),
                err.toString());
        assertEquals(before, Files.readString(register));
        assertFalse(Files.exists(output.resolve("report.json")));
        err.reset();
        Path insideParquetOutput = Files.createDirectories(output.resolve("clusters.parquet"));
        Files.createSymbolicLink(folder.resolve("link"), output);
        assertEquals(2, dedupe("--engine", "local[1]", "-o", folder.resolve("link").toString(),
                insideParquetOutput.resolve("part-0.parquet").toString()));
        assertTrue(err.toString().contains("clusters.parquet would replace the register"), err.toString());
        assertEquals(2, Dedupe.execute(new String[] {"--engine", "spark://nowhere:7077", "-o", output.toString(), register.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()));
        assertEquals("", out.toString(), "no spark-submit line is printed for a run that would lose a register");
        err.reset();
        Path partial = Files.copy(register, output.resolve("pairs.csv.partial"));
        assertEquals(2, dedupe("--engine", "local[1]", "-o", output.toString(), partial.toString()));
        assertTrue(err.toString().contains("would replace the register " + partial), err.toString());
        err.reset();
        Path parquetRegister = Files.createDirectories(folder.resolve("grants.parquet"));
        assertEquals(2, dedupe("--engine", "local[1]", "-o", parquetRegister.resolve("results").toString(), parquetRegister.toString()));
        assertTrue(err.toString().contains("is the register " + parquetRegister + " or inside it"), err.toString());
    }

    @Test
    void optionsThatCannotWorkAreRefusedBeforeSparkStarts() throws Exception {
        Path register = TestRegister.write(folder.resolve("register.csv"), 30, 3);
        String out = folder.resolve("out").toString();
        assertEquals(2, dedupe("--engine", "local[1]", "--slices", "0", "-o", out, register.toString()));
        assertTrue(err.toString().contains("--slices must be 1 or more, got 0"), err.toString());
        assertEquals(2, dedupe("--engine", "local[0]", "-o", out, register.toString()));
        assertTrue(err.toString().contains("--engine local[0]: give local, local[N] with N from 1, or local[*]"), err.toString());
        assertEquals(2, dedupe("--engine", "local[1]", "-o", "", register.toString()));
        assertTrue(err.toString().contains("--output needs a folder"), err.toString());
        // A master given as a Spark setting would override --engine, and its checks, without a word.
        assertEquals(2, dedupe("--engine", "local[1]", "--conf", "spark.master=spark://nohost:1", "-o", out, register.toString()));
        assertTrue(err.toString().contains("--conf spark.master: say where the job runs with --engine"), err.toString());
        // A setting Spark refuses as it starts is a usage error, named with the settings given.
        assertEquals(2, dedupe("--engine", "local[1]", "--conf", "spark.executor.memory=-5g", "-o", out, register.toString()));
        assertTrue(err.toString().contains("Spark could not start with the settings given (--conf spark.executor.memory): "), err.toString());
        // Spark would ignore a key not its own with a line in its log: the user would believe something was set.
        for (String setting : List.of("=x", "notspark=1", "spark.=1")) {
            err.reset();
            assertEquals(2, dedupe("--engine", "local[1]", "--conf", setting, "-o", out, register.toString()), setting);
            assertTrue(err.toString().contains("not a Spark setting; give KEY=VALUE with a key of Spark's"), setting + ": " + err);
        }
        err.reset();
        assertEquals(2, dedupe("--engine", "local[1]", "--param", "threshold=0.5", "--param", "duplication.initiatives.threshold=0.9", "-o", out,
                register.toString()));
        assertTrue(err.toString().contains("--param threshold is given twice"), err.toString());
        err.reset();
        assertEquals(2, dedupe("--engine", "local[1]", "--param", "text=lexical", "--param", "text=semantic", "-o", out, register.toString()));
        assertTrue(err.toString().contains("--param text is given twice"), err.toString());
        // A master Spark does not know is said as such, not sent to spark-submit.
        for (String engine : List.of("garbage", "", "mesos://x:1")) {
            err.reset();
            assertEquals(2, dedupe("--engine", engine, "-o", out, register.toString()), engine);
            assertTrue(err.toString().contains("--engine '" + engine + "': not a place Spark runs"), engine + ": " + err);
        }
        assertFalse(Files.exists(folder.resolve("out")));
    }

    /** One register given twice (here through a link) is said once, not as each of its ids being "also on row N" of itself. */
    @Test
    void theSameRegisterGivenTwiceIsSaidOnce() throws Exception {
        Path register = TestRegister.write(folder.resolve("register.csv"), 30, 3);
        Path link = Files.createSymbolicLink(folder.resolve("again.csv"), register);
        assertEquals(2, dedupe("--engine", "local[1]", "--param", "text=lexical", "-o", folder.resolve("out").toString(), register.toString(),
                link.toString()));
        assertTrue(err.toString().contains(link + " is the same file as " + register + ", given before it; give each register once"),
                err.toString());
        assertFalse(err.toString().contains("also on row"), err.toString());
    }

    /** A file that is not Parquet, or Parquet whose columns a register cannot hold, is bad input named in one line, not a failed run. */
    @Test
    void unreadableOrUnsuitableParquetIsBadInputNamedInOneLine() throws Exception {
        Path garbage = Files.writeString(folder.resolve("garbage.parquet"), "PAR1 not really");
        assertEquals(2, dedupe("--engine", "local[1]", "-o", folder.resolve("out").toString(), garbage.toString()));
        List<String> lines = err.toString().lines().filter(l -> l.contains(garbage.toString())).toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith(garbage + ": the file is not readable Parquet: "), lines.get(0));
        // Told by its bytes before Spark reads it (Spark's failed tasks print their stack traces on the JVM's standard error).
        assertTrue(lines.get(0).contains("does not begin and end with Parquet's mark (PAR1)"), lines.get(0));
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
        err.reset();
        Path nested = folder.resolve("nested.parquet");
        try (SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate()) {
            spark.sql("SELECT 'A-1' AS id, 'Remote monitoring' AS name, map('k', 'AHSN Network') AS owner").write().parquet(nested.toString());
        }
        assertEquals(2, dedupe("--engine", "local[1]", "-o", folder.resolve("out").toString(), nested.toString()));
        assertTrue(err.toString().contains("column 'owner' holds map<string,string>; a register's columns hold text, numbers"), err.toString());
        assertFalse(Files.exists(folder.resolve("out/report.json")));
    }

    /** The printed spark-submit line is pasted into a shell: nothing in it may be globbed, split or unquoted. */
    @Test
    void thePrintedLineQuotesWhatAShellWouldReadIntoIt() {
        assertEquals("/opt/job-lib/a.jar,/opt/b.jar", Dedupe.shellQuoted("/opt/job-lib/a.jar,/opt/b.jar"));
        assertEquals("'local[2]'", Dedupe.shellQuoted("local[2]"));
        assertEquals("'innoscape dedupe'", Dedupe.shellQuoted("innoscape dedupe"));
        assertEquals("'/data/*.csv'", Dedupe.shellQuoted("/data/*.csv"));
        assertEquals("'it'\\''s'", Dedupe.shellQuoted("it's"));
        assertEquals("'$HOME'", Dedupe.shellQuoted("$HOME"));
    }

    @Test
    void helpListsTheEnginesAndExitCodes() {
        assertEquals(0, dedupe("--help"));
        String help = out.toString();
        assertTrue(help.contains("--engine") && help.contains("spark://HOST:PORT") && help.contains("--driver"), help);
        assertTrue(help.contains("4   the results could not be written"), help);
    }

    private static List<List<String>> rows(Path csv) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv); CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    /** A master that does not answer is said at once (Spark would retry for a minute and end the JVM itself). */
    @Test
    void anUnreachableMasterIsSaidWithinSecondsWhenThisJvmIsTheDriver() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        long start = System.nanoTime();
        int code = dedupe("--engine", "spark://127.0.0.1:" + closedPort, "--driver", "here", "--output",
                folder.resolve("out").toString(), TestRegister.write(folder.resolve("r.csv"), 20, 1).toString());
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(DedupeJob.FAILED, code, err.toString());
        assertTrue(err.toString().contains("cannot reach the Spark master spark://127.0.0.1:" + closedPort)
                && err.toString().contains("connection refused"), err.toString());
        assertTrue(seconds < 10, "said within seconds: " + seconds + " s");
        assertTrue(MasterAddress.unreachable("spark://no-such-host.invalid:7077", 2000).orElseThrow().contains("no such host"));
        assertTrue(MasterAddress.unreachable("spark://h:x", 2000).orElseThrow().contains("not a port number"));
        assertTrue(MasterAddress.unreachable("spark://:7077", 2000).orElseThrow().contains("give the master's host"));
        assertTrue(MasterAddress.unreachable("yarn", 2000).isEmpty(), "other masters are Spark's to reach");
    }

    /** A model given as input is only read: what the run keeps (the embedding cache) goes to the output folder. */
    @Test
    void aModelInputIsOnlyReadAndItsCacheGoesToTheOutputFolder() throws Exception {
        Path register = TestRegister.write(folder.resolve("register.csv"), 60, 5);
        InnovationSystem model = RegisterModel.load(List.of(register), folder.resolve("scratch"), SameResultsAsEmbeddedEngineTest.quiet());
        Path input = java.nio.file.Files.createDirectories(folder.resolve("input")).resolve("portfolio.innoscape");
        new org.innoscape.model.persistence.ModelStore().save(model, input);
        List<Path> before;
        try (var listed = java.nio.file.Files.list(input.getParent())) {
            before = listed.sorted().toList();
        }
        Path output = folder.resolve("out");
        assertEquals(0, dedupe("--engine", "local[2]", "--param", "duplication.initiatives.text=token-vectors", "-o", output.toString(),
                input.toString()), err.toString());
        try (var beside = java.nio.file.Files.list(input.getParent())) {
            assertEquals(before, beside.sorted().toList(), "nothing written beside the input");
        }
        try (var written = java.nio.file.Files.list(output)) {
            assertTrue(written.anyMatch(p -> p.getFileName().toString().startsWith(".portfolio.") && p.toString().endsWith(".embeddings")),
                    "the embedding cache is kept in the output folder");
        }
    }
}
