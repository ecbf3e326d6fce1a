package org.innoscape.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonParser;

import org.innoscape.analysis.AnalysisRegistry;
import org.innoscape.analysis.alignment.StageCoverageRule;
import org.innoscape.cli.internal.DiffCommand;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.internal.InnoscapeCli;
import org.innoscape.cli.internal.MergeCommand;
import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.model.InitiativeStatus;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffMergeCommandTest {
    private final InnoscapeCli cli = new InnoscapeCli("test",
            List.of(new DiffCommand(() -> AnalysisRegistry.of(List.of(new StageCoverageRule()))), new MergeCommand()));
    private final CapturedConsole captured = new CapturedConsole();

    @TempDir
    Path folder;

    @Test
    void diffSaysWhatChangedInEachFormat() throws Exception {
        Path old = save("old", EnglandHealthInnovation2021.build());
        InnovationSystem edited = EnglandHealthInnovation2021.build();
        edited.getInitiatives().get(0).setStatus(InitiativeStatus.CONCLUDED);
        Path current = save("new", edited);

        assertEquals(ExitCode.OK, cli.run(List.of("diff", old.toString(), current.toString()), captured.console), captured.err());
        assertTrue(captured.out().contains("0 added, 0 removed, 1 changed"), captured.out());
        assertTrue(captured.out().contains("'concluded'"), captured.out());

        CapturedConsole json = new CapturedConsole();
        assertEquals(ExitCode.FINDINGS, cli.run(List.of("diff", old.toString(), current.toString(), "--format=json", "--exit-code"),
                json.console), "--exit-code: 1 when the models differ");
        assertEquals(1, JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("changed").size());

        CapturedConsole same = new CapturedConsole();
        assertEquals(ExitCode.OK, cli.run(List.of("diff", old.toString(), old.toString(), "--exit-code", "--no-findings"), same.console));
        assertTrue(same.out().contains("The two models hold the same elements"), same.out());
    }

    @Test
    void diffWritesHtmlAtomicallyAndReadsDevNullAsNoModel() throws Exception {
        Path model = save("model", EnglandHealthInnovation2021.build());
        Path html = folder.resolve("changes.html");
        assertEquals(ExitCode.OK, cli.run(List.of("diff", "/dev/null", model.toString(), "--format", "html", "--output", html.toString(),
                "--no-findings"), captured.console), captured.err());
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("<h2>Added</h2>"), page);
    }

    @Test
    void diffRefusesBadArgumentsWithoutWriting() throws Exception {
        Path model = save("model", EnglandHealthInnovation2021.build());
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("diff", model.toString()), captured.console));
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("diff", model.toString(), model.toString(), "--format", "pdf"),
                captured.console));
        assertTrue(captured.err().contains("unknown format 'pdf'"), captured.err());
        Path broken = folder.resolve("broken.innoscape");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<a><b></a>\n");
        CapturedConsole bad = new CapturedConsole();
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("diff", model.toString(), broken.toString()), bad.console));
        assertTrue(bad.err().contains("broken.innoscape"), bad.err());
        assertEquals("", bad.out());
    }

    @Test
    void aPathThatCannotBeAPathIsAUsageError() {
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("diff", "old\u0000.innoscape", "new.innoscape"), captured.console));
        assertTrue(captured.err().contains("not a valid path"), captured.err());
        assertEquals("", captured.out());
    }

    @Test
    void textconvPrintsOneLinePerElement() throws Exception {
        Path model = save("model", EnglandHealthInnovation2021.build());
        assertEquals(ExitCode.OK, cli.run(List.of("diff", "--textconv", model.toString()), captured.console), captured.err());
        assertTrue(captured.out().lines().anyMatch(l -> l.startsWith("Actor 'NHSX' (")), captured.out());
    }

    @Test
    void mergeTakesBothSidesAndReportsConflictsWithExitOne() throws Exception {
        Path base = save("base", EnglandHealthInnovation2021.build());
        InnovationSystem ourModel = EnglandHealthInnovation2021.build();
        ourModel.getActors().get(0).setName("Ours");
        ourModel.getInitiatives().get(2).setStatus(InitiativeStatus.CONCLUDED);
        Path ours = save("ours", ourModel);
        InnovationSystem theirModel = EnglandHealthInnovation2021.build();
        theirModel.getActors().get(0).setName("Theirs");
        theirModel.getInitiatives().get(3).setStatus(InitiativeStatus.PLANNED);
        Path theirs = save("theirs", theirModel);
        byte[] baseBytes = Files.readAllBytes(base);

        Path merged = folder.resolve("merged.innoscape");
        int exit = cli.run(List.of("merge", base.toString(), ours.toString(), theirs.toString(), "--output", merged.toString()),
                captured.console);
        assertEquals(ExitCode.FINDINGS, exit, captured.out() + captured.err());
        assertTrue(captured.out().contains("CONFLICT Actor 'Ours', name: ours 'Ours', theirs 'Theirs'"), captured.out());
        InnovationSystem result = new ModelStore().load(merged);
        assertEquals(InitiativeStatus.CONCLUDED, result.getInitiatives().get(2).getStatus());
        assertEquals(InitiativeStatus.PLANNED, result.getInitiatives().get(3).getStatus());
        assertArrayEquals(baseBytes, Files.readAllBytes(base));

        CapturedConsole settled = new CapturedConsole();
        assertEquals(ExitCode.OK, cli.run(List.of("merge", base.toString(), ours.toString(), theirs.toString(), "--output",
                ours.toString(), "--prefer", "theirs", "--report", "json"), settled.console), settled.err());
        assertEquals("Theirs", new ModelStore().load(ours).getActors().get(0).getName(), "the Git way: the result replaces ours");
        assertFalse(JsonParser.parseString(settled.out()).getAsJsonObject().get("unsettled").getAsBoolean());
    }

    @Test
    void mergeRefusesToOverwriteBaseOrTheirsAndLeavesNothingOnBadInput() throws Exception {
        Path base = save("base", EnglandHealthInnovation2021.build());
        Path other = save("other", EnglandHealthInnovation2021.build());
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("merge", base.toString(), other.toString(), other.toString(),
                "--output", base.toString()), captured.console));
        assertTrue(captured.err().contains("would be overwritten"), captured.err());
        Path broken = folder.resolve("broken.innoscape");
        Files.writeString(broken, "not xml");
        Path merged = folder.resolve("merged.innoscape");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("merge", base.toString(), other.toString(), broken.toString(),
                "--output", merged.toString()), captured.console));
        assertFalse(Files.exists(merged));
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("merge", base.toString(), other.toString(), other.toString(),
                "--output", merged.toString(), "--prefer", "mine"), captured.console));
        // Six models are not two merges: the second three would be left out without a word.
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("merge", base.toString(), other.toString(), other.toString(),
                base.toString(), other.toString(), other.toString(), "--output", merged.toString()), captured.console));
        assertTrue(captured.err().contains("expected three models, BASE OURS THEIRS; got 6"), captured.err());
        assertFalse(Files.exists(merged));
    }

    private Path save(String name, InnovationSystem model) throws Exception {
        Path file = folder.resolve(name + ".innoscape");
        new ModelStore().save(model, file);
        return file;
    }
}
