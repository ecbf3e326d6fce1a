package org.innoscape.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.io.ExportFormat;
import org.innoscape.io.ExportFormats;
import org.innoscape.io.RegisterKind;
import org.innoscape.io.RegisterReader;
import org.innoscape.io.RegisterTable;
import org.innoscape.model.InnovationSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * io's own export formats, always installed. The network bundle's graphml and gexf, and contributions that
 * are skipped, are checked where the network bundle is: ExportFormatContributionTest in
 * org.innoscape.analysis.network.tests.
 */
class ExportFormatsTest {
    private final InnovationSystem england = EnglandHealthInnovation2021.build();

    @TempDir
    Path folder;

    @Test
    void iosOwnFormatsAreInstalledInOrderOfId() {
        List<String> ids = ExportFormats.installed().stream().map(ExportFormat::id).toList();
        assertTrue(ids.containsAll(List.of("csv", "xlsx", "json")), ids.toString());
        assertEquals(ids.stream().sorted(Comparator.naturalOrder()).toList(), ids);
        assertEquals("xlsx", ExportFormats.named(" XLSX ").orElseThrow().id(), "as typed after --format");
        assertTrue(ExportFormats.named("pdf").isEmpty());
        assertTrue(ExportFormats.named(null).isEmpty());
    }

    @Test
    void csvWritesAFolderOfRegistersAndNoStream() throws Exception {
        ExportFormat csv = ExportFormats.named("csv").orElseThrow();
        assertTrue(csv.writesFolder());
        assertFalse(csv.canWriteStream());
        assertEquals("", csv.fileExtension());
        List<Path> written = csv.write(england, folder.resolve("registers"));
        assertEquals(List.of("actors.csv", "initiatives.csv", "relationships.csv"),
                written.stream().map(p -> p.getFileName().toString()).toList());
        assertThrows(IOException.class, () -> csv.write(england, new ByteArrayOutputStream()));
    }

    @Test
    void oneFileFormatsWriteTheSameToAFileAndToAStream() throws Exception {
        for (String id : List.of("json", "xlsx")) {
            ExportFormat format = ExportFormats.named(id).orElseThrow();
            assertTrue(format.canWriteStream() && !format.writesFolder(), id);
            assertEquals(id, format.fileExtension());
            assertFalse(format.label().isBlank() || format.description().isBlank(), id);
            Path file = folder.resolve("england." + format.fileExtension());
            assertEquals(List.of(file.toAbsolutePath()), format.write(england, file));
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            format.write(england, stream);
            if (id.equals("json")) {
                assertArrayEquals(stream.toByteArray(), Files.readAllBytes(file));
            } else {
                Path fromStream = Files.write(folder.resolve("from-stream.xlsx"), stream.toByteArray());
                List<RegisterTable> sheets = RegisterReader.read(fromStream);
                assertEquals(List.of(RegisterKind.ACTORS, RegisterKind.INITIATIVES, RegisterKind.RELATIONSHIPS),
                        sheets.stream().map(RegisterTable::kind).toList());
                assertEquals(england.getInitiatives().size(), sheets.get(1).rows().size());
            }
        }
    }
}
