package org.innoscape.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.innoscape.cli.ExitCode;
import org.innoscape.cli.ExportCommand;
import org.innoscape.cli.ImportCommand;
import org.innoscape.cli.InnoscapeCli;
import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportCommandTest {
    private final InnoscapeCli cli = new InnoscapeCli("test", List.of(new ImportCommand(), new ExportCommand()));

    @TempDir
    Path folder;

    private CapturedConsole run(int expected, String... arguments) {
        CapturedConsole captured = new CapturedConsole();
        assertEquals(expected, cli.run(List.of(arguments), captured.console), captured.out() + captured.err());
        return captured;
    }

    @Test
    void exportThenImportIntoANewModel() throws Exception {
        Path model = folder.resolve("england.innoscape");
        new ModelStore().save(EnglandHealthInnovation2021.build(), model);
        Path registers = folder.resolve("registers");
        run(ExitCode.OK, "export", model.toString(), "--format", "csv", "--output", registers.toString());
        Path target = folder.resolve("new.innoscape");
        String dry = run(ExitCode.OK, "import", registers.resolve("actors.csv").toString(), registers.resolve("initiatives.csv").toString(),
                registers.resolve("relationships.csv").toString(), "--into", target.toString(), "--dry-run").out();
        assertTrue(dry.contains("Dry run:"), dry);
        assertFalse(Files.exists(target), "a dry run writes nothing");
        run(ExitCode.OK, "import", registers.resolve("actors.csv").toString(), registers.resolve("initiatives.csv").toString(),
                registers.resolve("relationships.csv").toString(), "--into", target.toString());
        var imported = new ModelStore().load(target);
        assertEquals(EnglandHealthInnovation2021.build().getInitiatives().size(), imported.getInitiatives().size());
        assertEquals(8, imported.getDrivers().size(), "a new model starts from the default template");
    }

    @Test
    void fatalProblemsChangeNothing() throws Exception {
        Path model = folder.resolve("model.innoscape");
        new ModelStore().save(EnglandHealthInnovation2021.build(), model);
        byte[] before = Files.readAllBytes(model);
        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "id,name,focus\nx,Programme,sometimes\n");
        CapturedConsole captured = run(ExitCode.USAGE_OR_INPUT_ERROR, "import", bad.toString(), "--into", model.toString());
        assertTrue(captured.out().contains("row 2, column focus, value 'sometimes'"), captured.out());
        assertTrue(captured.err().contains("nothing was imported"), captured.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(model)));
    }

    @Test
    void networkAndJsonExports() throws Exception {
        Path model = folder.resolve("england.innoscape");
        new ModelStore().save(EnglandHealthInnovation2021.build(), model);
        for (String format : List.of("graphml", "gexf", "json")) {
            Path out = folder.resolve("england." + format);
            run(ExitCode.OK, "export", model.toString(), "--format", format, "--output", out.toString());
            assertTrue(Files.size(out) > 1000, format);
        }
        assertTrue(run(ExitCode.USAGE_OR_INPUT_ERROR, "export", model.toString(), "--format", "pdf", "--output", "x").err()
                .contains("unknown format 'pdf'; expected csv, xlsx, graphml, gexf or json"));
    }

    @Test
    void excelExportImportsBackIntoANewModel() throws Exception {
        Path model = folder.resolve("england.innoscape");
        new ModelStore().save(EnglandHealthInnovation2021.build(), model);
        Path workbook = folder.resolve("england.xlsx");
        run(ExitCode.OK, "export", model.toString(), "--format", "xlsx", "--output", workbook.toString());
        Path copy = folder.resolve("copy.innoscape");
        CapturedConsole imported = run(ExitCode.OK, "import", workbook.toString(), "--into", copy.toString());
        assertTrue(imported.out().contains("Imported into " + copy), imported.out());
        InnovationSystem original = new ModelStore().load(model);
        InnovationSystem back = new ModelStore().load(copy);
        assertEquals(original.getInitiatives().size(), back.getInitiatives().size());
        assertEquals(original.getActors().size(), back.getActors().size());
        assertEquals(original.getRelationships().size(), back.getRelationships().size());
    }
}
