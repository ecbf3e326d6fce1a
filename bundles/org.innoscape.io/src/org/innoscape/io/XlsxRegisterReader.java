package org.innoscape.io;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads registers from an Excel workbook (.xlsx): every sheet that has a header row is one register,
 * recognised from its header like a CSV file. Problems name the sheet, the row as Excel numbers it and
 * the column. Numbers are read as Excel shows them, dates as yyyy-mm-dd, formulas by their cached
 * value. Sheets are streamed (SAX), so a register of 100,000 rows never sits in memory as cells.
 */
final class XlsxRegisterReader {

    /** Excel's error values as POI gives an error cell ("ERROR:#DIV/0!"); a text typed as "#N/A" is text and stays. */
    private static final java.util.regex.Pattern EXCEL_ERROR = java.util.regex.Pattern
            .compile("ERROR:(#DIV/0!|#N/A|#VALUE!|#REF!|#NAME\\?|#NUM!|#NULL!|#SPILL!|#CALC!|#GETTING_DATA)");

    /** Excel's last column, XFD, counted from 0. */
    private static final int MAX_COLUMN = 16_383;

    private XlsxRegisterReader() {
    }

    /** Why POI could not read the file, in the user's terms: POI's messages speak to developers (which setter to call). */
    static String unreadable(Exception failure) {
        String kind = failure.getClass().getSimpleName();
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        if (message.contains("Zip bomb")) {
            return "the workbook's content expands to far more than its compressed size, as a zip bomb does, so it is not read; "
                    + "if it is a genuine workbook, save it as CSV UTF-8 and import that";
        }
        if (kind.equals("OLE2NotOfficeXmlFileException") || message.contains("OLE2")) {
            return "an old-format Excel (.xls) or password-protected workbook named .xlsx; save it from Excel as .xlsx (without a password) "
                    + "or as CSV UTF-8";
        }
        if (kind.equals("NotOfficeXmlFileException") || kind.equals("InvalidFormatException") || kind.equals("ZipException")
                || message.contains("No valid entries")) {
            return "not an Excel .xlsx workbook: its content is not a workbook's (a file of another kind named .xlsx?)";
        }
        String firstLine = message.lines().findFirst().orElse(kind);
        return "not a readable Excel .xlsx workbook (" + ImportProblem.withoutClassNames(firstLine) + ")";
    }

    static List<RegisterTable> read(Path path) {
        String file = path.toString();
        List<RegisterTable> tables = new ArrayList<>();
        try (OPCPackage workbook = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    SheetCollector collector = new SheetCollector(file + " [" + sheets.getSheetName() + "]");
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new IsoDateFormatter(), false));
                    parser.parse(new InputSource(sheet));
                    if (collector.hasHeader()) {
                        tables.addAll(collector.tables());
                    }
                }
            }
        } catch (Exception e) {
            // POI reports a file that is not a workbook with exceptions of many kinds, checked and not.
            return List.of(RegisterTable.unreadable(file, unreadable(e)));
        }
        if (tables.isEmpty()) {
            return List.of(RegisterTable.unreadable(file, "the workbook has no sheet with a header row"));
        }
        return tables;
    }

    /** Cells as Excel shows them, except dates, which registers take as yyyy-mm-dd. */
    private static final class IsoDateFormatter extends DataFormatter {
        IsoDateFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    /** Collects one sheet's rows: the first non-blank row is the header. */
    private static final class SheetCollector implements SheetContentsHandler {
        private final String file;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final List<RegisterTable.Row> rows = new ArrayList<>();
        private List<String> header;
        private TreeMap<Integer, String> current;
        /** A STIP Compass export is kept as raw rows and converted as a whole. */
        private List<List<String>> stipRows;
        private final List<Integer> stipRowNumbers = new ArrayList<>();

        SheetCollector(String file) {
            this.file = file;
        }

        @Override
        public void startRow(int rowNum) {
            current = new TreeMap<>();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (reference != null && value != null) {
                int column = columnOf(reference);
                if (column < 0 || column > MAX_COLUMN) {
                    problems.add(new ImportProblem(file, 0, reference, value, "the cell is beyond Excel's last column XFD", true));
                    return;
                }
                current.put(column, value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (current.values().stream().allMatch(String::isBlank)) {
                return;
            }
            if (stipRows != null) {
                stipRows.add(rawRow());
                stipRowNumbers.add(rowNum + 1);
                return;
            }
            if (header == null) {
                int width = current.lastKey() + 1;
                if (StipCompassReader.recognises(List.copyOf(current.values()))) {
                    stipRows = new ArrayList<>();
                    stipRows.add(rawRow());
                    stipRowNumbers.add(rowNum + 1);
                    return;
                }
                header = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    header.add(RegisterTable.columnName(current.getOrDefault(c, "")));
                }
                while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
                    header.remove(header.size() - 1);
                }
                return;
            }
            int number = rowNum + 1;
            // A value right of the last named column is a column without a name, kept like one between named columns.
            current.tailMap(header.size()).forEach((column, value) -> {
                while (!value.isBlank() && header.size() <= column) {
                    header.add("");
                }
            });
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String value = current.getOrDefault(c, "");
                if (header.get(c).isEmpty() && !value.isBlank()) {
                    // As for CSV: a column without a name that holds values is kept under its place, said once.
                    header.set(c, RegisterTable.unnamedColumn(c));
                    problems.add(RegisterTable.unnamedColumnKept(file, header.get(c), number));
                }
                java.util.regex.Matcher error = EXCEL_ERROR.matcher(value.strip());
                if (error.matches()) {
                    problems.add(new ImportProblem(file, number, header.get(c), value, "the cell holds Excel's error " + error.group(1)
                            + " (a formula that failed), not a value; it is read as empty", false));
                    value = "";
                }
                cells.put(header.get(c), RegisterTable.checkedCell(file, number, header.get(c), value, problems));
            }
            rows.add(new RegisterTable.Row(number, cells));
        }

        /** The 0-based column of a cell reference such as "AB12" (POI's CellReference is slow to build for every cell). */
        private static int columnOf(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = Character.toUpperCase(reference.charAt(i));
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
                if (column > MAX_COLUMN + 1) {
                    return MAX_COLUMN + 1;
                }
            }
            return column - 1;
        }

        private List<String> rawRow() {
            int width = stipRows == null || stipRows.isEmpty() ? current.lastKey() + 1 : stipRows.get(0).size();
            List<String> row = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                row.add(current.getOrDefault(c, ""));
            }
            return row;
        }

        boolean hasHeader() {
            return header != null || stipRows != null;
        }

        List<RegisterTable> tables() {
            if (stipRows != null) {
                return StipCompassReader.convert(file, stipRows, stipRowNumbers, problems);
            }
            return List.of(RegisterTable.of(file, header, rows, problems));
        }
    }
}
