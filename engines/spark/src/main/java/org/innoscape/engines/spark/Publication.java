package org.innoscape.engines.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a run's staged results into the output folder as one run's results: the previous ones set aside and put back
 * if any move fails, nothing of the user's with a result's name replaced, one publication at a time in a folder (in
 * this JVM and across processes), none started once the JVM shuts down.
 */
final class Publication {
    private Publication() {
    }

    /** Where, in a staging folder, the previous results wait while this run's are moved into place. */
    static final String PREVIOUS = ".previous";

    /** Whether a staging folder holds previous results (set aside and not put back): never deleted, by this run or a later one. */
    static boolean holdsPrevious(Path staging) throws IOException {
        Path previous = staging.resolve(PREVIOUS);
        if (!Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (java.util.stream.Stream<Path> entries = Files.list(previous)) {
            return entries.findAny().isPresent();
        }
    }

    /** Held while results are moved into place: a signal's shutdown waits for it ({@link #awaitPublication}). */
    private static final Object PUBLISHING = new Object();
    /** Set once the JVM shuts down: no publication starts after that (the JVM could end half way through it). */
    private static boolean shuttingDown;

    /**
     * Moves the staged results into {@code folder}: the previous results are first set aside in the staging folder, and
     * if any move fails they are put back and this run's taken out again, so the folder holds one run's results,
     * never a mix. Each move is a rename within one folder. What has a result's name but is not a result of dedupe (a
     * folder where a file is written, a folder of other files where a Parquet folder is) is refused before anything moves.
     * Previous results that cannot be put back stay in the staging folder, which the failure names.
     */
    static void publish(Path staging, Path folder) throws IOException {
        synchronized (PUBLISHING) {
            if (shuttingDown) {
                throw new IOException("the run was stopped before its results were moved into place; the previous results are as they were");
            }
            // Another dedupe writing into this folder (another JVM) waits for these moves, and these for its: one run's results each time.
            try (java.nio.channels.FileChannel lockFile = java.nio.channels.FileChannel.open(folder.resolve(LOCK),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                    java.nio.channels.FileLock lock = lockFile.lock()) {
                moveIntoPlace(staging, folder);
            }
        }
    }

    /** The file another dedupe's publication into the same folder locks (hidden; never a result). */
    static final String LOCK = ".dedupe.lock";

    private static void moveIntoPlace(Path staging, Path folder) throws IOException {
        checkReplaceable(folder);
        Path previous = Files.createDirectory(staging.resolve(PREVIOUS));
        List<String> setAside = new ArrayList<>();
        List<String> placed = new ArrayList<>();
        try {
            for (String name : JobOptions.WRITTEN) {
                if (Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(folder.resolve(name), previous.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                    setAside.add(name);
                }
            }
            for (String name : JobOptions.WRITTEN) {
                Files.move(staging.resolve(name), folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                placed.add(name);
            }
        } catch (Throwable failure) { // an Error too: the previous results must not stay set aside unsaid
            List<String> notPutBack = putBack(staging, folder, previous, setAside, placed);
            if (!notPutBack.isEmpty()) {
                throw new IOException(failure.getMessage() + "; the previous " + String.join(", ", notPutBack)
                        + " could not be put back and are kept in " + previous, failure);
            }
            if (failure instanceof IOException) {
                throw new IOException(failure.getMessage() + "; the previous results are as they were", failure);
            }
            throw failure;
        }
    }

    /** Undoes a publication that failed half way; returns the names of the previous results that could not be put back. */
    private static List<String> putBack(Path staging, Path folder, Path previous, List<String> setAside, List<String> placed) {
        for (String name : placed) {
            try {
                Files.move(folder.resolve(name), staging.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                // this run's file stays in place; the previous one, if any, is then not put back over it
            }
        }
        List<String> notPutBack = new ArrayList<>();
        for (String name : setAside) {
            try {
                Files.move(previous.resolve(name), folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                notPutBack.add(name);
            }
        }
        return notPutBack;
    }

    /**
     * Returns once no results are being moved into place, and lets none start after: a shutdown on a signal waits for
     * the moves (a few renames) or prevents them.
     */
    static void awaitPublication() {
        synchronized (PUBLISHING) {
            shuttingDown = true;
        }
    }

    /**
     * Refuses an output folder where something that dedupe did not write has a result's name: a folder named like a
     * file result, or a file or a folder of other files named like a Parquet result. Replacing them would delete a
     * user's files. A link is replaced itself, never what it points to.
     */
    static void checkReplaceable(Path folder) throws IOException {
        for (String name : JobOptions.WRITTEN) {
            Path target = folder.resolve(name);
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(target)) {
                continue;
            }
            boolean parquet = name.endsWith(".parquet");
            if (!parquet && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(target + " is a folder, not a result of dedupe: not replaced (move it away, or write elsewhere)");
            }
            if (parquet && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(target + " is a file, not a Parquet folder written by dedupe: not replaced (move it away, or write elsewhere)");
            }
            if (parquet) {
                try (java.util.stream.Stream<Path> entries = Files.list(target)) {
                    java.util.Optional<Path> other = entries.filter(entry -> !writtenBySpark(entry)).findFirst();
                    if (other.isPresent()) {
                        throw new IOException(target + " holds " + other.get().getFileName()
                                + ", which dedupe did not write: not replaced (move it away, or write elsewhere)");
                    }
                }
            }
        }
    }

    /**
     * What a Parquet folder written by Spark holds: its parts, and files Spark's readers skip (names beginning with "_"
     * or ".": markers, summaries, checksums, a desktop's .DS_Store), or a desktop's Thumbs.db or desktop.ini.
     */
    private static boolean writtenBySpark(Path entry) {
        String name = entry.getFileName().toString();
        boolean file = Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS);
        return file && (name.startsWith("part-") || name.startsWith(".") || name.startsWith("_") || name.equals("Thumbs.db")
                || name.equals("desktop.ini"));
    }

    /** Deletes a file or a folder with everything in it; a link is deleted itself, never what it points to. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
