package org.innoscape.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.innoscape.io.ImportProblem;
import org.innoscape.io.ImportResult;
import org.innoscape.io.RegisterKind;
import org.innoscape.io.RegisterReader;
import org.innoscape.io.RegisterTable;
import org.innoscape.model.Focus;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.build.DefaultTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad registers give clear reports (row, column, value, reason) and change nothing. */
class MalformedRegisterTest {
    @TempDir
    Path folder;

    private Path file(String name, String content) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static RegisterTable readOne(Path file) {
        List<RegisterTable> tables = RegisterReader.read(file);
        assertEquals(1, tables.size(), "one register in " + file);
        return tables.get(0);
    }

    private ImportResult importFiles(Path... files) {
        return RegisterRoundTripTest.importInto(DefaultTemplate.create("Target"), List.of(files), true);
    }

    /** Two funders that both number their grants from 1 must not become one grant each: the import names both rows. */
    @Test
    void anIdGivenTwiceInOneImportIsRefusedNamingBothRows() throws Exception {
        Path first = file("funder-a.csv", "id,name\n1,Remote monitoring\n2,Virtual wards\n2,Virtual wards again\n");
        ImportResult within = importFiles(first);
        assertFalse(within.succeeded());
        assertEquals(List.of(first + ":4 id '2': the id is also on row 3; ids must be unique across the registers of one import "
                + "(two rows with one id would become one element)"), within.fatalProblems().stream().map(MalformedRegisterTest::where).toList());
        Path other = file("funder-b.csv", "id,name\n1,Falls prevention\n");
        Path fixed = file("funder-a2.csv", "id,name\n1,Remote monitoring\n2,Virtual wards\n");
        ImportResult across = importFiles(fixed, other);
        assertFalse(across.succeeded(), "nothing is imported");
        assertNull(across.model());
        assertTrue(across.fatalProblems().get(0).reason().startsWith("the id is also on row 2 of " + fixed), across.fatalProblems().toString());
    }

    private static String where(ImportProblem problem) {
        return problem.file() + ":" + problem.row() + " " + problem.column() + " '" + problem.value() + "': " + problem.reason();
    }

    @Test
    void theSeparatorIsTheOneTheHeaderUsesMost() throws Exception {
        Map<String, String> registers = Map.of("pipes.csv", "id|name\np1|One, with a comma\n", "semicolons.csv", "id;name\np1;One, with a comma\n",
                "tabs.csv", "id\tname\np1\tOne, with a comma\n", "commas.csv", "id,name\np1,\"One, with a comma\"\n",
                "tabs-and-commas.csv", "id\tname\tnotes, free text\np1\tOne, with a comma\t\n");
        for (var register : registers.entrySet()) {
            RegisterTable table = readOne(file(register.getKey(), register.getValue()));
            assertEquals(List.of("One, with a comma"), table.rows().stream().map(r -> r.get("name")).toList(), register.getKey() + ": "
                    + table.header() + " " + table.problems());
        }
    }

    @Test
    void semicolonsBomAndCaseInsensitiveHeadersAreAccepted() throws Exception {
        Path file = file("programmes.csv", "\uFEFFID;Name;Owner;Focus;Offers_Funding;Funding_Recipients;Stages;Start_Date;End_Date\n"
                + "p1;Adoption fund;NHSX;non-clinical;yes;adopters;Adoption;2020;2022-03\n");
        ImportResult result = importFiles(file);
        assertTrue(result.succeeded(), result.problems().toString());
        var initiative = result.model().getInitiatives().get(0);
        assertEquals(Focus.NON_CLINICAL, initiative.getFocus());
        assertEquals(FundingRecipients.ADOPTERS, initiative.getFundingRecipients());
        assertEquals("Adoption", initiative.getStagesSupported().get(0).getName());
        assertEquals("NHSX", initiative.getOwners().get(0).getName(), "an unknown owner is created");
        assertTrue(result.problems().stream().anyMatch(p -> !p.fatal() && p.reason().contains("new actor was created")), result.problems().toString());
    }

    @Test
    void badValuesNameRowColumnAndValueAndImportNothing() throws Exception {
        Path file = file("initiatives.csv", "id,name,focus,start_date,end_date,budget\n"
                + "a,Good,clinical,2020,2021,100\n"
                + "b,Bad focus,sometimes,2020,2021,100\n"
                + "c,Bad dates,clinical,2022,2021,100\n"
                + "d,Bad budget,clinical,2020,2021,lots\n");
        ImportResult result = importFiles(file);
        assertNull(result.model(), "nothing is imported");
        List<String> problems = result.fatalProblems().stream().map(ImportProblem::toString).toList();
        assertTrue(problems.contains(file + ", row 3, column focus, value 'sometimes': not a known focus; expected one of "
                + "clinical, non clinical, both"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("row 4, column end_date") && p.contains("before the start date")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("row 5, column budget, value 'lots': not a number")), problems.toString());
    }

    /** Budgets the model would refuse, or that read as another amount, are refused at import with their row (session 29's pass). */
    @Test
    void budgetsThatAreNotAmountsOrRangesAreRefused() throws Exception {
        Path file = file("initiatives.csv", "id,name,budget\n"
                + "a,Negative,-5000000\n"
                + "b,Backwards,1000000 - 500\n"
                + "c,Odd commas,\"1,0,0\"\n"
                + "d,Fine,\"500 - 1,000,000\"\n");
        ImportResult result = importFiles(file);
        assertNull(result.model(), "nothing is imported");
        List<String> problems = result.fatalProblems().stream().map(ImportProblem::toString).toList();
        assertEquals(List.of(file + ", row 2, column budget, value '-5000000': a budget cannot be negative",
                file + ", row 3, column budget, value '1000000 - 500': the upper amount is below the lower; write a range low to high, "
                        + "e.g. 500 - 1000000",
                file + ", row 4, column budget, value '1,0,0': not a number; commas go between groups of three digits, e.g. 5,000,000"),
                problems);
    }

    /**
     * Amounts an attacker would write: too large to write out or add up (1E+999999999), finer than any budget, or a cell of
     * spaces the range pattern would search from every space. Refused at once with their row, nothing imported.
     */
    @Test
    void absurdAmountsAreRefusedWithoutBeingWrittenOut() throws Exception {
        Path file = file("initiatives.csv", "id,name,budget\n"
                + "a,Huge,1E+999999999\n"
                + "b,Fine grained,0.00000001\n"
                + "c,Spaces,1" + " ".repeat(50_000) + "2\n"
                + "d,Large but real,\"12,000,000,000\"\n");
        ImportResult result = importFiles(file);
        assertNull(result.model(), "nothing is imported");
        List<String> problems = result.fatalProblems().stream().map(ImportProblem::toString).toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("row 2, column budget") && problems.get(0).contains("out of range"), problems.get(0));
        assertTrue(problems.get(1).contains("row 3, column budget") && problems.get(1).contains("decimal places"), problems.get(1));
        assertTrue(problems.get(2).contains("row 4, column budget") && problems.get(2).contains("not a number (50002 characters)"),
                problems.get(2));
    }

    @Test
    void anEmptyIdSaysWhatAnIdIsFor() throws Exception {
        Path file = file("new.csv", "id,name\n,Adopter Support Fund\n");
        ImportResult result = importFiles(file);
        assertNull(result.model(), "nothing is imported");
        ImportProblem problem = result.fatalProblems().get(0);
        assertEquals(2, problem.row());
        assertEquals("id", problem.column());
        assertTrue(problem.reason().contains("the same id updates the same element on the next import"), problem.reason());
    }

    @Test
    void missingRequiredColumnIsFatal() throws Exception {
        Path file = file("actors.csv", "id,kind,level\na,regulator,national\n");
        ImportResult result = importFiles(file);
        assertFalse(result.succeeded());
        assertTrue(result.fatalProblems().get(0).reason().contains("required column 'name' is missing"));
    }

    @Test
    void aMissingColumnIsSaidOnceNotOncePerRow() throws Exception {
        Path file = file("initiatives.csv", "name,owner,description\nA,O1,one\nB,O2,two\nC,O3,three\n");
        ImportResult result = importFiles(file);
        assertNull(result.model(), "nothing is imported");
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertEquals(1, result.problems().get(0).row());
        assertTrue(result.problems().get(0).reason().contains("required column 'id' is missing"), result.problems().toString());
    }

    @Test
    void raggedRowsEmptyFilesAndBadEncodingAreReported() throws Exception {
        RegisterTable ragged = readOne(file("actors.csv", "id,name,kind,level\na,A,regulator,national\nb,B,regulator\n"));
        assertEquals("the row has 3 cells; the header has 4", ragged.problems().get(0).reason());
        assertEquals(3, ragged.problems().get(0).row());

        RegisterTable empty = readOne(file("empty.csv", ""));
        assertTrue(empty.problems().get(0).reason().contains("empty"));

        Path latin1 = folder.resolve("latin1.csv");
        Files.write(latin1, "id,name,kind,level\na,Caf\u00e9,regulator,national\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(readOne(latin1).problems().get(0).reason().contains("not UTF-8"));

        RegisterTable unknown = readOne(file("other.csv", "colour,size\nred,3\n"));
        assertTrue(unknown.problems().get(0).reason().contains("matches no register"));
    }

    @Test
    void hugeCellsAreRefused() throws Exception {
        String huge = "x".repeat(1_000_000);
        RegisterTable table = readOne(file("actors.csv", "id,name,kind,level\na," + huge + ",regulator,national\n"));
        assertTrue(table.hasFatalProblems());
        assertTrue(table.problems().get(0).reason().contains("1000000 characters"), table.problems().get(0).reason());
    }

    /** A model or a workbook named .csv is said as what it is, not as a hundred ragged rows (session 29's pass). */
    @Test
    void aModelOrAWorkbookGivenAsCsvIsSaidAsWhatItIs() throws Exception {
        RegisterTable model = readOne(file("model.csv", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<innoscape:InnovationSystem "
                + "xmlns:innoscape=\"http://innoscape.org/model/1.0\" id=\"s\"/>\n"));
        assertEquals(List.of("an Innoscape model, not a register: export its registers with export --format csv, or combine models with merge"),
                model.problems().stream().map(ImportProblem::reason).toList());
        Path zip = folder.resolve("book.csv");
        Files.write(zip, new byte[] { 'P', 'K', 3, 4, 20, 0, 0, 0 });
        assertTrue(readOne(zip).problems().get(0).reason().startsWith("an Excel workbook (or another zip file), not CSV text"),
                readOne(zip).problems().toString());
    }

    /** A control character is the one problem of its cell: the cell is not then also said to be empty. */
    @Test
    void aControlCharacterIsOneProblemNotTwo() throws Exception {
        ImportResult result = importFiles(file("initiatives.csv", "id,name\np1,Remote\u0001monitoring\n"));
        assertFalse(result.succeeded());
        assertEquals(1, result.fatalProblems().size(), result.fatalProblems().toString());
        assertTrue(result.fatalProblems().get(0).reason().contains("control character U+0001 at position 7"), result.fatalProblems().toString());
    }

    /** What the CSV parser says is said in the file's terms: the line, the quote; no class names. */
    @Test
    void anUnclosedQuoteIsSaidWithItsLineAndWithoutTheParsersNames() throws Exception {
        RegisterTable unclosed = readOne(file("initiatives.csv", "id,name\np1,One\np2,\"Two, never closed\np3,Three\n"));
        String reason = unclosed.problems().get(0).reason();
        assertTrue(reason.contains("a quoted value that starts on line 3 is never closed"), reason);
        assertFalse(reason.contains("org.apache") || reason.contains("Exception"), reason);
        RegisterTable stray = readOne(file("stray.csv", "id,name\np1,\"One\" and more\n"));
        reason = stray.problems().get(0).reason();
        assertTrue(reason.contains("line 2: a quoted value") && reason.contains("followed by other text"), reason);
        assertFalse(reason.contains("org.apache") || reason.contains("Exception"), reason);
    }

    /** A column without a name is kept under its place, with a warning, rather than lost without a word. */
    @Test
    void aColumnWithoutANameThatHoldsValuesIsKeptAndSaid() throws Exception {
        Path register = file("initiatives.csv", "id,name,,description,\np1,Remote monitoring,,Text,\np2,Virtual wards,zzz,Text,\n");
        RegisterTable table = readOne(register);
        assertEquals(List.of("id", "name", "column 3", "description", ""), table.header());
        ImportResult result = importFiles(register);
        assertTrue(result.succeeded(), result.problems().toString());
        List<ImportProblem> warnings = result.problems().stream().filter(p -> "column 3".equals(p.column())).toList();
        assertEquals(1, warnings.size(), "said once: " + result.problems());
        assertTrue(warnings.get(0).reason().contains("no name in the header but holds values (first on row 3)"), warnings.toString());
        var wards = result.model().getInitiatives().stream().filter(i -> i.getName().equals("Virtual wards")).findFirst().orElseThrow();
        assertEquals("zzz", wards.getProperties().stream().filter(p -> p.getKey().equals("column 3")).findFirst().orElseThrow().getValue());
    }

    /**
     * A header that reads like a register column beside that column written as the register names it is a property (an
     * export writes a property whose key is "Start Date" so); the import took it as the column twice and refused the file.
     */
    @Test
    void aPropertyNamedLikeAColumnBesideThatColumnIsKeptAsAProperty() throws Exception {
        Path register = file("initiatives.csv", "id,name,start_date,Start Date\np1,Remote monitoring,2020-04,spring\n");
        ImportResult result = importFiles(register);
        assertTrue(result.succeeded(), result.problems().toString());
        var initiative = result.model().getInitiatives().get(0);
        assertEquals("2020-04", initiative.getStartDate());
        assertEquals("spring", initiative.getProperties().stream().filter(p -> p.getKey().equals("start date")).findFirst().orElseThrow()
                .getValue());
        assertEquals(1, result.problems().stream().filter(p -> "start date".equals(p.column())).count(), result.problems().toString());
        ImportResult both = importFiles(file("both.csv", "id,name,Start Date,start-date\np1,Remote monitoring,2020-04,2021\n"));
        assertFalse(both.succeeded(), "two spellings of one column and neither as the register names it: which is meant is unknown");
    }

    /** An id nobody can see (a no-break space, a zero-width space) is refused like an empty one; such characters around a value go. */
    @Test
    void invisibleIdsAreRefusedAndInvisibleEdgesTrimmed() throws Exception {
        ImportResult invisible = importFiles(file("initiatives.csv", "id,name\n\u00A0,Remote monitoring\n\u200B,Virtual wards\n"));
        assertFalse(invisible.succeeded());
        assertEquals(2, invisible.fatalProblems().size(), invisible.fatalProblems().toString());
        assertTrue(invisible.fatalProblems().stream().allMatch(p -> p.column().equals("id") && p.reason().startsWith("a value is required")));
        ImportResult edges = importFiles(file("edges.csv", "id,name\np1\u00A0,\uFEFFRemote monitoring\u200B\n"));
        assertTrue(edges.succeeded(), edges.problems().toString());
        assertEquals("Remote monitoring", edges.model().getInitiatives().get(0).getName());
    }

    /** A register given twice (by another name or a link) is said once, not as every id "also on row N" of itself. */
    @Test
    void theSameFileGivenTwiceIsSaidOnce() throws Exception {
        Path register = file("initiatives.csv", "id,name\np1,Remote monitoring\np2,Virtual wards\n");
        Path link = Files.createSymbolicLink(folder.resolve("link.csv"), register);
        List<RegisterTable> tables = RegisterReader.readAll(List.of(register, link));
        assertEquals(2, tables.size());
        assertEquals(List.of("the same file as " + register + ", given before it; give each register once"),
                tables.get(1).problems().stream().map(ImportProblem::reason).toList());
        assertTrue(tables.get(0).problems().isEmpty(), tables.get(0).problems().toString());
    }

    @Test
    void refusingUnknownReferences() throws Exception {
        Path file = file("initiatives.csv", "id,name,owner,stages\np,Programme,Nobody,Nowhere\n");
        ImportResult result = RegisterRoundTripTest.importInto(DefaultTemplate.create("Strict"), List.of(file), false);
        assertFalse(result.succeeded());
        assertEquals(2, result.fatalProblems().size(), result.problems().toString());
    }

    @Test
    void theOriginalModelIsNeverChanged() throws Exception {
        InnovationSystem original = DefaultTemplate.create("Original");
        Path file = file("actors.csv", "id,name,kind,level\na,A,regulator,national\n");
        ImportResult result = RegisterRoundTripTest.importInto(original, List.of(file), true);
        assertTrue(result.succeeded());
        assertEquals(0, original.getActors().size(), "the import works on a copy");
        assertEquals(1, result.model().getActors().size());
        assertEquals(RegisterKind.ACTORS, readOne(file).kind());
    }
}
