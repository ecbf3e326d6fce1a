package org.innoscape.io.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.innoscape.io.ExportFormat;
import org.innoscape.io.ExportFormats;
import org.junit.jupiter.api.Test;

/** Plain Java, no OSGi and no extension registry: io's own export formats are still there (and nothing else). */
class ExportFormatsOutsideOsgiTest {

    @Test
    void iosOwnFormatsWithoutARegistry() {
        assertEquals(List.of("csv", "json", "xlsx"), ExportFormats.installed().stream().map(ExportFormat::id).toList());
        assertEquals(List.of(), ExportFormats.problems());
    }
}
