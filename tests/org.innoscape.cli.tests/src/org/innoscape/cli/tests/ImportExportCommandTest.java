package org.innoscape.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.innoscape.cli.ExitCode;
import org.innoscape.cli.internal.AnalyzeCommand;
import org.innoscape.cli.internal.ExportCommand;
import org.innoscape.cli.internal.ImportCommand;
import org.innoscape.cli.internal.InnoscapeCli;
import org.innoscape.cli.internal.ReviewCommand;
import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportCommandTest {
    private final InnoscapeCli cli = new InnoscapeCli("test", List.of(new ImportCommand(), new ExportCommand(), new ReviewCommand(),
            new AnalyzeCommand("test", org.innoscape.analysis.AnalysisRegistry::fromExtensions)));

    @TempDir
    Path folder;

    private CapturedConsole run(int expected, String... arguments) {
        CapturedConsole captured = new CapturedConsole();
        assertEquals(expected, cli.run(List.of(arguments), captured.console), captured.out() + captured.err());
        return captured;
    }

    @Test
    void aRegisterPipedToStandardInputImports() throws Exception {
        Path target = folder.resolve("piped.innoscape");
        CapturedConsole csv = new CapturedConsole("id,name,stages\nP1,Piped programme,adoption\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(ExitCode.OK, cli.run(List.of("import", "-", "--into", target.toString()), csv.console), csv.out() + csv.err());
        assertEquals("Piped programme", new ModelStore().load(target).getInitiatives().get(0).getName());

        // A workbook on standard input is told from its content; a problem names "(standard input)".
        Path workbook = folder.resolve("registers.xlsx");
        run(ExitCode.OK, "export", target.toString(), "--format", "xlsx", "--output", workbook.toString());
        CapturedConsole xlsx = new CapturedConsole(Files.readAllBytes(workbook));
        assertEquals(ExitCode.OK, cli.run(List.of("import", "-", "--into", folder.resolve("again.innoscape").toString()), xlsx.console),
                xlsx.out() + xlsx.err());
        CapturedConsole bad = new CapturedConsole("id,name,stages\n,No id,adoption\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("import", "-", "--into", target.toString()), bad.console));
        assertTrue(bad.out().contains("(standard input)") && !bad.out().contains("standard-input.csv"), bad.out());
        CapturedConsole twice = new CapturedConsole();
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("import", "-", "-", "--into", target.toString()), twice.console));
        assertTrue(twice.err().contains("standard input ('-') can be read once only"), twice.err());
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
                .contains("unknown format 'pdf'; expected csv, gexf, graphml, json or xlsx"));
    }

    /** The formats --format takes are the installed ones (io's own and the network bundle's), and say what they write. */
    @Test
    void theExportFormatsAreTheInstalledOnes() throws Exception {
        String usage = run(ExitCode.OK, "export", "--help").out();
        assertTrue(usage.contains("export a model as csv, gexf, graphml, json or xlsx"), usage);
        assertTrue(usage.contains("  graphml  the actor network with attributes and network metrics"), usage);
        assertTrue(usage.contains("(not for csv)"), usage);
        Path model = folder.resolve("england.innoscape");
        new ModelStore().save(EnglandHealthInnovation2021.build(), model);
        assertTrue(run(ExitCode.USAGE_OR_INPUT_ERROR, "export", model.toString(), "--format", "csv", "--output", "-").err()
                .contains("--format csv writes a folder; '-' (standard output) needs gexf, graphml, json or xlsx"));
        assertTrue(run(ExitCode.OK, "export", model.toString(), "--format", "GEXF", "--output", "-").out().contains("<gexf"));
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

    /** The register's own ids name the elements everywhere: review, reports and exports. */
    @Test
    void registerIdsNameInitiativesInReviewReportsAndExports() throws Exception {
        Path register = Files.writeString(folder.resolve("mine.csv"), """
                id,name,owner,description,activity_types,stages
                H01,Regional innovation exchange,NHS England,Connects innovators with NHS adopters in each region.,networking & brokerage,Adoption
                00/PI.1/B038,Innovation exchange for the regions,NHS England,Connects innovators with NHS adopters in every region.,Networking and brokerage,adoption
                """);
        Path model = folder.resolve("mine.innoscape");
        run(ExitCode.OK, "import", register.toString(), "--into", model.toString());
        String report = run(ExitCode.OK, "analyze", model.toString(), "--format", "json", "--fail-on", "never").out();
        assertTrue(report.contains("\"externalId\": \"00/PI.1/B038\"") || report.contains("\"externalId\":\"00/PI.1/B038\""), report);
        assertTrue(run(ExitCode.OK, "analyze", model.toString(), "--fail-on", "never").out().contains("[H01]"));
        run(ExitCode.OK, "review", model.toString(), "--not-duplicate", "H01", "00/PI.1/B038");
        Path registers = folder.resolve("out");
        run(ExitCode.OK, "export", model.toString(), "--format", "csv", "--output", registers.toString());
        String initiatives = Files.readString(registers.resolve("initiatives.csv"));
        assertTrue(initiatives.contains("\nH01,") && initiatives.contains("\n00/PI.1/B038,"), initiatives);
    }

    /** A register with headers of its own imports through a mapping file; an unknown header says what was expected. */
    @Test
    void foreignHeadersImportThroughAMappingFile() throws Exception {
        Path register = Files.writeString(folder.resolve("theirs.csv"), """
                Programme code,Programme title,Lead body,Kind of support
                P1,Test beds,NHS England,Admin support
                """);
        Path model = folder.resolve("theirs.innoscape");
        String refused = run(ExitCode.USAGE_OR_INPUT_ERROR, "import", register.toString(), "--into", model.toString()).out();
        assertTrue(refused.contains("the header matches no register") && refused.contains("'programme code' for id, 'programme title' for name")
                && refused.contains("--map FILE"), refused);
        Path mapping = Files.writeString(folder.resolve("theirs.map"), """
                # our column <- their header
                id <- Programme code
                name <- Programme title
                owner <- Lead body
                activity_types <- Kind of support
                activity_types: Admin support -> information & signposting
                currency := EUR
                """);
        run(ExitCode.OK, "import", register.toString(), "--into", model.toString(), "--map", mapping.toString());
        InnovationSystem imported = new ModelStore().load(model);
        var initiative = imported.getInitiatives().get(0);
        assertEquals("Test beds", initiative.getName());
        assertEquals("P1", initiative.getExternalId());
        assertEquals("NHS England", initiative.getOwners().get(0).getName());
        assertEquals(org.innoscape.model.ActivityType.INFORMATION_AND_SIGNPOSTING, initiative.getActivityTypes().get(0));

        Path bad = Files.writeString(folder.resolve("bad.map"), "id <- Programme code\nprice <- Cost\n");
        String message = run(ExitCode.USAGE_OR_INPUT_ERROR, "import", register.toString(), "--into", model.toString(), "--map",
                bad.toString()).err();
        assertTrue(message.contains("bad.map, line 2: 'price' is not a register column"), message);
    }
}
