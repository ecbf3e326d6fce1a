package org.innoscape.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.InputFiles;
import org.innoscape.model.persistence.ModelLoadException;
import org.innoscape.model.persistence.ModelStore;

/**
 * Reads the model a command is given: a file, or standard input for {@code -} (as in
 * {@code cat model.innoscape | innoscape validate -}). Every problem becomes an {@link InputException}
 * naming the file (or "standard input") with its line and column.
 */
public final class ModelInput {
    /** The argument that means standard input. */
    public static final String STDIN = "-";
    private static final String STDIN_NAME = "(standard input)";

    private ModelInput() {
    }

    public static boolean isStdin(String argument) {
        return STDIN.equals(argument);
    }

    /** @throws InputException saying why {@code file} cannot be read as a file (missing, a folder, a pipe...) */
    public static void requireFile(Path file) throws InputException {
        if (isStdin(file.toString())) {
            // Said as what it is: a command that writes its model back cannot read it from standard input.
            throw new InputException("'-' (standard input) cannot be used here: this command updates or compares model files; give the file");
        }
        java.util.Optional<String> problem = InputFiles.problem(file);
        if (problem.isPresent()) {
            throw new InputException(problem.get());
        }
    }

    /** The model named by {@code argument}. */
    public static InnovationSystem load(String argument, Console console) throws InputException {
        if (isStdin(argument)) {
            return loadStdin(console.in());
        }
        Path file = Path.of(argument);
        requireFile(file);
        try {
            return new ModelStore().load(file);
        } catch (ModelLoadException e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    /** The model store reads files (it resolves the format from the content), so the input goes through a private temporary one. */
    private static InnovationSystem loadStdin(InputStream in) throws InputException {
        Path folder = null;
        Path file = null;
        try {
            folder = Files.createTempDirectory("innoscape-stdin");
            file = folder.resolve("stdin.innoscape");
            try (InputStream input = in) {
                Files.copy(input, file);
            }
            return new ModelStore().load(file);
        } catch (ModelLoadException e) {
            throw new InputException(STDIN_NAME + position(e) + ": " + e.reason(), e);
        } catch (IOException e) {
            throw new InputException("cannot read the model from standard input: " + e.getMessage(), e);
        } finally {
            deleteQuietly(file);
            deleteQuietly(folder);
        }
    }

    private static String position(ModelLoadException e) {
        if (e.line() <= 0) {
            return "";
        }
        return ":" + e.line() + (e.column() > 0 ? ":" + e.column() : "");
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                path.toFile().deleteOnExit();
            }
        }
    }
}
