package org.innoscape.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** The headless application of the built product, started in its own process without a display. */
class HeadlessProductTest {

    @Test
    void productIsMaterializedWithTheCliAndTheWorkbench() throws Exception {
        try (var plugins = Files.list(ProductProcess.productDir().resolve("plugins"))) {
            var names = plugins.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.startsWith("org.innoscape.cli_")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.startsWith("org.innoscape.ui_")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.startsWith("org.eclipse.swt.gtk.linux.x86_64_")), names.toString());
        }
    }

    @Test
    void helpPrintsUsageAndExitsZero() throws Exception {
        var result = ProductProcess.runCli("--help");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Usage:"), result.out());
        assertTrue(result.out().contains("Commands:"), result.out());
    }

    @Test
    void versionPrintsTheBuiltVersion() throws Exception {
        var result = ProductProcess.runCli("--version");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("Innoscape 0.1.0"), result.out());
    }

    @Test
    void shippedExampleModelIsValid() throws Exception {
        java.nio.file.Path example;
        try (var plugins = Files.list(ProductProcess.productDir().resolve("plugins"))) {
            example = plugins.filter(p -> p.getFileName().toString().startsWith("org.innoscape.examples_")).findFirst()
                    .orElseThrow().resolve("models/england-health-innovation-2021.innoscape");
        }
        var result = ProductProcess.runCli("validate", example.toString());
        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("valid"), result.out());
    }

    /** Excel goes through POI, XMLBeans and the Log4j API inside OSGi: wiring that only the real product shows. */
    @Test
    void excelRegistersExportAndImportInTheProduct(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Path example;
        try (var plugins = Files.list(ProductProcess.productDir().resolve("plugins"))) {
            example = plugins.filter(p -> p.getFileName().toString().startsWith("org.innoscape.examples_")).findFirst()
                    .orElseThrow().resolve("models/england-health-innovation-2021.innoscape");
        }
        java.nio.file.Path workbook = folder.resolve("england.xlsx");
        var exported = ProductProcess.runCli("export", example.toString(), "--format", "xlsx", "--output", workbook.toString());
        assertEquals(0, exported.exitCode(), exported.out() + exported.err());
        assertTrue(Files.size(workbook) > 10_000);
        var imported = ProductProcess.runCli("import", workbook.toString(), "--into", folder.resolve("copy.innoscape").toString());
        assertEquals(0, imported.exitCode(), imported.out() + imported.err());
        assertTrue(imported.out().contains("element(s) created"), imported.out());
    }

    @Test
    void badCommandExitsTwoWithAClearMessage() throws Exception {
        var result = ProductProcess.runCli("frobnicate");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("unknown command 'frobnicate'"), result.err());
        assertEquals("", result.out());
    }
}
