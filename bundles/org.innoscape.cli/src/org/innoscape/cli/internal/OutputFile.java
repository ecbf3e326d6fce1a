package org.innoscape.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.innoscape.cli.UsageException;
import org.innoscape.model.persistence.AtomicFiles;

/**
 * Checks an {@code --output} before anything is computed: {@code -} is standard output; a file must
 * not be (or link to) any model the command reads; its folder must exist unless {@code --mkdirs}; a
 * device, folder or read-only file is refused. Symbolic links are written through by
 * {@link org.innoscape.model.persistence.AtomicFiles}.
 */
final class OutputFile {
    static final String STDOUT = "-";

    private OutputFile() {
    }

    static boolean isStdout(String output) {
        return STDOUT.equals(output);
    }

    /** Throws a usage error saying why {@code output} may not be written. */
    static void check(Path output, List<Path> inputs, boolean mkdirs, boolean folderAllowed) throws UsageException {
        Path absolute = output.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (AtomicFiles.wouldReplace(absolute, input)) {
                throw new UsageException("the output " + output + " is the model " + input + " itself; it would be overwritten. "
                        + "Choose another output file");
            }
        }
        if (Files.exists(absolute)) {
            boolean folder = Files.isDirectory(absolute);
            if (!(folder && folderAllowed) && !Files.isRegularFile(absolute)) {
                throw new UsageException("the output " + output + " is not a regular file (a folder, device or pipe); "
                        + "use '-' for standard output");
            }
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            if (!mkdirs) {
                throw new UsageException("the folder " + parent + " does not exist; create it, or add --mkdirs");
            }
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new UsageException("cannot create the folder " + parent + ": " + e.getMessage());
            }
        }
    }
}
