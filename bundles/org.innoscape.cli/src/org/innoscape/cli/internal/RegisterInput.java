package org.innoscape.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.innoscape.cli.Console;
import org.innoscape.cli.InputException;
import org.innoscape.cli.ModelInput;

/**
 * The register files an import reads: the named files, and standard input for {@code -}, kept in a
 * private temporary file whose kind is told by its content (a zip, i.e. an .xlsx workbook, or text,
 * i.e. CSV or a STIP Compass export), since the readers choose by file. Messages name it "(standard
 * input)". Closing removes the temporary file.
 */
final class RegisterInput implements AutoCloseable {
    private static final String STDIN_NAME = "(standard input)";
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final List<Path> files;
    private final Path temporary;

    private RegisterInput(List<Path> files, Path temporary) {
        this.files = List.copyOf(files);
        this.temporary = temporary;
    }

    static RegisterInput of(List<String> arguments, Console console) throws InputException {
        List<Path> files = new ArrayList<>();
        Path temporary = null;
        for (String argument : arguments) {
            if (ModelInput.isStdin(argument)) {
                temporary = fromStdin(console.in());
                files.add(temporary);
                continue;
            }
            Path file = Path.of(argument);
            try {
                ModelInput.requireFile(file);
            } catch (InputException e) {
                deleteQuietly(temporary);
                throw e;
            }
            files.add(file);
        }
        return new RegisterInput(files, temporary);
    }

    private static Path fromStdin(InputStream in) throws InputException {
        try (InputStream input = in) {
            byte[] bytes = input.readAllBytes();
            boolean workbook = bytes.length >= ZIP.length && Arrays.equals(Arrays.copyOf(bytes, ZIP.length), ZIP);
            Path folder = Files.createTempDirectory("innoscape-stdin");
            return Files.write(folder.resolve(workbook ? "standard-input.xlsx" : "standard-input.csv"), bytes);
        } catch (IOException e) {
            throw new InputException("cannot read the register from standard input: " + e.getMessage(), e);
        }
    }

    List<Path> files() {
        return files;
    }

    /** A message with the temporary file's path put back as what the user gave. */
    String shown(String message) {
        return temporary == null ? message : message.replace(temporary.toString(), STDIN_NAME);
    }

    @Override
    public void close() {
        deleteQuietly(temporary);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
