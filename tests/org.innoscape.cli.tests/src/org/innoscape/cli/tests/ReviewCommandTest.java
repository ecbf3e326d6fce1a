package org.innoscape.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.innoscape.analysis.AnalysisRegistry;
import org.innoscape.cli.internal.AnalyzeCommand;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.internal.InnoscapeCli;
import org.innoscape.cli.internal.ReviewCommand;
import org.innoscape.model.persistence.ModelStore;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Marking a pair "reviewed - not a duplicate" silences it in later analyses, until it changes. */
class ReviewCommandTest {
    private final InnoscapeCli cli = new InnoscapeCli("test",
            List.of(new ReviewCommand(), new AnalyzeCommand("test", AnalysisRegistry::fromExtensions)));

    @TempDir
    Path folder;
    private Path model;

    @BeforeEach
    void twinProgrammes() throws Exception {
        InnovationSystemBuilder b = new InnovationSystemBuilder("review", "Review test");
        b.initiative("a", "Regional innovation exchange").setDescription("Links regional networks to spread proven innovations.");
        b.initiative("b", "Innovation exchange for regions").setDescription("Regional networks linked to spread innovations that are proven.");
        model = folder.resolve("twins.innoscape");
        new ModelStore().save(b.system(), model);
    }

    private CapturedConsole run(int expected, String... arguments) {
        CapturedConsole captured = new CapturedConsole();
        assertEquals(expected, cli.run(List.of(arguments), captured.console), captured.err());
        return captured;
    }

    @Test
    void reviewedPairIsNoLongerReported() throws Exception {
        String before = run(ExitCode.OK, "analyze", model.toString(), "--rules", "duplication.initiatives").out();
        assertTrue(before.contains("Regional innovation exchange"), before);
        run(ExitCode.OK, "review", model.toString(), "--not-duplicate", "Regional innovation exchange", "Innovation exchange for regions",
                "--reviewer", "Ana", "--note", "different regions");
        String after = run(ExitCode.OK, "analyze", model.toString(), "--rules", "duplication.initiatives").out();
        assertTrue(after.contains("0 errors, 0 warnings, 0 infos"), after);
        String listed = run(ExitCode.OK, "review", model.toString(), "--list").out();
        assertTrue(listed.contains("not duplicate by Ana"), listed);

        // A change to either initiative lets the pair be reported again.
        String text = Files.readString(model).replace("proven innovations.", "proven innovations quickly.");
        Files.writeString(model, text);
        assertTrue(run(ExitCode.OK, "review", model.toString(), "--list").out().contains("lapsed"));
        assertTrue(run(ExitCode.OK, "analyze", model.toString(), "--rules", "duplication.initiatives").out()
                .contains("Regional innovation exchange"));
    }

    @Test
    void unknownInitiativeIsAUsageErrorAndTheFileIsUnchanged() throws Exception {
        byte[] before = Files.readAllBytes(model);
        CapturedConsole captured = run(ExitCode.USAGE_OR_INPUT_ERROR, "review", model.toString(), "--not-duplicate", "nope", "b");
        assertTrue(captured.err().contains("no initiative with the id, register id or name 'nope'"), captured.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(model)));
    }
}
