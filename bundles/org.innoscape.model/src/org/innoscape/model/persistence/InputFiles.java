package org.innoscape.model.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Why a path given as an input file cannot be read as one, in words a user can act on: "no such file"
 * only when nothing is there, not for a folder or a pipe (a shell's {@code <(...)} names a pipe).
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** Empty when {@code file} is a regular file (or a link to one) that can be read; otherwise why not. */
    public static Optional<String> problem(Path file) {
        if (Files.isRegularFile(file)) {
            return Files.isReadable(file) ? Optional.empty() : Optional.of(file + " cannot be read (no permission)");
        }
        if (Files.isDirectory(file)) {
            return Optional.of(file + " is a folder, not a file");
        }
        if (Files.exists(file)) {
            return Optional.of(file + " is not a regular file (a pipe, device or socket): give a file, or - for standard input where "
                    + "the command reads it");
        }
        return Optional.of("no such file: " + file);
    }
}
