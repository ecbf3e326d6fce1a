package org.innoscape.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innoscape.io.values.NameKey;

/**
 * Says which of a register's own headers is which of our columns, for registers written with other
 * headers. A mapping file has one rule a line ({@code #} starts a comment):
 * <pre>
 * name &lt;- Programme title          our column &lt;- their header
 * currency := EUR                   a constant for every row
 * focus: Admin -&gt; non-clinical      their value -&gt; our value (each value of a list cell)
 * </pre>
 * Headers and values are matched however they are written ({@link NameKey}).
 */
public final class ColumnMapping {
    private final Map<String, String> columnByHeader = new HashMap<>();
    private final Map<String, String> constants = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> values = new HashMap<>();

    private ColumnMapping() {
    }

    /** No mapping: tables pass unchanged. */
    public static ColumnMapping none() {
        return new ColumnMapping();
    }

    /** Reads a mapping file; a line that is no rule is an error naming the file and line. */
    public static ColumnMapping read(Path file) throws IOException, BadMapping {
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    static ColumnMapping parse(String file, String text) throws BadMapping {
        ColumnMapping mapping = new ColumnMapping();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int arrow = line.indexOf("<-");
            int constant = line.indexOf(":=");
            int colon = line.indexOf(':');
            int valueArrow = line.indexOf("->");
            if (arrow > 0) {
                mapping.columnByHeader.put(NameKey.of(line.substring(arrow + 2)), column(file, i, line.substring(0, arrow)));
            } else if (constant > 0) {
                mapping.constants.put(column(file, i, line.substring(0, constant)), line.substring(constant + 2).strip());
            } else if (colon > 0 && valueArrow > colon) {
                mapping.values.computeIfAbsent(column(file, i, line.substring(0, colon)), c -> new HashMap<>())
                        .put(NameKey.of(line.substring(colon + 1, valueArrow)), line.substring(valueArrow + 2).strip());
            } else {
                throw new BadMapping(file + ", line " + (i + 1) + ": expected 'column <- their header', 'column := constant' or "
                        + "'column: their value -> our value', found '" + line + "'");
            }
        }
        return mapping;
    }

    private static String column(String file, int line, String text) throws BadMapping {
        String column = NameKey.column(text);
        for (RegisterKind kind : RegisterKind.values()) {
            if (kind.columns().contains(column)) {
                return column;
            }
        }
        throw new BadMapping(file + ", line " + (line + 1) + ": '" + text.strip() + "' is not a register column; expected one of "
                + String.join(", ", RegisterKind.INITIATIVES.columns()) + " (initiatives), " + String.join(", ", RegisterKind.ACTORS.columns())
                + " (actors) or " + String.join(", ", RegisterKind.RELATIONSHIPS.columns()) + " (relationships)");
    }

    public boolean isEmpty() {
        return columnByHeader.isEmpty() && constants.isEmpty() && values.isEmpty();
    }

    /** The table with its headers renamed, constants added and values translated, recognised anew. */
    public RegisterTable apply(RegisterTable table) {
        if (isEmpty() || table.header().isEmpty()) {
            return table;
        }
        List<String> header = new ArrayList<>();
        for (String column : table.header()) {
            header.add(columnByHeader.getOrDefault(NameKey.of(column), column));
        }
        constants.keySet().stream().filter(c -> !header.contains(c)).forEach(header::add);
        List<RegisterTable.Row> rows = new ArrayList<>();
        for (RegisterTable.Row row : table.rows()) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < table.header().size(); i++) {
                String column = header.get(i);
                cells.put(column, translate(column, row.cells().getOrDefault(table.header().get(i), "")));
            }
            constants.forEach((column, value) -> {
                if (cells.getOrDefault(column, "").isBlank()) {
                    cells.put(column, value);
                }
            });
            rows.add(new RegisterTable.Row(row.number(), cells));
        }
        // Header problems are found again for the mapped header; the reader's other problems stay.
        List<ImportProblem> kept = table.problems().stream().filter(p -> !(p.fatal() && p.row() == 1)).toList();
        return RegisterTable.of(table.file(), header, rows, kept);
    }

    private String translate(String column, String cell) {
        Map<String, String> translation = values.get(column);
        if (translation == null || cell.isBlank()) {
            return cell;
        }
        List<String> parts = new ArrayList<>();
        for (String part : cell.split(";")) {
            parts.add(translation.getOrDefault(NameKey.of(part), part.strip()));
        }
        return String.join(";", parts);
    }

    /** A mapping file that cannot be used. */
    public static final class BadMapping extends Exception {
        private static final long serialVersionUID = 1L;

        BadMapping(String message) {
            super(message);
        }
    }
}
