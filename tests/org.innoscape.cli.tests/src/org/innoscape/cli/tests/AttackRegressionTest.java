package org.innoscape.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.innoscape.analysis.AnalysisRegistry;
import org.innoscape.cli.internal.AnalyzeCommand;
import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.internal.ExportCommand;
import org.innoscape.cli.internal.ImportCommand;
import org.innoscape.cli.internal.InnoscapeCli;
import org.innoscape.cli.internal.ReviewCommand;
import org.innoscape.cli.internal.ValidateCommand;
import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.ModelLock;
import org.innoscape.model.persistence.ModelStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every failure found by the adversarial pass over the entry points (the hardening issue), replayed:
 * each test failed before its fix.
 */
class AttackRegressionTest {
    private final InnoscapeCli cli = new InnoscapeCli("test", List.of(new AnalyzeCommand("test", AnalysisRegistry::fromExtensions),
            new ExportCommand(), new ImportCommand(), new ReviewCommand(), new ValidateCommand(),
            new org.innoscape.cli.internal.PublishCommand("test", () -> {
                throw new AssertionError("a site that cannot be published must be refused before the analyses run");
            })));

    @TempDir
    Path folder;
    private Path model;
    private byte[] modelBytes;

    @BeforeEach
    void saveExample() throws Exception {
        model = folder.resolve("england.innoscape");
        new ModelStore().save(EnglandHealthInnovation2021.build(), model);
        modelBytes = Files.readAllBytes(model);
    }

    private CapturedConsole run(int expected, String... arguments) {
        CapturedConsole captured = new CapturedConsole();
        assertEquals(expected, cli.run(List.of(arguments), captured.console), String.join(" ", arguments) + "\n" + captured.out()
                + captured.err());
        return captured;
    }

    private void assertModelUnchanged() throws Exception {
        assertArrayEquals(modelBytes, Files.readAllBytes(model), "the model file is unchanged");
    }

    // 2. The model overwritten by its own output.
    @Test
    void theModelIsNeverItsOwnOutput() throws Exception {
        String err = run(ExitCode.USAGE_OR_INPUT_ERROR, "analyze", model.toString(), "--format", "markdown", "--output", model.toString()).err();
        assertTrue(err.contains("is the model"), err);
        for (String format : List.of("json", "xlsx", "graphml", "gexf")) {
            run(ExitCode.USAGE_OR_INPUT_ERROR, "export", model.toString(), "--format", format, "--output", model.toString());
        }
        Path link = Files.createSymbolicLink(folder.resolve("link.md"), model);
        run(ExitCode.USAGE_OR_INPUT_ERROR, "analyze", model.toString(), "--output", link.toString());
        assertModelUnchanged();
    }

    /** The CSV registers are a folder of files: none of them may be the model, by a link or by its name (session 29's pass). */
    @Test
    void noFileOfAFolderExportIsTheModel() throws Exception {
        Path out = Files.createDirectories(folder.resolve("registers"));
        Files.createSymbolicLink(out.resolve("initiatives.csv"), model);
        String err = run(ExitCode.USAGE_OR_INPUT_ERROR, "export", model.toString(), "--format", "csv", "--output", out.toString()).err();
        assertTrue(err.contains("is the model " + model + " itself"), err);
        assertModelUnchanged();
        assertFalse(Files.exists(out.resolve("actors.csv")), "nothing is written");
        Path named = Files.copy(model, Files.createDirectories(folder.resolve("named")).resolve("actors.csv"));
        run(ExitCode.USAGE_OR_INPUT_ERROR, "export", named.toString(), "--format", "csv", "--output", named.getParent().toString());
        assertArrayEquals(modelBytes, Files.readAllBytes(named));
        Path file = Files.writeString(folder.resolve("notes.txt"), "mine");
        err = run(ExitCode.USAGE_OR_INPUT_ERROR, "export", model.toString(), "--format", "csv", "--output", file.toString()).err();
        assertTrue(err.contains("--format csv writes a folder of files; " + file + " is a file"), err);
        assertEquals("mine", Files.readString(file));
    }

    // 9. --output - and --format=json; missing folders; special files.
    @Test
    void outputsAreStdoutFilesOrRefused() throws Exception {
        String json = run(ExitCode.OK, "analyze", model.toString(), "--format=json", "--output", "-", "--fail-on=never").out();
        assertTrue(json.startsWith("{"), json);
        assertFalse(Files.exists(Path.of("-")), "no file named '-'");
        String graph = run(ExitCode.OK, "export", model.toString(), "--format", "graphml", "--output", "-").out();
        assertTrue(graph.contains("<graphml"), graph);
        Path nested = folder.resolve("no/such/dir/report.txt");
        assertTrue(run(ExitCode.USAGE_OR_INPUT_ERROR, "analyze", model.toString(), "--output", nested.toString()).err().contains("--mkdirs"));
        assertFalse(Files.exists(folder.resolve("no")), "no folder is created without --mkdirs");
        run(ExitCode.OK, "analyze", model.toString(), "--output", nested.toString(), "--mkdirs", "--fail-on", "never");
        assertTrue(Files.exists(nested));
        String device = run(ExitCode.USAGE_OR_INPUT_ERROR, "analyze", model.toString(), "--output", folder.toString()).err();
        assertTrue(device.contains("not a regular file"), device);
    }

    // "@name" is a file's name as typed, never a file of more arguments (picocli expands those unless told not to).
    @Test
    void anArgumentStartingWithAtIsAFileNameNotMoreArguments() throws Exception {
        Path arguments = folder.resolve("arguments.txt");
        Files.writeString(arguments, "--help");
        CapturedConsole refused = run(ExitCode.USAGE_OR_INPUT_ERROR, "validate", "@" + arguments);
        assertFalse(refused.out().contains("Usage"), "the file's words are not read as options: " + refused.out());
        assertTrue(refused.err().contains("@" + arguments), refused.err());
    }

    // 5. Links, read-only models, owner and group.
    @Test
    void aSymlinkedModelIsUpdatedThroughItsLinkAndAReadOnlyModelIsRefused() throws Exception {
        Path register = Files.writeString(folder.resolve("one.csv"), "id,name\nN1,New programme\n");
        Path link = Files.createSymbolicLink(folder.resolve("linked.innoscape"), model);
        run(ExitCode.OK, "import", register.toString(), "--into", link.toString());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(Files.readString(model).contains("New programme"), "its target was updated");

        Path readOnly = folder.resolve("read-only.innoscape");
        Files.write(readOnly, modelBytes);
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        String err = run(ExitCode.USAGE_OR_INPUT_ERROR, "import", register.toString(), "--into", readOnly.toString()).err();
        assertTrue(err.contains("read-only"), err);
        assertArrayEquals(modelBytes, Files.readAllBytes(readOnly));
    }

    // 3. Lost updates: a second writer waits, then is refused, naming the holder.
    @Test
    void aSecondWriterIsRefusedWhileTheModelIsLocked() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try (ModelLock lock = ModelLock.acquire(model, Duration.ofSeconds(1))) {
                locked.countDown();
                done.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        holder.start();
        locked.await();
        try {
            Path register = Files.writeString(folder.resolve("two.csv"), "id,name\nN2,Another\n");
            String err = run(ExitCode.USAGE_OR_INPUT_ERROR, "import", register.toString(), "--into", model.toString()).err();
            assertTrue(err.contains("is being changed by another Innoscape (process "), err);
            assertModelUnchanged();
        } finally {
            done.countDown();
            holder.join();
        }
    }

    // 4. No network from a model file: a server on the loopback records every connection.
    @Test
    void aModelFileNeverCausesANetworkRequest() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            Thread listener = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        server.accept().close();
                        connections.incrementAndGet();
                    } catch (Exception closed) {
                        return;
                    }
                }
            });
            listener.setDaemon(true);
            listener.start();
            String base = "http://127.0.0.1:" + server.getLocalPort();
            Path foreignNamespace = Files.writeString(folder.resolve("ns.innoscape"), "<?xml version=\"1.0\"?>\n"
                    + "<x:System xmlns:x=\"" + base + "/meta.ecore\" name=\"n\"/>\n");
            Path href = Files.writeString(folder.resolve("href.innoscape"), new String(modelBytes, StandardCharsets.UTF_8)
                    .replaceFirst("<initiatives ", "<initiatives owners=\"" + base + "/other.innoscape#x\" "));
            long start = System.nanoTime();
            run(ExitCode.USAGE_OR_INPUT_ERROR, "validate", foreignNamespace.toString());
            CapturedConsole second = new CapturedConsole();
            int code = cli.run(List.of("validate", href.toString()), second.console);
            assertTrue(code != ExitCode.OK || second.out().contains("refers"), second.out() + second.err());
            assertTrue((System.nanoTime() - start) / 1e9 < 30, "no wait on a server");
            Thread.sleep(200);
            assertEquals(0, connections.get(), "no request reached the server");
        }
    }

    // 6. Injection: Markdown and text reports are escaped for their medium; CSV/XLSX headers are neutralised.
    @Test
    void reportsAndExportsEscapeWhatAModelHolds() throws Exception {
        InnovationSystem system = new ModelStore().load(model);
        system.getInitiatives().get(0).setName("<script>alert(1)</script> [click](javascript:alert(1)) a\\|b\r# Heading \u001b[31mred");
        var property = org.innoscape.model.InnoscapeFactory.eINSTANCE.createProperty();
        property.setKey("=HYPERLINK(\"http://x\")");
        property.setValue("\t=1+1");
        system.getInitiatives().get(0).getProperties().add(property);
        // An ESC cannot be saved; the reports are checked from the in-memory model through the writers.
        system.getInitiatives().get(0).setName(system.getInitiatives().get(0).getName().replace("\u001b", ""));
        Path hostile = folder.resolve("hostile.innoscape");
        new ModelStore().save(system, hostile);
        String markdown = run(ExitCode.OK, "analyze", hostile.toString(), "--format", "markdown", "--fail-on", "never").out();
        assertFalse(markdown.contains("<script>"), "no raw HTML");
        assertFalse(markdown.contains("](javascript:"), "no link");
        assertFalse(markdown.contains("\r"), "no bare CR");
        assertFalse(markdown.contains("\n# Heading"), "no new heading");
        Path registers = folder.resolve("registers");
        run(ExitCode.OK, "export", hostile.toString(), "--format", "csv", "--output", registers.toString());
        String initiatives = Files.readString(registers.resolve("initiatives.csv"));
        assertTrue(initiatives.lines().findFirst().orElseThrow().contains("\"'=HYPERLINK(\"\"http://x\"\")\""), initiatives.lines().findFirst().get());
        assertTrue(initiatives.contains("'\t=1+1"), "a tab-prefixed formula is neutralised");
    }

    // 1. A cell of 90,000 apostrophes before '=' no longer overflows the stack on export.
    @Test
    void deeplyQuotedCellsExport() throws Exception {
        InnovationSystem system = new ModelStore().load(model);
        system.getInitiatives().get(0).setDescription("'".repeat(90_000) + "=1");
        Path deep = folder.resolve("deep.innoscape");
        new ModelStore().save(system, deep);
        run(ExitCode.OK, "export", deep.toString(), "--format", "csv", "--output", folder.resolve("deep").toString());
        assertTrue(Files.readString(folder.resolve("deep/initiatives.csv")).contains("'".repeat(90_001) + "=1"));
    }

    // 7. Control characters are refused at import (dry run included), with row and column.
    @Test
    void controlCharactersAreRefusedAtImportWithTheirPlace() throws Exception {
        Path register = Files.writeString(folder.resolve("esc.csv"), "id,name\nE1,Bad\u001bname\n");
        String out = run(ExitCode.USAGE_OR_INPUT_ERROR, "import", register.toString(), "--into", model.toString(), "--dry-run").out();
        assertTrue(out.contains("row 2, column name") && out.contains("U+001B"), out);
        assertModelUnchanged();
    }

    /** A review's note or reviewer the model file cannot hold is usage (2), said with its place, not an internal error (session 29). */
    @Test
    void controlCharactersInAReviewAreUsageErrors() throws Exception {
        String err = run(ExitCode.USAGE_OR_INPUT_ERROR, "review", model.toString(), "--not-duplicate", "a", "b", "--note",
                "line1\nline2\u001b[31m").err();
        assertTrue(err.contains("--note holds the control character U+001B at position 12"), err);
        assertFalse(err.contains("\u001b"), "the escape is not echoed to the terminal: " + err);
        err = run(ExitCode.USAGE_OR_INPUT_ERROR, "review", model.toString(), "--not-duplicate", "a", "b", "--reviewer", "a\u0001b").err();
        assertTrue(err.contains("--reviewer holds the control character U+0001 at position 2"), err);
        err = run(ExitCode.USAGE_OR_INPUT_ERROR, "review", model.toString(), "--list", "--not-duplicate", "a", "b").err();
        assertTrue(err.contains("--list and --not-duplicate are two uses"), err);
        assertModelUnchanged();
    }

    /** '-' where a model file is updated: refused as such, never a file named '-' (session 29's pass). */
    @Test
    void standardInputIsNoModelToUpdate() throws Exception {
        Path register = Files.writeString(folder.resolve("r.csv"), "id,name\nP1,One\n");
        String err = run(ExitCode.USAGE_OR_INPUT_ERROR, "import", register.toString(), "--into", "-").err();
        assertTrue(err.contains("--into needs a model file"), err);
        assertFalse(Files.exists(Path.of("-")), "no file named '-'");
        err = run(ExitCode.USAGE_OR_INPUT_ERROR, "import", register.toString(), "--into", folder.resolve("no/such/m.innoscape").toString()).err();
        assertTrue(err.contains("does not exist; create it first"), err);
        assertFalse(Files.exists(folder.resolve("no")), "a mistyped folder is not created");
        err = run(ExitCode.USAGE_OR_INPUT_ERROR, "import", register.toString(), "--into", folder.toString()).err();
        assertTrue(err.contains("is a folder; give the model file"), err);
        assertFalse(Files.exists(folder.resolveSibling("." + folder.getFileName() + ".lock")), "no lock is left beside it");
        err = run(ExitCode.USAGE_OR_INPUT_ERROR, "review", "-", "--list").err();
        assertTrue(err.contains("'-' (standard input) cannot be used here"), err);
    }

    /** A publication that cannot go where asked is refused before the analyses (minutes on a large model), saying why. */
    @Test
    void aSiteThatCannotBePublishedIsRefusedBeforeTheAnalyses() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.txt"), "mine");
        String err = run(ExitCode.USAGE_OR_INPUT_ERROR, "publish", model.toString(), "--output", file.toString()).err();
        assertTrue(err.contains(file + " is a file, not a folder"), err);
        err = run(ExitCode.USAGE_OR_INPUT_ERROR, "publish", model.toString(), "--output", file.resolve("site").toString()).err();
        assertTrue(err.contains("the folder " + file + " is a file, not a folder"), err);
        Path documents = Files.createDirectories(folder.resolve("documents"));
        Files.writeString(documents.resolve("thesis.txt"), "precious");
        err = run(ExitCode.USAGE_OR_INPUT_ERROR, "publish", model.toString(), "--output", documents.toString()).err();
        assertTrue(err.contains("not an earlier publication"), err);
        assertEquals("mine", Files.readString(file));
    }

    // 9. Bad parameters are usage errors in every format.
    @Test
    void badParametersAreUsageErrors() {
        for (String format : List.of("json", "text")) {
            run(ExitCode.USAGE_OR_INPUT_ERROR, "analyze", model.toString(), "--format", format, "--param",
                    "alignment.funding-recipients.max-innovator-only-share=NaN");
        }
        String twice = run(ExitCode.USAGE_OR_INPUT_ERROR, "analyze", model.toString(), "--param", "duplication.initiatives.text=lexical",
                "--param", "duplication.initiatives.text=semantic").err();
        assertTrue(twice.contains("--param duplication.initiatives.text is given twice"), twice);
        String err = run(ExitCode.USAGE_OR_INPUT_ERROR, "analyze", model.toString(), "--param", "nosuch.rule.x=1").err();
        assertTrue(err.contains("not an analysis that runs"), err);
        String choice = run(ExitCode.USAGE_OR_INPUT_ERROR, "analyze", model.toString(), "--format", "csv", "--param",
                "duplication.initiatives.text=bogus").err();
        assertTrue(choice.contains("duplication.initiatives.text: expected one of auto, semantic, token-vectors, lexical, got 'bogus'"), choice);
    }

    // 1. Errors never end with exit 0: out of memory is 4, anything unforeseen 3 with a diagnostic file, a failed write 4.
    @Test
    void failuresNeverExitZero() {
        Command failing = new FailingCommand();
        InnoscapeCli failingCli = new InnoscapeCli("test", List.of(failing));
        CapturedConsole oom = new CapturedConsole();
        assertEquals(ExitCode.RESOURCES, failingCli.run(List.of("fail", "oom"), oom.console));
        assertTrue(oom.err().contains("out of memory"), oom.err());
        assertTrue(oom.err().matches("(?s).*It had \\d+\\.\\d GB of heap .* INNOSCAPE_VM_ARGS=-Xmx<size>, e\\.g\\. -Xmx\\d+g.*"), oom.err());
        CapturedConsole stack = new CapturedConsole();
        assertEquals(ExitCode.RESOURCES, failingCli.run(List.of("fail", "stack"), stack.console));
        CapturedConsole bug = new CapturedConsole();
        assertEquals(ExitCode.INTERNAL_ERROR, failingCli.run(List.of("fail", "bug"), bug.console));
        assertTrue(bug.err().contains("The diagnostic is in "), bug.err());
        PrintStream full = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        }, true, StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(ExitCode.RESOURCES, failingCli.run(List.of("fail", "write"), new Console(full, new PrintStream(err, true,
                StandardCharsets.UTF_8))));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("could not be written"));
        // A report to a full standard output is said once, by the command (session 29's pass: a second line followed).
        ByteArrayOutputStream reportErr = new ByteArrayOutputStream();
        assertEquals(ExitCode.RESOURCES, cli.run(List.of("analyze", model.toString(), "--format", "json", "--output", "-", "--fail-on",
                "never"), new Console(full, new PrintStream(reportErr, true, StandardCharsets.UTF_8))));
        List<String> lines = reportErr.toString(StandardCharsets.UTF_8).lines().filter(line -> line.contains("could not be written")).toList();
        assertEquals(1, lines.size(), reportErr.toString(StandardCharsets.UTF_8));
    }

    /**
     * Out of memory again while the message is made (the heap still full: seen at 100,000 rows with too small a heap, when
     * the error reached Equinox, which logged it and ended the process with 0): still exit 4, with the short line if it can.
     */
    @Test
    void runningOutOfMemoryWhileSayingSoStillExitsFour() {
        InnoscapeCli failingCli = new InnoscapeCli("test", List.of(new FailingCommand()));
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int[] refusals = {1};
        PrintStream fullOnce = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                if (refusals[0]-- > 0) {
                    throw new OutOfMemoryError("Java heap space");
                }
                said.write(b, off, len);
            }
        }, true, StandardCharsets.UTF_8);
        assertEquals(ExitCode.RESOURCES, failingCli.run(List.of("fail", "oom"), new Console(new PrintStream(new ByteArrayOutputStream()),
                fullOnce)));
        assertTrue(said.toString(StandardCharsets.UTF_8).contains("innoscape: out of memory. Nothing was written."), said.toString());

        PrintStream alwaysFull = failingOnEveryWrite(() -> new OutOfMemoryError("Java heap space"));
        assertEquals(ExitCode.RESOURCES, failingCli.run(List.of("fail", "oom"), new Console(new PrintStream(new ByteArrayOutputStream()),
                alwaysFull)), "nothing can be said: the exit code still tells");
        PrintStream broken = failingOnEveryWrite(() -> new IllegalStateException("stream closed under us"));
        assertEquals(ExitCode.INTERNAL_ERROR, failingCli.run(List.of("fail", "bug"), new Console(new PrintStream(new ByteArrayOutputStream()),
                broken)), "a failure while reporting a bug is not a success either");
    }

    /** A stream whose every write throws what {@code failure} makes (an error or an unchecked exception). */
    private static PrintStream failingOnEveryWrite(java.util.function.Supplier<? extends Throwable> failure) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                Throwable thrown = failure.get();
                if (thrown instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) thrown;
            }
        }, true, StandardCharsets.UTF_8);
    }

    /** Fails in the way its one argument names. */
    @picocli.CommandLine.Command(name = "fail", description = "fails")
    static final class FailingCommand implements Command {
        @picocli.CommandLine.Parameters(paramLabel = "HOW", description = "oom, stack, bug or write")
        String how;

        @Override
        public int run(Console console) {
            switch (how) {
                case "oom" -> throw new OutOfMemoryError("Java heap space");
                case "stack" -> throw new StackOverflowError();
                case "bug" -> throw new AssertionError("broken invariant");
                default -> {
                    console.out().println("a report");
                    return ExitCode.OK;
                }
            }
        }
    }
}
