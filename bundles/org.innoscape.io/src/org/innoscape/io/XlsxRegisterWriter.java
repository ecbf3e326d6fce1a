package org.innoscape.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.innoscape.model.persistence.AtomicFiles;
import org.innoscape.model.values.SpreadsheetCells;

/**
 * Writes registers as one Excel workbook, a sheet per register, every cell as text. Cells that start
 * with = + - or @ get Excel's quote prefix, so they show as typed and never run as formulas; the text
 * itself is unchanged, so import reads back exactly what was exported. Rows are streamed (large
 * registers do not sit in memory twice) and the file is replaced atomically.
 */
final class XlsxRegisterWriter {
    private static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_COLUMN_WIDTH = 60;
    /** Excel's limit for the text of one cell. */
    private static final int MAX_CELL_TEXT = 32_767;

    private XlsxRegisterWriter() {
    }

    static void write(List<RegisterExporter.Sheet> sheets, Path file) throws IOException {
        AtomicFiles.write(file, bytes(sheets));
    }

    /** The workbook's bytes (written to a file atomically, or to standard output). */
    static byte[] bytes(List<RegisterExporter.Sheet> sheets) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            for (RegisterExporter.Sheet register : sheets) {
                SXSSFSheet sheet = workbook.createSheet(register.kind().name().toLowerCase(Locale.ROOT));
                int[] widths = new int[register.header().size()];
                writeRow(sheet.createRow(0), register.header(), headerStyle, quoted, widths);
                int r = 1;
                for (List<String> row : register.rows()) {
                    writeRow(sheet.createRow(r++), row, null, quoted, widths);
                }
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, widths.length - 1));
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, (Math.min(MAX_COLUMN_WIDTH, widths[c]) + 2) * 256);
                }
            }
            workbook.write(bytes);
        } finally {
            workbook.close(); // also deletes the temporary files of the streamed rows
        }
        return bytes.toByteArray();
    }

    private static void writeRow(SXSSFRow row, List<String> values, CellStyle style, CellStyle quoted, int[] widths) throws IOException {
        for (int c = 0; c < values.size(); c++) {
            String value = values.get(c) == null ? "" : values.get(c);
            if (value.length() > MAX_CELL_TEXT) {
                throw new IOException("sheet " + row.getSheet().getSheetName() + ", row " + (row.getRowNum() + 1) + ": a cell has "
                        + value.length() + " characters, more than Excel's " + MAX_CELL_TEXT + "; export as CSV instead");
            }
            if (value.isEmpty() && style == null) {
                continue;
            }
            SXSSFCell cell = row.createCell(c);
            cell.setCellValue(value);
            if (SpreadsheetCells.startsLikeFormula(value)) {
                cell.setCellStyle(quoted); // header cells too: property keys become headers
            } else if (style != null) {
                cell.setCellStyle(style);
            }
            widths[c] = Math.max(widths[c], value.length());
        }
    }
}
