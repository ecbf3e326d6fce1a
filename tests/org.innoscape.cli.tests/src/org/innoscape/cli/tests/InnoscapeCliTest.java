package org.innoscape.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.UsageException;
import org.innoscape.cli.internal.InnoscapeCli;
import org.junit.jupiter.api.Test;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The dispatcher: parsing conventions, help, errors and exit codes shared by every command. */
class InnoscapeCliTest {

    /** Echoes its words, prefixed by --prefix; refuses "bad" as a usage error and crashes on "crash". */
    @picocli.CommandLine.Command(name = "echo", description = { "print the arguments", "", "Prints WORD... on one line." })
    static final class EchoCommand implements Command {
        @Parameters(paramLabel = "WORD", arity = "0..*", description = "the words")
        List<String> words = new ArrayList<>();

        @Option(names = { "-p", "--prefix" }, paramLabel = "TEXT", description = "printed first")
        String prefix;

        @Option(names = { "-u", "--upper" }, description = "in capitals")
        boolean upper;

        @Override
        public int run(Console console) throws UsageException {
            if (words.contains("bad")) {
                throw new UsageException("'bad' is not a word");
            }
            if (words.contains("crash")) {
                throw new NoClassDefFoundError("org/example/Missing");
            }
            String line = (prefix == null ? "" : prefix + " ") + String.join(" ", words);
            console.out().println(upper ? line.toUpperCase(java.util.Locale.ROOT) : line);
            return ExitCode.OK;
        }
    }

    private final InnoscapeCli cli = new InnoscapeCli("1.2.3", List.of(new EchoCommand()));
    private final CapturedConsole captured = new CapturedConsole();

    @Test
    void helpListsCommandsWithTheirSummariesAndExitsZero() {
        assertEquals(ExitCode.OK, cli.run(List.of("--help"), captured.console));
        String out = captured.out();
        assertTrue(out.contains("Usage:"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+echo\\s+print the arguments")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+version\\s+.*")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+completion\\s+.*")), out);
        assertTrue(out.contains("Exit codes:"), out);
        for (var code : ExitCode.descriptions().entrySet()) {
            assertTrue(out.lines().anyMatch(l -> l.strip().equals(code.getKey() + "   " + code.getValue())), "exit code " + code + " in " + out);
        }
        assertEquals("", captured.err());
    }

    @Test
    void versionPrintsTheVersionThreeWays() {
        for (String word : List.of("--version", "-V", "version")) {
            CapturedConsole console = new CapturedConsole();
            assertEquals(ExitCode.OK, cli.run(List.of(word), console.console), word);
            assertEquals("Innoscape 1.2.3", console.out().strip(), word);
        }
    }

    @Test
    void unknownCommandIsAUsageErrorWithASuggestion() {
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("ecko"), captured.console));
        assertTrue(captured.err().contains("innoscape: unknown command 'ecko'"), captured.err());
        assertTrue(captured.err().contains("echo"), "suggests the nearest command: " + captured.err());
        assertTrue(captured.err().contains("innoscape --help"), captured.err());
        assertEquals("", captured.out(), "nothing goes to stdout on an error");
    }

    @Test
    void anUnforeseenFailureIsReportedWithItsOwnExitCode() {
        assertEquals(ExitCode.INTERNAL_ERROR, cli.run(List.of("echo", "crash"), captured.console));
        assertTrue(captured.err().contains("echo: internal error (NoClassDefFoundError: org/example/Missing)"), captured.err());
    }

    @Test
    void unknownOptionsAreUsageErrorsNamingTheCommand() {
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("--frob"), captured.console));
        assertTrue(captured.err().contains("innoscape: unknown option '--frob'"), captured.err());
        CapturedConsole sub = new CapturedConsole();
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("echo", "--frob"), sub.console));
        assertTrue(sub.err().contains("innoscape echo: unknown option: '--frob'"), sub.err());
        assertTrue(sub.err().contains("innoscape help echo"), sub.err());
    }

    @Test
    void anOptionWithoutItsValueIsAUsageError() {
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("echo", "--prefix"), captured.console));
        assertTrue(captured.err().contains("innoscape echo: missing required parameter for option '--prefix'"), captured.err());
        CapturedConsole followed = new CapturedConsole();
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("echo", "--prefix", "--upper", "a"), followed.console));
        assertTrue(followed.err().contains("--prefix"), "an option is not taken as the value of another: " + followed.err());
    }

    @Test
    void noCommandIsAUsageErrorWithTheUsage() {
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of(), captured.console));
        assertTrue(captured.err().contains("no command given") && captured.err().contains("Usage:"), captured.err());
    }

    @Test
    void commandRunsWithItsArguments() {
        assertEquals(ExitCode.OK, cli.run(List.of("echo", "a", "b"), captured.console));
        assertEquals("a b", captured.out().strip());
    }

    @Test
    void standardConventionsAreUnderstood() {
        // --name=value, clustered short options, -- ends the options, and '-' is a value.
        assertEquals(ExitCode.OK, cli.run(List.of("echo", "--prefix=>", "a"), captured.console));
        assertEquals("> a", captured.out().strip());
        CapturedConsole clustered = new CapturedConsole();
        assertEquals(ExitCode.OK, cli.run(List.of("echo", "-up>", "a"), clustered.console));
        assertEquals("> A", clustered.out().strip());
        CapturedConsole dashes = new CapturedConsole();
        assertEquals(ExitCode.OK, cli.run(List.of("echo", "--", "--upper", "-"), dashes.console));
        assertEquals("--upper -", dashes.out().strip());
    }

    @Test
    void commandUsageErrorNamesTheCommandAndExitsTwo() {
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("echo", "bad"), captured.console));
        assertTrue(captured.err().contains("innoscape echo: 'bad' is not a word"), captured.err());
        assertTrue(captured.err().contains("help echo"), captured.err());
    }

    @Test
    void helpForOneCommandShowsItsOptionsAndEveryExitCode() {
        assertEquals(ExitCode.OK, cli.run(List.of("help", "echo"), captured.console));
        String help = captured.out();
        assertTrue(help.startsWith("Usage: innoscape echo"), help);
        assertTrue(help.contains("-p, --prefix=TEXT") && help.contains("-h, --help") && help.contains("Prints WORD..."), help);
        for (int code = 0; code <= 4; code++) {
            int c = code;
            assertTrue(help.lines().anyMatch(l -> l.strip().startsWith(c + " ")), "exit code " + code + " listed: " + help);
        }
        CapturedConsole second = new CapturedConsole();
        assertEquals(ExitCode.OK, cli.run(List.of("echo", "--help"), second.console));
        assertEquals(help, second.out(), "--help and 'help echo' show the same text");
    }

    @Test
    void completionScriptCoversCommandsAndOptions() {
        assertEquals(ExitCode.OK, cli.run(List.of("completion"), captured.console));
        String script = captured.out();
        assertTrue(script.startsWith("#!/usr/bin/env bash") || script.contains("complete -F"), script.substring(0, 200));
        assertTrue(script.contains("echo") && script.contains("--prefix") && script.contains("--upper"), "the script knows echo's options");
        assertTrue(script.contains("complete -F") && script.contains("innoscape"), "registers a completion function for innoscape");
    }

    @Test
    void completionScriptCompletesInBash(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        assertEquals(ExitCode.OK, cli.run(List.of("completion"), captured.console));
        java.nio.file.Path script = folder.resolve("innoscape-completion.bash");
        java.nio.file.Files.writeString(script, captured.out());
        String probe = "source '" + script + "'\n"
                + "COMP_WORDS=(innoscape ec); COMP_CWORD=1; COMP_LINE='innoscape ec'; COMP_POINT=${#COMP_LINE}\n"
                + "_complete_innoscape innoscape ec innoscape; echo \"words: ${COMPREPLY[*]}\"\n"
                + "COMP_WORDS=(innoscape echo --pre); COMP_CWORD=2; COMP_LINE='innoscape echo --pre'; COMP_POINT=${#COMP_LINE}\n"
                + "_complete_innoscape innoscape --pre echo; echo \"options: ${COMPREPLY[*]}\"\n";
        Process bash = new ProcessBuilder("/bin/bash", "-c", probe).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), output);
        assertTrue(output.contains("words: echo"), output);
        assertTrue(output.contains("options: --prefix"), output);
    }

    @Test
    void standardInputIsReadForDash() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new ByteArrayInputStream("not a model".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        InnoscapeCli withValidate = new InnoscapeCli("1.2.3", org.innoscape.cli.internal.Commands.all("1.2.3"));
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, withValidate.run(List.of("validate", "-"), console));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("innoscape validate: (standard input)"), message);
        assertFalse(message.contains("stdin.innoscape"), "the temporary file is not shown: " + message);
        assertFalse(message.contains("Run 'innoscape help"), "an input error does not offer the usage: " + message);
    }
}
