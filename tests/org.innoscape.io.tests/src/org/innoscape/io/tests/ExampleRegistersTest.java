package org.innoscape.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.examples.ExampleModels;
import org.innoscape.io.RegisterExporter;
import org.innoscape.io.RegisterKind;
import org.innoscape.io.RegisterReader;
import org.innoscape.io.RegisterTable;
import org.innoscape.model.build.DefaultTemplate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples bundle ships the England example as registers (CSV and Excel) and empty templates;
 * they must be what the exporter writes today. On a mismatch, copy the files the message names.
 */
@Tag("osgi") // reads the registers the examples bundle ships, as bundle resources
class ExampleRegistersTest {
    private static final Path FRESH = Path.of("target", "example-registers").toAbsolutePath();

    @TempDir
    Path folder;

    @Test
    void shippedCsvRegistersAreTheExportOfTheExample() throws Exception {
        List<Path> fresh = RegisterExporter.writeCsv(EnglandHealthInnovation2021.build(), FRESH.resolve("england-health-innovation-2021"));
        for (Path file : fresh) {
            String shipped = read(ExampleModels.ENGLAND_2021_REGISTERS + file.getFileName());
            assertEquals(Files.readString(file), shipped, "out of date: copy " + file + " to bundles/org.innoscape.examples/"
                    + ExampleModels.ENGLAND_2021_REGISTERS);
        }
    }

    @Test
    void shippedWorkbookHasTheSameRegistersAsTheCsvFiles() throws Exception {
        RegisterExporter.writeXlsx(EnglandHealthInnovation2021.build(), FRESH.resolve("england-health-innovation-2021.xlsx"));
        List<RegisterTable> workbook = RegisterReader.read(copy(ExampleModels.ENGLAND_2021_WORKBOOK, "england.xlsx"));
        for (RegisterTable sheet : workbook) {
            RegisterTable csv = RegisterReader.read(copy(ExampleModels.ENGLAND_2021_REGISTERS + sheet.kind().fileName(),
                    sheet.kind().fileName())).get(0);
            assertEquals(csv.header(), sheet.header());
            assertEquals(csv.rows().stream().map(RegisterTable.Row::cells).toList(), sheet.rows().stream().map(RegisterTable.Row::cells).toList(),
                    "out of date: copy " + FRESH.resolve("england-health-innovation-2021.xlsx") + " to bundles/org.innoscape.examples/registers/");
        }
        assertEquals(3, workbook.size());
    }

    @Test
    void templatesAreEmptyRegistersThatImport() throws Exception {
        RegisterExporter.writeXlsx(DefaultTemplate.create("Template"), FRESH.resolve("registers-template.xlsx"));
        List<RegisterTable> sheets = RegisterReader.read(copy(ExampleModels.TEMPLATE_WORKBOOK, "template.xlsx"));
        assertEquals(List.of(RegisterKind.ACTORS, RegisterKind.INITIATIVES, RegisterKind.RELATIONSHIPS), sheets.stream().map(RegisterTable::kind).toList());
        for (RegisterKind kind : RegisterKind.values()) {
            Path csv = copy("registers/" + kind.name().toLowerCase() + "-template.csv", kind.fileName());
            RegisterTable table = RegisterReader.read(csv).get(0);
            assertEquals(kind, table.kind());
            assertEquals(kind.columns(), table.header(), "the template has every column, in order");
            assertTrue(table.rows().isEmpty());
        }
    }

    private Path copy(String entry, String name) throws Exception {
        URL url = ExampleModels.entry(entry);
        assertNotNull(url, "the examples bundle ships " + entry);
        Path file = folder.resolve(name);
        try (InputStream in = url.openStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private String read(String entry) throws Exception {
        return Files.readString(copy(entry, "shipped.csv"), StandardCharsets.UTF_8);
    }
}
