package org.innoscape.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.innoscape.cli.Command;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.internal.Commands;
import org.innoscape.cli.internal.InnoscapeCli;
import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.model.persistence.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands contributed through org.innoscape.cli.commands (this fragment's fragment.xml). */
class ContributedCommandTest {

    @TempDir
    Path folder;

    @Test
    void aContributedCommandIsListedAndRuns() throws Exception {
        List<Command> commands = Commands.all("test");
        assertTrue(commands.stream().anyMatch(c -> InnoscapeCli.nameOf(c).equals("count-actors")), commands.toString());
        InnoscapeCli cli = new InnoscapeCli("test", commands);

        CapturedConsole help = new CapturedConsole();
        assertEquals(ExitCode.OK, cli.run(List.of("--help"), help.console));
        assertTrue(help.out().contains("count-actors") && help.out().contains("a contributed command"), help.out());

        Path model = folder.resolve("england.innoscape");
        new ModelStore().save(EnglandHealthInnovation2021.build(), model);
        CapturedConsole run = new CapturedConsole();
        assertEquals(ExitCode.OK, cli.run(List.of("count-actors", model.toString()), run.console), run.err());
        assertEquals("46 actors", run.out().trim());

        CapturedConsole wrong = new CapturedConsole();
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("count-actors"), wrong.console));
        assertTrue(wrong.err().contains("innoscape count-actors: missing required parameter: 'MODEL'"), wrong.err());

        CapturedConsole help1 = new CapturedConsole();
        assertEquals(ExitCode.OK, cli.run(List.of("help", "count-actors"), help1.console));
        assertTrue(help1.out().contains("Usage: innoscape count-actors") && help1.out().contains("-h, --help")
                && help1.out().contains("Exit codes:"), "every command gets --help and the exit codes: " + help1.out());
    }

    @Test
    void brokenOrClashingContributionsAreSkippedAndLogged() {
        List<String> warnings = new java.util.ArrayList<>();
        Logger logger = Logger.getLogger(Commands.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            List<Command> commands = Commands.all("test");
            assertEquals(1, commands.stream().filter(c -> InnoscapeCli.nameOf(c).equals("validate")).count());
            assertFalse(commands.stream().anyMatch(c -> c instanceof ClashingValidateCommand), "a built-in command is never replaced");
            assertFalse(commands.stream().anyMatch(c -> c instanceof UnannotatedCommand));
            assertEquals(1, commands.stream().filter(c -> c instanceof CountActorsCommand).count(), "other-name is skipped");
        } finally {
            logger.removeHandler(handler);
        }
        assertTrue(warnings.stream().anyMatch(w -> w.contains("NoSuchCommand")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("'validate' is already taken")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("declared as 'other-name' calls itself 'count-actors'")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("UnannotatedCommand is not annotated with picocli's @Command")),
                warnings.toString());
    }
}
