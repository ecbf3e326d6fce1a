package org.innoscape.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.innoscape.io.ImportProblem;
import org.innoscape.io.RegisterKind;
import org.innoscape.io.RegisterReader;
import org.innoscape.io.RegisterTable;
import org.innoscape.model.InstrumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the STIP Compass reader makes of an initiative's rows, cell by cell: the first value given wins
 * (one initiative has a row per instrument), pandas' years and flags read as written by hand, the
 * country code preferred to the country's name for an organisation, every instrument label kept and
 * the first known one the type, and a row of labels told from data with or without theme columns.
 */
class StipCompassRowsTest {
    private static final String HEADER = "InitiativeID|CountryLabel|CountryCode|NameEnglish|ShortDescription|StartDateYear|EndDateYear"
            + "|NameResponsibleOrganisation|HasBeenEvaluated|TH1|TG1|InstrumentTypeLabel|Objectives1\n";
    private static final String LABELS = "Initiative ID|Country|Country code|Name|Description|Start|End|Organisation|Evaluated|Governance"
            + "|Firms of any age|Instrument|Objective 1\n";

    @TempDir
    Path folder;

    private List<RegisterTable> read(String text) throws Exception {
        return RegisterReader.read(Files.writeString(folder.resolve("STIP-Data-Flatcsv.csv"), text, StandardCharsets.UTF_8));
    }

    private static RegisterTable table(List<RegisterTable> tables, RegisterKind kind) {
        return tables.stream().filter(t -> t.kind() == kind).findFirst().orElseThrow(() -> new AssertionError("no " + kind + " table in " + tables));
    }

    @Test
    void theFirstValueOfAnInitiativesRowsWinsAndEveryInstrumentIsKept() throws Exception {
        List<RegisterTable> tables = read(HEADER + LABELS + """
                7|Norway|NOR|Coastal sensors||2012.0||Fjord Agency|1.0|1|0|Innovation vouchers|Aim one
                7|Sweden|SWE|Other name|The description|2013|2020.0|Fjord Agency|0|0|1|Unknown instrument|Aim two
                """);
        RegisterTable initiatives = table(tables, RegisterKind.INITIATIVES);
        assertEquals(1, initiatives.rows().size());
        RegisterTable.Row row = initiatives.rows().get(0);
        assertEquals(3, row.number(), "the initiative's first data row");
        assertEquals("7", row.get("id"));
        assertEquals("Coastal sensors", row.get("name"));
        assertEquals("The description", row.get("description"), "the first row that has one");
        assertEquals("2012", row.get("start_date"), "pandas' 2012.0 is 2012");
        assertEquals("2020", row.get("end_date"));
        assertEquals("1", row.get("evaluated"), "pandas' 1.0 is 1");
        assertEquals("Norway", row.get("stip_country"));
        assertEquals("NOR", row.get("stip_country_code"));
        assertEquals("Governance", row.get("stip_themes"), "flagged in one row is flagged");
        assertEquals("Firms of any age", row.get("target_groups"));
        assertEquals("Innovation vouchers; Unknown instrument", row.get("stip_instruments"));
        assertEquals(InstrumentType.INNOVATION_VOUCHERS.getName(), row.get("instrument_type"));
        assertEquals("Aim one\nAim two", row.get("stip_objectives"));
        List<ImportProblem> unknown = initiatives.problems().stream().filter(p -> "InstrumentTypeLabel".equals(p.column())).toList();
        assertEquals(1, unknown.size(), initiatives.problems().toString());
        assertEquals(4, unknown.get(0).row());
        assertEquals("Unknown instrument", unknown.get(0).value());

        RegisterTable actors = table(tables, RegisterKind.ACTORS);
        assertEquals(1, actors.rows().size());
        assertTrue(actors.rows().get(0).get("id").startsWith("stip-org/nor/"), "by country code: " + actors.rows().get(0).get("id"));
        assertEquals("Fjord Agency", actors.rows().get(0).get("name"));
        assertEquals(actors.rows().get(0).get("id"), row.get("owner"));
    }

    @Test
    void withoutADescriptionTheObjectivesDescribeAndWithoutACountryCodeTheCountryNames() throws Exception {
        List<RegisterTable> tables = read(HEADER + LABELS + "8|Norway||Sensors||||Fjord Agency|true|0|0||First aim\n");
        RegisterTable.Row row = table(tables, RegisterKind.INITIATIVES).rows().get(0);
        assertEquals("First aim", row.get("description"));
        assertEquals("true", row.get("evaluated"), "as written: the importer reads it");
        assertEquals("", row.get("stip_themes"));
        assertEquals("", row.get("instrument_type"));
        assertTrue(table(tables, RegisterKind.ACTORS).rows().get(0).get("id").startsWith("stip-org/norway/"),
                table(tables, RegisterKind.ACTORS).rows().get(0).get("id"));
    }

    @Test
    void anExportWithoutNamesIsRefusedRatherThanGivenNamesMadeOfIds() throws Exception {
        // Names made of ids ("STIP initiative 1", "STIP initiative 2") would be compared as text and reported alike.
        List<RegisterTable> tables = read("InitiativeID|Foo\nhttp://x/1|Alpha\nhttp://x/2|Beta\n");
        RegisterTable initiatives = table(tables, RegisterKind.INITIATIVES);
        assertTrue(initiatives.rows().isEmpty(), initiatives.rows().toString());
        assertTrue(initiatives.problems().stream().anyMatch(p -> p.fatal() && p.row() == 1 && p.reason().contains("no column of names")
                && p.reason().contains("NameEnglish")), initiatives.problems().toString());
        // The export's name in the original language is a name.
        List<RegisterTable> original = read("InitiativeID|NameOriginalLanguage\nhttp://x/1|Forskningsrådet\n");
        assertEquals(List.of("Forskningsrådet"), table(original, RegisterKind.INITIATIVES).rows().stream().map(r -> r.get("name")).toList());
    }

    /** A row without a name in an export that has names keeps a name made of its id, and is said, row and id. */
    @Test
    void anInitiativeWithoutANameIsSaid() throws Exception {
        RegisterTable initiatives = table(read("InitiativeID|NameEnglish\nhttp://x/1|One\nhttp://x/2| \n"), RegisterKind.INITIATIVES);
        assertEquals(List.of("One", "STIP initiative http://x/2"), initiatives.rows().stream().map(r -> r.get("name")).toList());
        assertEquals(List.of("3: initiative http://x/2 has no name in any of NameEnglish"), initiatives.problems().stream()
                .map(p -> p.row() + ": " + p.reason().substring(0, p.reason().indexOf(','))).toList());
        assertTrue(initiatives.problems().stream().noneMatch(p -> p.fatal()));
    }

    /** Rows of one initiative that name it differently are said: one of the names is lost (session 29's pass). */
    @Test
    void rowsOfOneInitiativeWithAnotherNameAreSaid() throws Exception {
        RegisterTable initiatives = table(read("InitiativeID|NameEnglish\n101|One\n101|ONE\n101|Another programme\n"), RegisterKind.INITIATIVES);
        assertEquals(List.of("One"), initiatives.rows().stream().map(r -> r.get("name")).toList());
        assertEquals(List.of("4: initiative 101 is named 'One' on row 2; the name of its first row is kept"), initiatives.problems().stream()
                .map(p -> p.row() + ": " + p.reason()).toList());
    }

    /** An organisation's actor cites the row it is first named on, not the header (session 29's pass). */
    @Test
    void anOrganisationCitesTheRowItIsFirstNamedOn() throws Exception {
        List<RegisterTable> tables = read("InitiativeID|NameEnglish|NameResponsibleOrganisation\n1|One|\n2|Two|Research Council\n3|Three|Research Council\n");
        assertEquals(List.of(3), table(tables, RegisterKind.ACTORS).rows().stream().map(RegisterTable.Row::number).toList());
    }

    @Test
    void aRowOfLabelsIsToldFromDataByItsIdWhenThereAreNoThemeColumns() throws Exception {
        String header = "InitiativeID|NameEnglish|CountryLabel\n";
        List<RegisterTable> labelled = read(header + "Initiative ID|Name|Country\nhttp://stip.oecd.org/2021/data/policyInitiatives/1|One|Norway\n");
        assertEquals(List.of("One"), table(labelled, RegisterKind.INITIATIVES).rows().stream().map(r -> r.get("name")).toList());

        for (String id : List.of("http://stip.oecd.org/2021/data/policyInitiatives/1", "1001", "PI-2021/17")) {
            List<RegisterTable> unlabelled = read(header + id + "|One|Norway\n" + id + "9|Two|Norway\n");
            assertEquals(List.of("One", "Two"), table(unlabelled, RegisterKind.INITIATIVES).rows().stream().map(r -> r.get("name")).toList(),
                    "a first data row with id " + id + " is data");
            assertTrue(table(unlabelled, RegisterKind.INITIATIVES).problems().stream().noneMatch(p -> p.reason().contains("no row of labels")),
                    "without theme or group columns, no labels are missed");
        }
    }

    @Test
    void aRowOfLabelsIsToldFromDataByItsThemeCellsWordsOrFlags() throws Exception {
        String header = "InitiativeID|NameEnglish|TH1|TH2|TG1\n";
        List<RegisterTable> labelled = read(header + "Initiative ID|Name|Governance|Skills|Firms\n1|One|1|0|1\n");
        RegisterTable.Row one = table(labelled, RegisterKind.INITIATIVES).rows().get(0);
        assertEquals("Governance", one.get("stip_themes"));
        assertEquals("Firms", one.get("target_groups"));

        List<RegisterTable> unlabelled = read(header + "1|One|1|0|yes\n2|Two|0|1|no\n");
        RegisterTable initiatives = table(unlabelled, RegisterKind.INITIATIVES);
        assertEquals(List.of("One", "Two"), initiatives.rows().stream().map(r -> r.get("name")).toList());
        assertEquals("TH1", initiatives.rows().get(0).get("stip_themes"), "named by its code without labels");
        assertEquals("TG1", initiatives.rows().get(0).get("target_groups"));
        assertTrue(initiatives.problems().stream().anyMatch(p -> !p.fatal() && p.row() == 2 && p.reason().contains("no row of labels")),
                initiatives.problems().toString());

        List<RegisterTable> mostlyWords = read(header + "Initiative ID|Name|Governance|1|Firms\n1|One|1|1|1\n");
        assertEquals(List.of("One"), table(mostlyWords, RegisterKind.INITIATIVES).rows().stream().map(r -> r.get("name")).toList(),
                "two words against one flag: labels");
        List<RegisterTable> mostlyFlags = read(header + "1|One|Governance|1|0\n2|Two|1|1|1\n");
        assertEquals(List.of("One", "Two"), table(mostlyFlags, RegisterKind.INITIATIVES).rows().stream().map(r -> r.get("name")).toList(),
                "one word against two flags: data");
    }
}
