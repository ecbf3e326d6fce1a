package org.innoscape.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.io.ImportResult;
import org.innoscape.io.RegisterExporter;
import org.innoscape.io.RegisterKind;
import org.innoscape.io.RegisterReader;
import org.innoscape.io.RegisterTable;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Tristate;
import org.innoscape.model.build.DefaultTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registers as Excel workbooks: round trip, formula safety, typed cells and broken files. */
class XlsxRegisterTest {
    @TempDir
    Path folder;

    @Test
    void exampleSurvivesExportAndImportAsWorkbook() throws Exception {
        InnovationSystem original = EnglandHealthInnovation2021.build();
        Path workbook = RegisterExporter.writeXlsx(original, folder.resolve("england.xlsx"));
        List<RegisterTable> tables = RegisterReader.read(workbook);
        assertEquals(List.of(RegisterKind.ACTORS, RegisterKind.INITIATIVES, RegisterKind.RELATIONSHIPS),
                tables.stream().map(RegisterTable::kind).toList(), "one register per sheet");
        ImportResult result = RegisterRoundTripTest.importInto(DefaultTemplate.create("From Excel"), List.of(workbook), false);
        assertTrue(result.succeeded(), result.fatalProblems().toString());
        RegisterRoundTripTest.assertSameRegisters(original, result.model());
    }

    @Test
    void formulaLikeCellsAreQuotePrefixedTextAndComeBackUnchanged() throws Exception {
        InnovationSystem model = DefaultTemplate.create("Formulas");
        PolicyInitiative risky = InnoscapeFactory.eINSTANCE.createPolicyInitiative();
        risky.setId("6c1a1b52-0000-3000-8000-000000000002");
        risky.setName("=HYPERLINK(\"http://example.invalid\")");
        risky.setDescription("@SUM(A1)");
        model.getInitiatives().add(risky);
        Path workbook = RegisterExporter.writeXlsx(model, folder.resolve("formulas.xlsx"));
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook read = new XSSFWorkbook(in)) {
            Sheet initiatives = read.getSheet("initiatives");
            Cell name = initiatives.getRow(1).getCell(RegisterKind.INITIATIVES.columns().indexOf("name"));
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, name.getCellType(), "never a formula cell");
            assertEquals("=HYPERLINK(\"http://example.invalid\")", name.getStringCellValue());
            assertTrue(name.getCellStyle().getQuotePrefixed(), "Excel shows it as text");
        }
        InnovationSystem back = RegisterRoundTripTest.importInto(DefaultTemplate.create("Back"), List.of(workbook), false).model();
        assertEquals("=HYPERLINK(\"http://example.invalid\")", back.getInitiatives().get(0).getName());
        assertEquals("@SUM(A1)", back.getInitiatives().get(0).getDescription());
    }

    @Test
    void numbersDatesAndBooleansTypedInExcelAreRead() throws Exception {
        Path workbook = folder.resolve("typed.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            Sheet sheet = book.createSheet("Programmes");
            header(sheet, "ID", "Name", "Budget", "Start_Date", "Evaluated", "Focus");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(7); // a numeric id
            row.createCell(1).setCellValue("Typed programme");
            row.createCell(2).setCellValue(1_500_000);
            Cell start = row.createCell(3);
            start.setCellValue(LocalDate.of(2020, 4, 1));
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            start.setCellStyle(dateStyle);
            row.createCell(4).setCellValue(true);
            row.createCell(5).setCellValue("clinical");
            book.write(out);
        }
        ImportResult result = RegisterRoundTripTest.importInto(DefaultTemplate.create("Typed"), List.of(workbook), true);
        assertTrue(result.succeeded(), result.problems().toString());
        PolicyInitiative p = result.model().getInitiatives().get(0);
        assertEquals("Typed programme", p.getName());
        assertEquals(0, new java.math.BigDecimal("1500000").compareTo(p.getBudget().getAmount()));
        assertEquals("2020-04-01", p.getStartDate());
        assertEquals(Tristate.YES, p.getEvaluated());
    }

    @Test
    void badValuesNameSheetRowAndColumnAndImportNothing() throws Exception {
        Path workbook = folder.resolve("bad.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            Sheet sheet = book.createSheet("initiatives");
            header(sheet, "id", "name", "focus");
            text(sheet.createRow(1), "a", "Fine", "clinical");
            sheet.createRow(2); // an empty row is skipped
            text(sheet.createRow(3), "b", "Odd", "sometimes");
            Row stray = sheet.createRow(4);
            text(stray, "c", "Stray", "both");
            stray.createCell(5).setCellValue("no header above me");
            book.write(out);
        }
        ImportResult result = RegisterRoundTripTest.importInto(DefaultTemplate.create("Bad"), List.of(workbook), true);
        assertNull(result.model(), "nothing is imported");
        List<String> problems = result.fatalProblems().stream().map(Object::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(workbook + " [initiatives], row 4, column focus, value 'sometimes'")),
                problems.toString());
        // A value with no header above is kept as the property of its place and said, as in CSV (it was refused before session 29).
        assertTrue(result.problems().stream().anyMatch(p -> !p.fatal() && "column 6".equals(p.column())
                && p.reason().contains("no name in the header but holds values (first on row 5)")), result.problems().toString());
    }

    /** A cell beyond Excel's last column (XFD) is an error, not silently column B (the reference was masked to 16 bits). */
    @Test
    void aCellBeyondTheLastColumnIsRefused() throws Exception {
        Path plain = folder.resolve("plain.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            Sheet sheet = book.createSheet("Programmes");
            header(sheet, "id", "name");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("x");
            row.createCell(1).setCellValue("Name");
            book.write(out);
        }
        // Rewrite the sheet part so that the second cell sits in column XFE (16,385th), which Excel cannot hold.
        Path beyond = folder.resolve("beyond.xlsx");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(plain));
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(beyond))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    bytes = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("r=\"B2\"", "r=\"XFE2\"")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        ImportResult result = RegisterRoundTripTest.importInto(DefaultTemplate.create("Beyond"), List.of(beyond), true);
        assertFalse(result.succeeded());
        assertTrue(result.fatalProblems().stream().anyMatch(p -> p.reason().contains("beyond Excel's last column XFD")
                && "XFE2".equals(p.column())), result.problems().toString());
    }

    /** A workbook whose content expands as a zip bomb's does is refused in the user's terms, not with POI's hint to developers. */
    @Test
    void aWorkbookThatExpandsLikeAZipBombIsRefusedInPlainWords() throws Exception {
        Path bomb = folder.resolve("bomb.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(bomb)) {
            var sheet = book.createSheet("initiatives");
            sheet.createRow(0).createCell(0).setCellValue("id");
            sheet.getRow(0).createCell(1).setCellValue("name");
            for (int row = 1; row <= 200; row++) {
                sheet.createRow(row).createCell(0).setCellValue("p" + row);
                sheet.getRow(row).createCell(1).setCellValue("a".repeat(32_000) + row);
            }
            book.write(out);
        }
        List<RegisterTable> tables = RegisterReader.read(bomb);
        String reason = tables.get(0).problems().get(0).reason();
        assertTrue(reason.contains("as a zip bomb does") && reason.contains("save it as CSV UTF-8"), reason);
        assertFalse(reason.contains("ZipSecureFile") || reason.contains("setMinInflateRatio"), reason);
    }

    /** An error cell is no value: said and read as empty; a column without a header that holds values is kept, as in CSV. */
    @Test
    void excelErrorsAreNoValuesAndUnnamedColumnsAreKept() throws Exception {
        Path book = folder.resolve("errors.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
            var sheet = workbook.createSheet("initiatives");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("id");
            header.createCell(1).setCellValue("name");
            header.createCell(3).setCellValue("description");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("P1");
            row.createCell(1).setCellValue("Remote monitoring");
            row.createCell(2).setCellValue("kept");
            row.createCell(3).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
            row.createCell(5).setCellValue("right of the last header");
            workbook.write(out);
        }
        ImportResult result = RegisterRoundTripTest.importInto(org.innoscape.model.build.DefaultTemplate.create("E"), List.of(book), true);
        assertTrue(result.succeeded(), result.problems().toString());
        var initiative = result.model().getInitiatives().get(0);
        assertEquals(null, initiative.getDescription(), "the error is not imported as text");
        assertTrue(result.problems().stream().anyMatch(p -> p.reason().startsWith("the cell holds Excel's error #DIV/0!")), result.problems().toString());
        assertEquals("kept", initiative.getProperties().stream().filter(p -> p.getKey().equals("column 3")).findFirst().orElseThrow().getValue());
        assertEquals("right of the last header", initiative.getProperties().stream().filter(p -> p.getKey().equals("column 6")).findFirst()
                .orElseThrow().getValue(), "as between named columns");
    }

    @Test
    void aFileThatIsNotAWorkbookIsReportedNotThrown() throws Exception {
        Path fake = Files.writeString(folder.resolve("fake.xlsx"), "id,name\n1,not excel\n");
        List<RegisterTable> tables = RegisterReader.read(fake);
        assertEquals(1, tables.size());
        assertTrue(tables.get(0).hasFatalProblems());
        assertTrue(tables.get(0).problems().get(0).reason().startsWith("not an Excel .xlsx workbook: its content is not a workbook's"),
                tables.get(0).problems().toString());

        Path empty = folder.resolve("empty.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(empty)) {
            book.createSheet("nothing here");
            book.write(out);
        }
        assertTrue(RegisterReader.read(empty).get(0).problems().get(0).reason().contains("no sheet with a header row"));
        assertFalse(RegisterReader.read(folder.resolve("old.xls")).isEmpty());
        assertTrue(RegisterReader.read(folder.resolve("old.xls")).get(0).problems().get(0).reason().contains(".xlsx"));
    }

    private static void header(Sheet sheet, String... names) {
        text(sheet.createRow(0), names);
    }

    private static void text(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
