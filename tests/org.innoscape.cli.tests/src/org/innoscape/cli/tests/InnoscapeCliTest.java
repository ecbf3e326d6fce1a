package org.innoscape.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.internal.InnoscapeCli;
import org.innoscape.cli.UsageException;
import org.junit.jupiter.api.Test;

class InnoscapeCliTest {

    /** A command that echoes its arguments, or refuses "--bad". */
    private static final Command ECHO = new Command() {
        @Override
        public String name() {
            return "echo";
        }

        @Override
        public String summary() {
            return "print the arguments";
        }

        @Override
        public String usage() {
            return "Usage: innoscape echo WORD...\n";
        }

        @Override
        public int run(List<String> arguments, Console console) throws UsageException {
            if (arguments.contains("--bad")) {
                throw new UsageException("'--bad' is not an option");
            }
            if (arguments.contains("--crash")) {
                throw new NoClassDefFoundError("org/example/Missing");
            }
            console.out().println(String.join(" ", arguments));
            return ExitCode.OK;
        }
    };

    private final InnoscapeCli cli = new InnoscapeCli("1.2.3", List.of(ECHO));
    private final CapturedConsole captured = new CapturedConsole();

    @Test
    void helpListsCommandsAndExitsZero() {
        assertEquals(ExitCode.OK, cli.run(List.of("--help"), captured.console));
        assertTrue(captured.out().contains("Usage:"), captured.out());
        assertTrue(captured.out().contains("echo  print the arguments") || captured.out().contains("echo     print"),
                captured.out());
        assertTrue(captured.out().contains("version"), captured.out());
        assertEquals("", captured.err());
    }

    @Test
    void versionPrintsTheVersion() {
        assertEquals(ExitCode.OK, cli.run(List.of("--version"), captured.console));
        assertEquals("Innoscape 1.2.3", captured.out().strip());
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("frobnicate"), captured.console));
        assertTrue(captured.err().contains("unknown command 'frobnicate'"), captured.err());
        assertEquals("", captured.out(), "nothing goes to stdout on an error");
    }

    @Test
    void anUnforeseenFailureIsReportedWithItsOwnExitCode() {
        assertEquals(ExitCode.INTERNAL_ERROR, cli.run(List.of("echo", "--crash"), captured.console));
        assertTrue(captured.err().contains("echo: internal error (NoClassDefFoundError: org/example/Missing)"), captured.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("--frob"), captured.console));
        assertTrue(captured.err().contains("unknown option '--frob'"), captured.err());
    }

    @Test
    void noCommandIsAUsageErrorWithTheUsage() {
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of(), captured.console));
        assertTrue(captured.err().contains("Usage:"), captured.err());
    }

    @Test
    void commandRunsWithItsArguments() {
        assertEquals(ExitCode.OK, cli.run(List.of("echo", "a", "b"), captured.console));
        assertEquals("a b", captured.out().strip());
    }

    @Test
    void commandUsageErrorNamesTheCommandAndExitsTwo() {
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("echo", "--bad"), captured.console));
        assertTrue(captured.err().contains("innoscape echo: '--bad' is not an option"), captured.err());
        assertTrue(captured.err().contains("help echo"), captured.err());
    }

    @Test
    void helpForOneCommandShowsItsUsage() {
        assertEquals(ExitCode.OK, cli.run(List.of("help", "echo"), captured.console));
        assertEquals("Usage: innoscape echo WORD...", captured.out().strip());
        CapturedConsole second = new CapturedConsole();
        assertEquals(ExitCode.OK, cli.run(List.of("echo", "--help"), second.console));
        assertEquals("Usage: innoscape echo WORD...", second.out().strip());
    }
}
