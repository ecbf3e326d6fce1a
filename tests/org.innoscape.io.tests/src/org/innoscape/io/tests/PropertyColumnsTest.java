package org.innoscape.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.innoscape.io.ImportResult;
import org.innoscape.io.RegisterExporter;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.Property;
import org.innoscape.model.build.DefaultTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Columns a register does not define are kept as element properties, exported and re-imported. */
class PropertyColumnsTest {
    @TempDir
    Path folder;

    @Test
    void extraColumnsBecomePropertiesAndRoundTrip() throws Exception {
        Path actors = Files.writeString(folder.resolve("actors.csv"), "id,name,kind,level,Region,Contact\n"
                + "a,Health Innovation North,network,regional,North East,\n"
                + "b,NICE,regulator,national,,enquiries\n");
        ImportResult result = RegisterRoundTripTest.importInto(DefaultTemplate.create("Extras"), List.of(actors), true);
        assertTrue(result.succeeded(), result.problems().toString());
        assertTrue(result.problems().stream().anyMatch(p -> !p.fatal() && p.reason().contains("kept as the property 'region'")),
                result.problems().toString());
        InnovationSystem model = result.model();
        assertEquals(List.of("region=North East"), describe(model.getActors().get(0).getProperties()));
        assertEquals(List.of("contact=enquiries"), describe(model.getActors().get(1).getProperties()));

        Path out = folder.resolve("out");
        RegisterExporter.writeCsv(model, out);
        String exported = Files.readString(out.resolve("actors.csv"));
        assertTrue(exported.startsWith("id,name,kind,level,member_of,description,source,acronym,contact,region\n"), exported);
        ImportResult back = RegisterRoundTripTest.importInto(DefaultTemplate.create("Back"), RegisterExporter.writeCsv(model, out), true);
        RegisterRoundTripTest.assertSameRegisters(model, back.model());
    }

    @Test
    void anEmptyCellRemovesThePropertyOnReimport() throws Exception {
        Path first = Files.writeString(folder.resolve("actors.csv"), "id,name,kind,region\na,A,regulator,North\n");
        InnovationSystem model = RegisterRoundTripTest.importInto(DefaultTemplate.create("P"), List.of(first), true).model();
        assertEquals(1, model.getActors().get(0).getProperties().size());
        Path second = Files.writeString(folder.resolve("actors.csv"), "id,name,kind,region\na,A,regulator,\n");
        InnovationSystem updated = RegisterRoundTripTest.importInto(model, List.of(second), true).model();
        assertEquals(0, updated.getActors().get(0).getProperties().size());
    }

    private static List<String> describe(List<Property> properties) {
        return properties.stream().map(p -> p.getKey() + "=" + p.getValue()).toList();
    }

    /** A wide export (thousands of extra columns) gives one warning, not one per column, and keeps every value. */
    @Test
    void thousandsOfExtraColumnsGiveOneWarning() throws Exception {
        int columns = 20_000;
        StringBuilder text = new StringBuilder("id,name");
        for (int c = 0; c < columns; c++) {
            text.append(",x").append(c);
        }
        text.append('\n');
        for (int r = 0; r < 5; r++) {
            text.append("i").append(r).append(",Initiative ").append(r);
            for (int c = 0; c < columns; c++) {
                text.append(',').append(c % 7 == 0 ? "" : Integer.toString(c));
            }
            text.append('\n');
        }
        Path wide = Files.writeString(folder.resolve("wide.csv"), text);
        ImportResult result = RegisterRoundTripTest.importInto(DefaultTemplate.create("Wide"), List.of(wide), true);
        assertTrue(result.succeeded(), result.fatalProblems().toString());
        assertEquals(1, result.problems().stream().filter(p -> p.reason().contains("are not columns of the initiatives register")).count());
        assertTrue(result.problems().size() < 5, result.problems().size() + " problems");
        assertEquals(columns - (columns + 6) / 7, result.model().getInitiatives().get(0).getProperties().size());
    }
}
