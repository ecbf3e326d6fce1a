package org.innoscape.engines.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results moved into place as one run's, never a mix, and nothing of the user's deleted (no Spark needed). */
class PublicationTest {

    @TempDir
    Path folder;

    @Test
    void thePreviousResultsAreReplacedWhole() throws IOException {
        results(folder, "old", "part-00000-old.parquet");
        Path staging = results(Files.createDirectory(folder.resolve(".dedupe-staging-1")), "new", "part-00000-new.parquet");
        Publication.publish(staging, folder);
        assertEquals(expected("new", "part-00000-new.parquet"), contents(folder), "only this run's results, the old Parquet parts gone");
    }

    @Test
    void aMoveThatFailsPutsThePreviousResultsBack() throws IOException {
        results(folder, "old", "part-00000-old.parquet");
        Map<String, String> before = contents(folder);
        Path staging = results(Files.createDirectory(folder.resolve(".dedupe-staging-1")), "new", "part-00000-new.parquet");
        deleteTree(staging.resolve("clusters.parquet")); // the last move fails, after the others were made
        IOException failed = assertThrows(IOException.class, () -> Publication.publish(staging, folder));
        assertTrue(failed.getMessage().endsWith("; the previous results are as they were"), failed.getMessage());
        deleteTree(staging);
        assertEquals(before, contents(folder), "the previous results, every one of them, and none of this run's");
    }

    @Test
    void whatHasAResultsNameButIsNotOneIsRefusedAndKept() throws IOException {
        Path staging = results(Files.createDirectory(folder.resolve(".dedupe-staging-1")), "new", "part-00000-new.parquet");
        Files.createDirectories(folder.resolve("report.json"));
        Files.writeString(folder.resolve("report.json/important.txt"), "mine");
        IOException refused = assertThrows(IOException.class, () -> Publication.publish(staging, folder));
        assertTrue(refused.getMessage().contains("report.json is a folder, not a result of dedupe"), refused.getMessage());
        assertEquals("mine", Files.readString(folder.resolve("report.json/important.txt")));
        assertFalse(Files.exists(folder.resolve("pairs.csv")), "nothing moved");

        deleteTree(folder.resolve("report.json"));
        Files.createDirectories(folder.resolve("pairs.parquet"));
        Files.writeString(folder.resolve("pairs.parquet/notes.txt"), "mine");
        refused = assertThrows(IOException.class, () -> Publication.checkReplaceable(folder));
        assertTrue(refused.getMessage().contains("notes.txt, which dedupe did not write"), refused.getMessage());

        // What Spark's readers skip, and a desktop's own files, are no user's results.
        Files.delete(folder.resolve("pairs.parquet/notes.txt"));
        for (String skipped : new String[] { "part-00000-a.parquet", "_SUCCESS", "._SUCCESS.crc", "_metadata", ".DS_Store", "Thumbs.db" }) {
            Files.writeString(folder.resolve("pairs.parquet").resolve(skipped), "");
        }
        Publication.checkReplaceable(folder);

        deleteTree(folder.resolve("pairs.parquet"));
        Files.writeString(folder.resolve("clusters.parquet"), "a file of the user's");
        refused = assertThrows(IOException.class, () -> Publication.checkReplaceable(folder));
        assertTrue(refused.getMessage().contains("is a file, not a Parquet folder"), refused.getMessage());
    }

    @Test
    void anotherProcessPublishingIntoTheFolderIsWaitedFor() throws Exception {
        results(folder, "old", "part-00000-old.parquet");
        Path staging = results(Files.createDirectory(folder.resolve(".dedupe-staging-1")), "new", "part-00000-new.parquet");
        // Another JVM holds the folder's lock (as another dedupe's publication would), and writes a file just before letting go.
        Path released = folder.resolve(".released");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LockHolder.class.getName(), folder.resolve(Publication.LOCK).toString(),
                released.toString()).start();
        try (var said = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
            assertEquals("locked", said.readLine());
            Publication.publish(staging, folder);
            assertTrue(Files.exists(released), "the moves waited for the other process's lock");
        } finally {
            other.destroyForcibly();
        }
        assertEquals(expected("new", "part-00000-new.parquet"), contents(folder));
    }

    /**
     * Holds the lock of the file it is given for a second and a half, writes the second file and lets go (another dedupe
     * publishing, as far as the lock goes).
     */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            try (java.nio.channels.FileChannel file = java.nio.channels.FileChannel.open(Path.of(args[0]), java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE); java.nio.channels.FileLock lock = file.lock()) {
                System.out.println("locked");
                System.out.flush();
                Thread.sleep(1500);
                Files.writeString(Path.of(args[1]), "released");
            }
        }
    }

    /** A full set of results in {@code into}, each file saying {@code run}, the Parquet folders with one part of that name. */
    private static Path results(Path into, String run, String part) throws IOException {
        for (String name : JobOptions.WRITTEN) {
            if (name.endsWith(".parquet")) {
                Files.createDirectories(into.resolve(name));
                Files.writeString(into.resolve(name).resolve(part), run);
                Files.writeString(into.resolve(name).resolve("_SUCCESS"), "");
            } else {
                Files.writeString(into.resolve(name), run);
            }
        }
        return into;
    }

    private static Map<String, String> expected(String run, String part) {
        Map<String, String> expected = new TreeMap<>();
        for (String name : JobOptions.WRITTEN) {
            if (name.endsWith(".parquet")) {
                expected.put(name + "/" + part, run);
                expected.put(name + "/_SUCCESS", "");
            } else {
                expected.put(name, run);
            }
        }
        return expected;
    }

    /** Every file under {@code root} but hidden ones (staging folders, the lock), by its relative path. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(path).toString();
                if (!relative.startsWith(".")) {
                    contents.put(relative, Files.readString(path));
                }
            }
        }
        return contents;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
