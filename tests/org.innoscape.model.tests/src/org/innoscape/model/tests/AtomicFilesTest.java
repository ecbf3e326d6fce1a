package org.innoscape.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.innoscape.model.persistence.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path folder;

    @Test
    void replacingAFileKeepsItsContentWholeAndItsPermissions() throws Exception {
        Path file = folder.resolve("shared.innoscape");
        AtomicFiles.write(file, "first");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(file, "second");
        assertEquals("second", Files.readString(file));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (var files = Files.list(folder)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file is left behind");
        }
    }

    @Test
    void streamedContentReplacesTheFileOnlyWhenItIsWrittenWhole() throws Exception {
        Path file = folder.resolve("report.json");
        AtomicFiles.write(file, "old report");
        byte[] line = "a finding of a large report\n".getBytes(StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            for (int i = 0; i < 10_000; i++) {
                out.write(line);
            }
            throw new IOException("the report could not be finished");
        }));
        assertEquals("old report", Files.readString(file), "a failed write leaves the old file");
        assertThrows(OutOfMemoryError.class, () -> AtomicFiles.write(file, out -> {
            out.write(line);
            throw new OutOfMemoryError("as when the findings outgrow the heap");
        }));
        assertEquals("old report", Files.readString(file), "also when the JVM runs out of memory while writing");
        try (var files = Files.list(folder)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file is left behind");
        }
        AtomicFiles.write(file, out -> {
            for (int i = 0; i < 10_000; i++) {
                out.write(line);
            }
        });
        assertEquals(10_000L * line.length, Files.size(file));
    }
}
