package org.innoscape.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innoscape.io.ColumnMapping;
import org.innoscape.io.ImportProblem;
import org.innoscape.io.RegisterKind;
import org.innoscape.io.RegisterReader;
import org.innoscape.io.RegisterTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mapping files (`import --map`) and the wizard's proposal, in the bundle that owns them: rules,
 * constants and value translations applied to a register whose headers are not ours, every malformed
 * line named by file and line, a written mapping read back the same, and headers guessed from their words.
 */
class ColumnMappingTest {
    private static final String THEIR_REGISTER = """
            Ref,Programme title,Lead body,Status,Notes
            R1,Spread fund,Innovate UK,Live; Closed,first
            R2,Test beds,,closed,
            """;
    private static final String MAPPING = """
            # their register, our columns
            id <- Ref
            name <- Programme title
            owner <- Lead body

            owner := NHS England
            status: live -> active
            status: Closed -> concluded
            """;

    @TempDir
    Path folder;

    private RegisterTable read(String text) throws Exception {
        Path file = Files.writeString(folder.resolve("theirs.csv"), text, StandardCharsets.UTF_8);
        return RegisterReader.read(file).get(0);
    }

    private Path mappingFile(String text) throws Exception {
        return Files.writeString(folder.resolve("theirs.map"), text, StandardCharsets.UTF_8);
    }

    @Test
    void rulesRenameHeadersConstantsFillOnlyEmptyCellsAndValuesAreTranslatedOnePartAtATime() throws Exception {
        RegisterTable theirs = read(THEIR_REGISTER);
        assertTrue(theirs.hasFatalProblems(), "without the mapping it has no id or name column");
        RegisterTable mapped = ColumnMapping.read(mappingFile(MAPPING)).apply(theirs);

        assertEquals(RegisterKind.INITIATIVES, mapped.kind());
        assertEquals(List.of("id", "name", "owner", "status", "notes"), mapped.header());
        assertFalse(mapped.hasFatalProblems(), "the header's problems are found again for the mapped header: " + mapped.problems());
        RegisterTable.Row first = mapped.rows().get(0);
        assertEquals("R1", first.get("id"));
        assertEquals("Spread fund", first.get("name"));
        assertEquals("Innovate UK", first.get("owner"), "a constant never replaces a value");
        assertEquals("active;concluded", first.get("status"), "each value of a list translated, matched any way written");
        assertEquals("first", first.get("notes"), "an unmapped column is kept");
        RegisterTable.Row second = mapped.rows().get(1);
        assertEquals("NHS England", second.get("owner"), "a constant fills an empty cell");
        assertEquals("concluded", second.get("status"));
        assertEquals(3, second.number(), "rows keep their line numbers");
    }

    @Test
    void theReadersProblemsWithRowsAreKeptAndOnlyTheHeadersFoundAgain() throws Exception {
        RegisterTable theirs = read("Ref,Programme title\nR1,One,an extra cell\nR2,Two\n");
        List<ImportProblem> rowProblems = theirs.problems().stream().filter(p -> p.row() > 1).toList();
        assertFalse(rowProblems.isEmpty(), "the register has a problem with a row: " + theirs.problems());
        RegisterTable mapped = ColumnMapping.read(mappingFile("id <- Ref\nname <- Programme title\n")).apply(theirs);
        assertTrue(mapped.problems().containsAll(rowProblems), mapped.problems().toString());
        assertTrue(mapped.problems().stream().noneMatch(p -> p.row() == 1 && p.fatal()), mapped.problems().toString());
    }

    /** A mapping saved with a byte-order mark (Notepad's UTF-8) reads as one without (session 29's pass: line 1 was refused). */
    @Test
    void aMappingWithAByteOrderMarkIsRead() throws Exception {
        RegisterTable mapped = ColumnMapping.read(mappingFile("\uFEFFid <- Ref\nname <- Programme title\n")).apply(read("Ref,Programme title\nR1,One\n"));
        assertEquals(List.of("id", "name"), mapped.header());
    }

    @Test
    void aConstantForAColumnTheRegisterLacksAddsIt() throws Exception {
        RegisterTable mapped = ColumnMapping.read(mappingFile("id <- Ref\nname <- Programme title\nstatus := active\n"))
                .apply(read("Ref,Programme title\nR1,One\n"));
        assertEquals(List.of("id", "name", "status"), mapped.header());
        assertEquals("active", mapped.rows().get(0).get("status"));
    }

    /** Where an initiative applies is a property, not a register column, but the duplication analysis reads it: a mapping may name it. */
    @Test
    void aMappingMayNameThePropertiesTheAnalysesRead() throws Exception {
        RegisterTable mapped = ColumnMapping.read(mappingFile("id <- Ref\nname <- Programme title\ncountry <- Beneficiary Location:Country Code\n"
                + "region <- Area\njurisdiction := UK\n")).apply(read("Ref,Programme title,Beneficiary Location:Country Code,Area\nR1,One,CM,Douala\n"));
        assertEquals(List.of("id", "name", "country", "region", "jurisdiction"), mapped.header());
        assertEquals("CM", mapped.rows().get(0).get("country"));
        assertEquals("Douala", mapped.rows().get(0).get("region"));
    }

    @Test
    void everyMalformedLineIsNamedByFileAndLine() throws Exception {
        Path file = mappingFile("# comment\n\nname <- Title\nthis is no rule\n");
        ColumnMapping.BadMapping noRule = assertThrows(ColumnMapping.BadMapping.class, () -> ColumnMapping.read(file));
        assertEquals(file + ", line 4: expected 'column <- their header', 'column := constant' or 'column: their value -> our value', "
                + "found 'this is no rule'", noRule.getMessage());

        for (String line : List.of("colour <- Colour", "colour := red", "colour: red -> blue")) {
            Path bad = mappingFile("name <- Title\n" + line + "\n");
            ColumnMapping.BadMapping unknown = assertThrows(ColumnMapping.BadMapping.class, () -> ColumnMapping.read(bad), line);
            assertTrue(unknown.getMessage().startsWith(bad + ", line 2: 'colour' is not a register column; expected one of id, name, owner"),
                    unknown.getMessage());
            assertTrue(unknown.getMessage().endsWith("(actors), source, target, kind, strength, description, source_ref, id (relationships) "
                    + "or a property the analyses read (country, jurisdiction, region)"), unknown.getMessage());
        }
        for (String line : List.of("<- Title", ":= red", ": red -> blue")) {
            Path bad = mappingFile(line + "\n");
            ColumnMapping.BadMapping noColumn = assertThrows(ColumnMapping.BadMapping.class, () -> ColumnMapping.read(bad), line);
            assertEquals(bad + ", line 1: expected 'column <- their header', 'column := constant' or 'column: their value -> our value', found '"
                    + line + "'", noColumn.getMessage(), "a rule without its column");
        }
        assertTrue(ColumnMapping.read(mappingFile("# only a comment\n\n")).isEmpty());
        assertEquals("activity_types", ColumnMapping.read(mappingFile("Activity Types <- Support\n")).columnFor("SUPPORT"),
                "our column written any way, their header matched any way");
    }

    /** A constant or translated value the import would refuse is one error on the mapping's line, not one on every row it fills. */
    @Test
    void aValueTheImportWouldRefuseIsNamedByTheMappingsLine() throws Exception {
        for (String line : List.of("status := bogus", "status: Live -> running-ish", "offers_funding := maybe", "start_date := last spring",
                "currency := pounds", "activity_types: Admin -> paperwork", "strength := 9")) {
            Path bad = mappingFile("id <- Ref\n" + line + "\n");
            ColumnMapping.BadMapping refused = assertThrows(ColumnMapping.BadMapping.class, () -> ColumnMapping.read(bad), line);
            assertTrue(refused.getMessage().startsWith(bad + ", line 2: '" + line + "' writes a value the import refuses in "), refused.getMessage());
        }
        // Values the import reads, in the words it reads them in, are kept as written.
        ColumnMapping good = ColumnMapping.read(mappingFile("id <- Ref\nname <- Programme title\nstatus := Ongoing\noffers_funding := Y\n"
                + "start_date := April 2021\ncurrency := eur\nactivity_types: Admin -> information & signposting\nowner := Someone Not Yet Known\n"));
        RegisterTable mapped = good.apply(read("Ref,Programme title\nR1,One\n"));
        assertEquals("Ongoing", mapped.rows().get(0).get("status"));
        assertEquals("Someone Not Yet Known", mapped.rows().get(0).get("owner"), "references are the import's to check (the model may create them)");
    }

    @Test
    void aWrittenMappingReadsBackTheSame() throws Exception {
        ColumnMapping original = ColumnMapping.read(mappingFile(MAPPING));
        Path copy = folder.resolve("copy.map");
        original.write(copy);
        String written = Files.readString(copy);
        assertEquals("""
                # Innoscape column mapping: our column <- your header
                id <- Ref
                name <- Programme title
                owner <- Lead body
                owner := NHS England
                """, written.substring(0, written.indexOf("status:")), written);
        assertTrue(written.contains("status: live -> active\n") && written.contains("status: closed -> concluded\n"), written);
        RegisterTable theirs = read(THEIR_REGISTER);
        assertEquals(original.apply(theirs), ColumnMapping.read(copy).apply(theirs));
    }

    @Test
    void aMappingMadeInTheWizardSkipsEmptyAndOwnColumnsAndFindsHeadersAnyWayWritten() throws Exception {
        Map<String, String> chosen = new LinkedHashMap<>();
        chosen.put("Programme title", "name");
        chosen.put("Ref", "id");
        chosen.put("Name", "name");
        chosen.put("Notes", null);
        chosen.put("Remarks", "");
        ColumnMapping mapping = ColumnMapping.of(chosen);
        assertEquals("name", mapping.columnFor("programme  TITLE"));
        assertEquals("id", mapping.columnFor("ref"));
        assertNull(mapping.columnFor("Name"), "a header that is already ours needs no rule");
        assertNull(mapping.columnFor("Notes"));
        assertNull(mapping.columnFor("Remarks"));
        assertFalse(mapping.isEmpty());
        Path file = folder.resolve("wizard.map");
        mapping.write(file);
        assertEquals("# Innoscape column mapping: our column <- your header\nname <- Programme title\nid <- Ref\n", Files.readString(file));

        assertTrue(ColumnMapping.of(Map.of("Name", "name")).isEmpty());
        RegisterTable table = read("id,name\nP1,One\n");
        assertSame(table, ColumnMapping.none().apply(table), "no mapping, the same table");
        assertSame(table, ColumnMapping.of(new HashMap<>()).apply(table));
    }

    @Test
    void theProposalTakesOurHeadersFirstThenTheWordsOfTheirs() {
        List<String> header = Arrays.asList("Reference number", "Programme title", "Lead organisation", "Aims", "Annual budget (£)",
                "Launched", "Closes", "Pathway stage", "Theme", "Eligible groups", "Sector", "Partner bodies", "Type of support", "Colour");
        Map<String, String> proposal = ColumnMapping.propose(header);
        assertEquals(Arrays.asList("id", "name", "owner", "description", "budget", "start_date", "end_date", "stages", "drivers",
                "target_groups", "technology_area", "partners", "activity_types", null), header.stream().map(proposal::get).toList());

        Map<String, String> ours = ColumnMapping.propose(List.of("Name", "Programme title", "ID", "Ref"));
        assertEquals("name", ours.get("Name"));
        assertNull(ours.get("Programme title"), "the name is taken by a header that is ours");
        assertEquals("id", ours.get("ID"));
        assertNull(ours.get("Ref"), "the id too");
    }
}
