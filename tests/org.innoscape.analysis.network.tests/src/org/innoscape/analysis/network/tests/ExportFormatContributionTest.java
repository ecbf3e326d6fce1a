package org.innoscape.analysis.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.innoscape.analysis.network.export.GexfFormat;
import org.innoscape.analysis.network.export.GraphMlFormat;
import org.innoscape.io.ExportFormat;
import org.innoscape.io.ExportFormats;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The network bundle contributes graphml and gexf to org.innoscape.io.exportFormats (its plugin.xml);
 * this fragment's fragment.xml adds four contributions a faulty build would install, all skipped.
 */
@Tag("osgi") // reads contributions from the extension registry
class ExportFormatContributionTest {

    @Test
    void theInstalledFormatsAreIosOwnAndTheNetworksOrderedById() {
        assertEquals(List.of("csv", "gexf", "graphml", "json", "xlsx"), ExportFormats.installed().stream().map(ExportFormat::id).toList());
        assertInstanceOf(GraphMlFormat.class, ExportFormats.named("graphml").orElseThrow());
        assertInstanceOf(GexfFormat.class, ExportFormats.named("GEXF").orElseThrow());
    }

    @Test
    void brokenOrClashingContributionsAreSkippedAndSaidWhy() {
        List<String> problems = ExportFormats.problems();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("NoSuchFormat")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("NotAnExportFormat does not implement org.innoscape.io.ExportFormat")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("the export format id 'csv' is already taken")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("declared as 'network' calls itself 'graphml'")), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.startsWith("org.innoscape.analysis.network: ")), problems.toString());
        assertEquals("csv", ExportFormats.named("csv").orElseThrow().id());
        assertTrue(ExportFormats.named("csv").orElseThrow().writesFolder(), "a built-in format is never replaced");
        assertTrue(ExportFormats.named("network").isEmpty() && ExportFormats.named("missing").isEmpty());
    }
}
