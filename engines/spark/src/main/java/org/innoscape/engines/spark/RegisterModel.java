package org.innoscape.engines.spark;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.spark.sql.SparkSession;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.innoscape.io.ImportProblem;
import org.innoscape.io.ImportResult;
import org.innoscape.io.RegisterImporter;
import org.innoscape.io.RegisterReader;
import org.innoscape.io.RegisterTable;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.build.DefaultTemplate;
import org.innoscape.model.persistence.InputFiles;
import org.innoscape.model.persistence.ModelLoadException;
import org.innoscape.model.persistence.ModelStore;

/**
 * The job's input as one model on the driver, read by the same code as {@code innoscape import} (every
 * register format, the same vocabulary and checks; and Parquet with a register's columns, read by Spark)
 * or loaded as {@code innoscape analyze} loads a model.
 * A model of registers is never saved; it sits at {@code DIR/register.innoscape} (a model given as input, at
 * {@code DIR/NAME.innoscape}) so that the embedding cache is kept in the output folder, never beside the
 * input, and a second run embeds only what changed.
 */
final class RegisterModel {
    private static final int SHOWN_PROBLEMS = 20;
    private static final int SHOWN_WARNINGS = 10;

    /** The input could not be read: the message says which file, row and column, and why. */
    static final class InputProblem extends Exception {
        private static final long serialVersionUID = 1L;

        InputProblem(String message) {
            super(message);
        }
    }

    private RegisterModel() {
    }

    private static void showFirst(List<ImportProblem> problems, int shown, String what, PrintStream err) {
        problems.stream().limit(shown).forEach(err::println);
        if (problems.size() > shown) {
            err.printf(Locale.ROOT, "... and %,d more %s like these (innoscape import --dry-run lists them all)%n", problems.size() - shown, what);
        }
    }

    /** Registers of every format but Parquet, or a model (no Spark session needed). */
    static InnovationSystem load(List<Path> inputs, Path output, PrintStream err) throws InputProblem {
        return load(null, inputs, output, err);
    }

    /** Whether every input is there and of a kind that can be read, before anything is read. */
    static void check(SparkSession spark, List<Path> inputs) throws InputProblem {
        for (Path input : inputs) {
            boolean parquet = ParquetRegister.isParquet(input);
            if (parquet && spark == null) {
                throw new InputProblem(input + ": Parquet registers are read by the Spark engine (innoscape dedupe)");
            }
            if (!(parquet && Files.isDirectory(input))) {
                java.util.Optional<String> problem = InputFiles.problem(input);
                if (problem.isPresent()) {
                    throw new InputProblem(problem.get() + (Files.isDirectory(input)
                            ? " (a register is a file; a Parquet register may be a folder named NAME.parquet)" : ""));
                }
            }
        }
    }

    /** @param spark the session that reads Parquet registers, or null when there are none */
    static InnovationSystem load(SparkSession spark, List<Path> inputs, Path output, PrintStream err) throws InputProblem {
        check(spark, inputs);
        boolean model = inputs.size() == 1 && inputs.get(0).getFileName().toString().endsWith(".innoscape");
        if (model) {
            InnovationSystem loaded;
            try {
                loaded = new ModelStore().load(inputs.get(0));
            } catch (ModelLoadException e) {
                throw new InputProblem(e.getMessage());
            }
            if (loaded.getInitiatives().isEmpty()) {
                throw new InputProblem(inputs.get(0) + " holds no initiatives; nothing was compared");
            }
            // Never saved: placed in the output folder so that the embedding cache is written there, not beside the input.
            loaded.eResource().setURI(URI.createFileURI(output.resolve(inputs.get(0).getFileName().toString()).toAbsolutePath().toString()));
            return loaded;
        }
        if (inputs.stream().anyMatch(p -> p.getFileName().toString().endsWith(".innoscape"))) {
            throw new InputProblem("give either registers or one model, not both");
        }
        long start = System.nanoTime();
        List<RegisterTable> tables = new java.util.ArrayList<>();
        for (int index = 0; index < inputs.size(); index++) {
            Path input = inputs.get(index);
            java.util.Optional<Path> earlier = RegisterReader.givenBefore(inputs, index);
            if (earlier.isPresent()) {
                throw new InputProblem(input + " is the same file as " + earlier.get() + ", given before it; give each register once");
            }
            tables.addAll(ParquetRegister.isParquet(input) ? List.of(ParquetRegister.read(spark, input)) : RegisterReader.read(input));
        }
        InnovationSystem system = DefaultTemplate.create("register");
        ImportResult result = new RegisterImporter(new RegisterImporter.Options(true)).applyInPlace(system, tables);
        // The first few problems that stop the import and the first few warnings (values read another way), each with a count of the rest.
        showFirst(result.fatalProblems(), SHOWN_PROBLEMS, "problems", err);
        showFirst(result.problems().stream().filter(problem -> !problem.fatal()).toList(), SHOWN_WARNINGS, "warnings", err);
        if (!result.succeeded()) {
            throw new InputProblem(String.format(Locale.ROOT, "%,d problem(s) in the registers; nothing was compared",
                    result.fatalProblems().size()));
        }
        if (system.getInitiatives().isEmpty()) {
            throw new InputProblem("the registers hold no initiatives; nothing was compared");
        }
        err.printf(Locale.ROOT, "innoscape dedupe: read %,d initiatives in %.1f s%n", system.getInitiatives().size(),
                (System.nanoTime() - start) / 1e9);
        Resource resource = ModelStore.newResourceSet().createResource(URI.createFileURI(output.resolve("register.innoscape")
                .toAbsolutePath().toString()));
        resource.getContents().add(system);
        return system;
    }
}
