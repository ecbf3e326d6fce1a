package org.innoscape.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.innoscape.io.values.NameKey;
import org.innoscape.io.values.Similarity;
import org.innoscape.model.values.SpreadsheetCells;
import org.innoscape.model.values.XmlCharacters;

/**
 * One register as read from a file (a CSV file, a sheet of a workbook, a STIP Compass export): header
 * names in lower case, rows by column, and every problem found with its row and column. Readers never
 * hand over half a file: a table with fatal problems imports nothing.
 */
public record RegisterTable(String file, RegisterKind kind, List<String> header, List<Row> rows, List<ImportProblem> problems) {
    /** Cells longer than this are refused (a register cell is text, not a document). */
    public static final int MAX_CELL = 100_000;

    /** One data row: its number in the file (header = 1) and its cells by lower-case column name. */
    public record Row(int number, Map<String, String> cells) {
        /** The cell without spaces around it, invisible ones included (a no-break space, a zero-width space). */
        public String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : CellValues.stripped(value);
        }
    }

    public boolean hasFatalProblems() {
        return problems.stream().anyMatch(ImportProblem::fatal);
    }

    /**
     * A table of records as a file holds them, the first being the header: headers are read as the
     * register columns they name, rows numbered from 2 (the header is row 1), every cell checked, a row
     * with a cell count other than the header's refused; blank lines are skipped.
     *
     * @param spreadsheetCells whether cells may carry a spreadsheet's formula guard (a leading apostrophe),
     *                         taken off as the exports put it on (CSV); false for typed formats (Parquet)
     */
    public static RegisterTable fromRecords(String file, List<List<String>> records, List<ImportProblem> readProblems,
            boolean spreadsheetCells) {
        java.util.function.UnaryOperator<String> text = spreadsheetCells ? SpreadsheetCells::restore : cell -> cell;
        List<ImportProblem> problems = new ArrayList<>(readProblems);
        List<String> header = records.isEmpty() ? List.of() : namedColumns(file, records, text, problems);
        List<Row> rows = new ArrayList<>();
        for (int index = 1; index < records.size(); index++) {
            int number = index + 1;
            List<String> record = records.get(index);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue; // a blank line
            }
            if (record.size() != header.size()) {
                problems.add(new ImportProblem(file, number, null, null, "the row has " + record.size() + " cells; the header has "
                        + header.size(), true));
                continue;
            }
            Map<String, String> cells = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                cells.put(header.get(i), text.apply(checkedCell(file, number, header.get(i), record.get(i), problems)));
            }
            rows.add(new Row(number, cells));
        }
        return of(file, header, rows, problems);
    }

    /**
     * The header's column names; a column without a name that holds values is named by its place ("column 3")
     * and kept, with a warning, rather than dropped without a word. Empty columns without a name stay "".
     */
    private static List<String> namedColumns(String file, List<List<String>> records, java.util.function.UnaryOperator<String> text,
            List<ImportProblem> problems) {
        List<String> written = records.get(0).stream().map(text).map(cell -> cell.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> header = new ArrayList<>(records.get(0).stream().map(text).map(RegisterTable::columnName).toList());
        for (int column = 0; column < header.size(); column++) {
            // "Start Date" beside "start_date": the column written as the register names it is the column, the other a
            // property (as an export writes a property whose key reads like a column), so the two round-trip.
            String name = header.get(column);
            if (!name.isEmpty() && !written.get(column).equals(name) && written.contains(name)) {
                header.set(column, written.get(column));
                problems.add(new ImportProblem(file, 1, written.get(column), null, "read as the property '" + written.get(column)
                        + "', not as the column " + name + ", which the header also has", false));
            }
        }
        for (int column = 0; column < header.size(); column++) {
            if (!header.get(column).isEmpty()) {
                continue;
            }
            int place = column;
            java.util.Optional<Integer> firstValue = java.util.stream.IntStream.range(1, records.size()).boxed()
                    .filter(index -> records.get(index).size() > place && !CellValues.stripped(records.get(index).get(place)).isEmpty())
                    .findFirst();
            if (firstValue.isPresent()) {
                String name = unnamedColumn(column);
                header.set(column, name);
                problems.add(unnamedColumnKept(file, name, firstValue.get() + 1));
            }
        }
        return header;
    }

    /** The warning that a column without a header holding values (first on {@code firstRow}) is kept under {@code name}. */
    static ImportProblem unnamedColumnKept(String file, String name, int firstRow) {
        return new ImportProblem(file, 1, name, null, "the column has no name in the header but holds values (first on row " + firstRow
                + "); they are kept as the property '" + name + "' of each element: give the column a name in the header to choose it", false);
    }

    /** The name given to the values of a column without a header, by its place from 1. */
    static String unnamedColumn(int index) {
        return "column " + (index + 1);
    }

    /**
     * A table read by any reader: recognises the register from the header and checks its required
     * columns. {@code problems} already holds what the reader found.
     */
    public static RegisterTable of(String file, List<String> header, List<Row> rows, List<ImportProblem> problems) {
        List<ImportProblem> all = new ArrayList<>(problems);
        RegisterKind kind = RegisterKind.recognise(header);
        if (kind == null) {
            all.add(new ImportProblem(file, 1, null, String.join(",", header.subList(0, Math.min(header.size(), 12))),
                    "the header matches no register: an initiatives register needs the columns id and name (and e.g. owner, stages), "
                    + "an actors register id, name and kind, a relationships register source, target and kind"
                    + closestHeaders(header) + "; if your columns have other names, say which is which with a mapping file "
                    + "(import --map FILE, see docs/register-format.md)", true));
            return new RegisterTable(file, null, List.copyOf(header), List.copyOf(rows), List.copyOf(all));
        }
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (forbiddenCharacter(column) >= 0) {
                all.add(new ImportProblem(file, 1, printable(column), null, "the header holds a control character; remove it", true));
            }
            if (!column.isEmpty() && !seen.add(column)) {
                all.add(new ImportProblem(file, 1, column, null, "the column '" + column + "' appears more than once", true));
            }
        }
        for (String required : kind.required()) {
            if (!header.contains(required)) {
                all.add(new ImportProblem(file, 1, required, null, "the required column '" + required + "' is missing", true));
            }
        }
        return new RegisterTable(file, kind, List.copyOf(header), List.copyOf(rows), List.copyOf(all));
    }

    /** Words that, in a header, suggest one of the columns a register needs. */
    private static final Map<String, List<String>> HINTS = Map.of("id", List.of("id", "code", "ref", "reference", "identifier", "number"),
            "name", List.of("name", "title"), "kind", List.of("kind", "type", "category"), "source", List.of("source", "from"),
            "target", List.of("target", "to"));

    /** "; closest headers found: 'programme code' for id" for each required column a header suggests. */
    private static String closestHeaders(List<String> header) {
        List<String> hints = new ArrayList<>();
        for (String wanted : List.of("id", "name", "kind", "source", "target")) {
            header.stream().filter(h -> !h.isBlank() && List.of(NameKey.of(h).split(" ")).stream()
                    .anyMatch(word -> HINTS.get(wanted).contains(word) || Similarity.distance(word, wanted, 1) <= 1 && word.length() > 3))
                    .findFirst().ifPresent(h -> hints.add("'" + h + "' for " + wanted));
        }
        return hints.isEmpty() ? "" : "; closest headers found: " + String.join(", ", hints);
    }

    /** A file that could not be read at all. */
    public static RegisterTable unreadable(String file, String reason) {
        return new RegisterTable(file, null, List.of(), List.of(), List.of(new ImportProblem(file, 0, null, null, reason, true)));
    }

    /**
     * A header cell as the registers match it: a register column however it is written ("Activity
     * Types", "Start date", "stage" for stages), any other header trimmed and in lower case (it
     * becomes a property key).
     */
    static String columnName(String headerCell) {
        String known = KNOWN_COLUMNS.get(NameKey.loose(headerCell.replace('_', ' ')));
        return known != null ? known : headerCell.strip().toLowerCase(Locale.ROOT);
    }

    private static final Map<String, String> KNOWN_COLUMNS = knownColumns();

    /** The register column a header names however it is written, or null. */
    public static String knownColumn(String headerCell) {
        return KNOWN_COLUMNS.get(NameKey.loose(headerCell.replace('_', ' ')));
    }

    private static Map<String, String> knownColumns() {
        Map<String, String> columns = new HashMap<>();
        for (RegisterKind kind : RegisterKind.values()) {
            kind.columns().forEach(column -> columns.putIfAbsent(NameKey.loose(column.replace('_', ' ')), column));
        }
        return Map.copyOf(columns);
    }

    /**
     * A cell's value, or a fatal problem when it is longer than {@link #MAX_CELL} or holds a character a model
     * file cannot hold (a control character other than tab and line breaks). The value returned then is cut
     * to the limit, or has those characters taken out, so that the checks after this one do not add a second,
     * wrong problem ("a value is required") to the row: the import stops at the first anyway.
     */
    static String checkedCell(String file, int row, String column, String value, List<ImportProblem> problems) {
        if (value.length() > MAX_CELL) {
            problems.add(new ImportProblem(file, row, column, value, "the cell has " + value.length()
                    + " characters; at most " + MAX_CELL + " are accepted", true));
            return value.substring(0, MAX_CELL);
        }
        int bad = forbiddenCharacter(value);
        if (bad >= 0) {
            problems.add(new ImportProblem(file, row, column, printable(value), String.format(Locale.ROOT,
                    "the cell holds the control character U+%04X at position %d; remove it (only tab and line breaks are allowed)",
                    (int) value.charAt(bad), bad + 1), true));
            return withoutForbidden(value);
        }
        return value;
    }

    private static String withoutForbidden(String value) {
        StringBuilder kept = new StringBuilder(value.length());
        String rest = value;
        for (int bad = forbiddenCharacter(rest); bad >= 0; bad = forbiddenCharacter(rest)) {
            kept.append(rest, 0, bad);
            rest = rest.substring(bad + 1);
        }
        return kept.append(rest).toString();
    }

    /** The index of the first character XML 1.0 (and so a model file) cannot hold, or -1. */
    public static int forbiddenCharacter(String value) {
        return XmlCharacters.firstForbidden(value);
    }

    /** The value with control characters shown as U+XXXX, for a message. */
    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(200).forEach(c -> out.append(Character.isISOControl(c) && c != '\n' && c != '\t'
                ? String.format(Locale.ROOT, "<U+%04X>", c) : new String(Character.toChars(c))));
        return out.toString();
    }

    /** The extra columns (not part of the register's format), kept as properties. Callers that ask per row keep the list. */
    public List<String> extraColumns() {
        if (kind == null) {
            return List.of();
        }
        Set<String> own = new HashSet<>(kind.columns());
        return header.stream().filter(h -> !own.contains(h)).toList();
    }
}
