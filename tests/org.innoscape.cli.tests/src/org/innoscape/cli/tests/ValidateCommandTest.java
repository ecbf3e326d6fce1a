package org.innoscape.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.innoscape.cli.ExitCode;
import org.innoscape.cli.internal.InnoscapeCli;
import org.innoscape.cli.internal.ValidateCommand;
import org.innoscape.model.Actor;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.build.DefaultTemplate;
import org.innoscape.model.persistence.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private final InnoscapeCli cli = new InnoscapeCli("test", List.of(new ValidateCommand()));
    private final CapturedConsole captured = new CapturedConsole();

    @TempDir
    Path folder;

    @Test
    void validModelExitsZero() throws Exception {
        Path file = folder.resolve("ok.innoscape");
        new ModelStore().save(DefaultTemplate.create("Template"), file);
        assertEquals(ExitCode.OK, cli.run(List.of("validate", file.toString()), captured.console));
        assertTrue(captured.out().contains("valid"), captured.out());
    }

    @Test
    void problemsArePrintedAndExitOne() throws Exception {
        var system = DefaultTemplate.create("Template");
        Actor nameless = InnoscapeFactory.eINSTANCE.createActor();
        system.getActors().add(nameless);
        Path file = folder.resolve("bad.innoscape");
        new ModelStore().save(system, file);
        assertEquals(ExitCode.FINDINGS, cli.run(List.of("validate", file.toString()), captured.console));
        assertTrue(captured.out().contains("error: Actor (id "), captured.out());
        assertTrue(captured.out().contains("a name is required"), captured.out());
    }

    @Test
    void unreadableFileExitsTwoWithLineAndColumn() throws Exception {
        Path file = folder.resolve("broken.innoscape");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<a><b></a>\n");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("validate", file.toString()), captured.console));
        assertTrue(captured.err().contains(file + ":2:"), captured.err());
    }

    @Test
    void missingFileIsAUsageError() {
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("validate", "/no/such.innoscape"), captured.console));
        assertTrue(captured.err().contains("no such file"), captured.err());
    }

    @Test
    void aFolderIsNotCalledMissing() {
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("validate", folder.toString()), captured.console));
        assertTrue(captured.err().contains(folder + " is a folder, not a file"), captured.err());
    }
}
