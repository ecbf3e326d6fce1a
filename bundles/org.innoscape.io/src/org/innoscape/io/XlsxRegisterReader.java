package org.innoscape.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads registers from an Excel workbook (.xlsx): every sheet that has a header row is one register,
 * recognised from its header like a CSV file. Problems name the sheet, the row as Excel numbers it and
 * the column. Numbers are read as Excel shows them, dates as yyyy-mm-dd, formulas by their cached value.
 */
final class XlsxRegisterReader {
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private XlsxRegisterReader() {
    }

    static List<RegisterTable> read(Path path) {
        String file = path.toString();
        List<RegisterTable> tables = new ArrayList<>();
        try (InputStream in = Files.newInputStream(path); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (Sheet sheet : workbook) {
                if (sheet.getPhysicalNumberOfRows() > 0) {
                    tables.add(sheet(file + " [" + sheet.getSheetName() + "]", sheet, formatter));
                }
            }
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is not a workbook with unchecked exceptions of several kinds.
            return List.of(RegisterTable.unreadable(file, "not a readable Excel .xlsx workbook (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
        }
        if (tables.isEmpty()) {
            return List.of(RegisterTable.unreadable(file, "the workbook has no sheet with a header row"));
        }
        return tables;
    }

    private static RegisterTable sheet(String file, Sheet sheet, DataFormatter formatter) {
        List<ImportProblem> problems = new ArrayList<>();
        Row headerRow = sheet.getRow(sheet.getFirstRowNum());
        List<String> header = new ArrayList<>();
        for (int c = 0; c < headerRow.getLastCellNum(); c++) {
            header.add(RegisterTable.columnName(text(headerRow.getCell(c), formatter)));
        }
        while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
            header.remove(header.size() - 1);
        }
        List<RegisterTable.Row> rows = new ArrayList<>();
        for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            int number = r + 1;
            Map<String, String> cells = new LinkedHashMap<>();
            boolean blank = true;
            for (int c = 0; c < Math.max(header.size(), row.getLastCellNum()); c++) {
                String value = text(row.getCell(c), formatter);
                blank &= value.isBlank();
                if (c >= header.size()) {
                    if (!value.isBlank()) {
                        problems.add(new ImportProblem(file, number, CellReference.convertNumToColString(c), value,
                                "a value in a column without a header", true));
                    }
                    continue;
                }
                cells.put(header.get(c), RegisterTable.checkedCell(file, number, header.get(c), value, problems));
            }
            if (!blank) {
                rows.add(new RegisterTable.Row(number, cells));
            }
        }
        return RegisterTable.of(file, header, rows, problems);
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "yes" : "no";
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime date = cell.getLocalDateTimeCellValue();
                    yield date == null ? "" : ISO_DATE.format(date);
                }
                yield cell.getCellType() == CellType.FORMULA ? number(cell.getNumericCellValue()) : formatter.formatCellValue(cell);
            }
            default -> "";
        };
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
