package org.innoscape.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.innoscape.io.ColumnMapping;
import org.innoscape.io.ImportProblem;
import org.innoscape.io.ImportResult;
import org.innoscape.io.RegisterImporter;
import org.innoscape.io.RegisterReader;
import org.innoscape.io.RegisterTable;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.build.DefaultTemplate;
import org.innoscape.model.persistence.ModelStore;
import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.InputException;
import org.innoscape.cli.ModelInput;
import org.innoscape.cli.UsageException;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code innoscape import REGISTER... --into MODEL [--dry-run] [--refuse-unknown]}. */
@picocli.CommandLine.Command(name = "import", description = {
        "import initiative, actor and relationship registers (CSV, Excel, STIP Compass) into a model",
        "",
        "Reads registers and updates MODEL: CSV files (UTF-8, with or without BOM; comma, semicolon or tab), Excel .xlsx "
                + "workbooks (every sheet with a header row is a register) and the EC-OECD STIP Compass flat CSV export "
                + "(pipe-separated, second header row of labels). The kind of each register (initiatives, actors, "
                + "relationships) is recognised from its header; columns the register does not define are kept as "
                + "properties of the elements; see docs/register-format.md. Rows update the elements with the same id, so "
                + "importing a register again does not duplicate anything. A MODEL that does not exist yet is created from "
                + "the default template (the six drivers, the default pathway stages and target groups).",
        "",
        "Owners, stages, drivers and groups the model lacks are created and reported, or refused with --refuse-unknown. "
                + "Every problem is listed with its row, column, value and reason; if any is fatal, nothing is imported. "
                + "Values are accepted as the product words them (\"training & skills\"), as slugs (training-and-skills) or "
                + "by documented synonyms." },
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:imported (or, with --dry-run, would be)",
                "2:usage error, a fatal problem, or the model is being changed by another Innoscape (nothing changed)",
                "3:internal error (the message names the diagnostic file)",
                "4:out of memory" })
public final class ImportCommand implements Command {

    @Parameters(arity = "1..*", paramLabel = "REGISTER",
            description = "a register: .csv, .xlsx or a STIP Compass export; '-' reads one from standard input")
    private List<String> registers = new ArrayList<>();

    @Option(names = "--into", required = true, paramLabel = "MODEL", description = "the model to update (created if it does not exist)")
    private Path model;

    @Option(names = "--map", paramLabel = "FILE", description = "which of your headers is which column ('name <- Programme title'), "
            + "constants ('currency := EUR') and value translations ('focus: Admin -> non-clinical')")
    private Path mappingFile;

    @Option(names = { "-n", "--dry-run" }, description = "only report what would be imported")
    private boolean dryRun;

    @Option(names = "--refuse-unknown", description = "refuse owners, stages, drivers and groups the model lacks, instead of creating them")
    private boolean refuseUnknown;

    @Override
    public int run(Console console) throws UsageException {
        if (ModelInput.isStdin(model.toString())) {
            throw new UsageException("--into needs a model file: the import is saved into it ('-' would make a file named '-')");
        }
        if (Files.isDirectory(model)) {
            throw new UsageException("--into " + model + " is a folder; give the model file (created if it does not exist)");
        }
        Path folder = model.toAbsolutePath().normalize().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            // As for every other output: a mistyped folder is said, not created (nor a lock file left in it).
            throw new UsageException("the folder " + folder + (Files.exists(folder) ? " is a file, not a folder" : " does not exist; create it first"));
        }
        if (registers.stream().filter(ModelInput::isStdin).count() > 1) {
            throw new UsageException("standard input ('-') can be read once only");
        }
        try (RegisterInput input = RegisterInput.of(registers, console)) {
            List<Path> files = input.files();
            if (dryRun) {
                return importLocked(files, model, true, refuseUnknown, mappingFile, console, input);
            }
            return WithModelLock.run("import", model, console,
                    () -> importLocked(files, model, false, refuseUnknown, mappingFile, console, input));
        }
    }

    /** Reads, checks and saves while this process is the model's only writer. */
    private int importLocked(List<Path> registers, Path model, boolean dryRun, boolean refuseUnknown, Path mappingFile, Console console,
            RegisterInput input) throws UsageException {
        ModelStore store = new ModelStore();
        InnovationSystem system;
        boolean newModel = !Files.exists(model);
        if (newModel) {
            String name = model.getFileName().toString().replaceFirst("\\.innoscape$", "");
            system = DefaultTemplate.create(name);
        } else {
            system = ModelInput.load(model.toString(), console);
        }
        ColumnMapping mapping = ColumnMapping.none();
        if (mappingFile != null) {
            try {
                mapping = ColumnMapping.read(mappingFile);
            } catch (IOException e) {
                throw new InputException("cannot read the mapping file " + mappingFile + ": " + e.getMessage());
            } catch (ColumnMapping.BadMapping e) {
                throw new InputException(e.getMessage());
            }
        }
        long start = System.nanoTime();
        List<RegisterTable> tables = RegisterReader.readAll(registers).stream().map(mapping::apply).toList();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (seconds > 1) {
            console.err().printf("innoscape import: read %d rows in %.1f s; checking and applying...%n",
                    tables.stream().mapToInt(t -> t.rows().size()).sum(), seconds);
        }
        ImportResult result = new RegisterImporter(new RegisterImporter.Options(!refuseUnknown)).apply(system, tables);
        for (ImportProblem problem : result.problems()) {
            console.out().println(input.shown(problem.toString()));
        }
        if (!result.succeeded()) {
            console.err().println("innoscape import: " + result.fatalProblems().size() + " problem(s); nothing was imported.");
            return ExitCode.USAGE_OR_INPUT_ERROR;
        }
        String counts = result.created() + " element(s) created, " + result.updated() + " updated"
                + (result.unchanged() > 0 ? ", " + result.unchanged() + " unchanged" : "");
        if (dryRun) {
            console.out().println("Dry run: " + counts + " would be imported into " + model + (newModel ? " (a new model)" : "") + ".");
            return ExitCode.OK;
        }
        try {
            store.save(result.model(), model);
        } catch (IOException e) {
            console.err().println("innoscape import: cannot save " + model + " (it is unchanged): " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR;
        }
        console.out().println("Imported into " + model + ": " + counts + ".");
        return ExitCode.OK;
    }
}
