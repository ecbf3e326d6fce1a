package org.innoscape.engines.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The folders Spark keeps its scratch files in when this JVM runs it (SPARK_LOCAL_DIRS, else
 * spark.local.dir, comma-separated), checked before Spark starts: Spark itself ends the JVM with exit code
 * 53 and hundreds of lines of stack traces when it can create none of them. Stricter than Spark by choice:
 * a listed folder that cannot be used is refused even when another could be (Spark would silently run on
 * less scratch space than asked).
 */
final class ScratchFolders {
    private ScratchFolders() {
    }

    /** What is wrong with the configured scratch folders, if anything; each is created when missing. */
    static Optional<String> unusable(Map<String, String> environment, Map<String, String> conf) {
        String fromEnvironment = environment.get("SPARK_LOCAL_DIRS");
        boolean byEnvironment = fromEnvironment != null && !fromEnvironment.isBlank();
        String folders = byEnvironment ? fromEnvironment : conf.get("spark.local.dir");
        if (folders == null || folders.isBlank()) {
            return Optional.empty();
        }
        String setting = byEnvironment ? "SPARK_LOCAL_DIRS" : "spark.local.dir";
        for (String folder : folders.split(",")) {
            Optional<String> problem = problem(folder.strip());
            if (problem.isPresent()) {
                return Optional.of(setting + ": Spark cannot keep its scratch files in " + folder.strip() + " (" + problem.get()
                        + "); give a folder this user can write");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> problem(String folder) {
        try {
            Path path = Path.of(folder);
            Files.createDirectories(path);
            if (!Files.isWritable(path)) {
                return Optional.of("not writable");
            }
            // A folder may say it is writable and refuse a folder in it (/proc as root): make one, as Spark will.
            try {
                Files.delete(Files.createTempDirectory(path, "innoscape-check-"));
            } catch (IOException e) {
                return Optional.of("no folder can be made in it");
            }
            return Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.of("not a path: " + e.getReason());
        } catch (java.nio.file.AccessDeniedException e) {
            return Optional.of("permission denied");
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return Optional.of("a file is in the way");
        } catch (IOException e) {
            return Optional.of("it cannot be created there");
        }
    }
}
