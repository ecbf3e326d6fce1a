package org.innoscape.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innoscape.io.values.NameKey;
import org.innoscape.model.persistence.AtomicFiles;

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
    /** The header rules as written (their header as they spell it), for {@link #write}. */
    private final Map<String, String> rules = new LinkedHashMap<>();
    private final Map<String, String> constants = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> values = new HashMap<>();

    private ColumnMapping() {
    }

    /** A mapping from their headers to our columns (a null or empty column keeps the header as a property). */
    public static ColumnMapping of(Map<String, String> columnByTheirHeader) {
        ColumnMapping mapping = new ColumnMapping();
        columnByTheirHeader.forEach((header, column) -> {
            if (column != null && !column.isEmpty() && !column.equals(RegisterTable.knownColumn(header))) {
                mapping.columnByHeader.put(NameKey.of(header), column);
                mapping.rules.put(header.strip(), column);
            }
        });
        return mapping;
    }

    /** Our column for one of their headers, or null. */
    public String columnFor(String theirHeader) {
        return columnByHeader.get(NameKey.of(theirHeader));
    }

    /**
     * What each header of a register most likely is: our column when the header is one of ours written
     * any way, or a header that names one ("Programme title" is the name, "Lead organisation" the owner);
     * null when nothing fits (the column is then kept as a property).
     */
    public static Map<String, String> propose(List<String> header) {
        Map<String, String> proposal = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String column : header) {
            String ours = RegisterTable.knownColumn(column);
            proposal.put(column, ours);
            if (ours != null) {
                taken.add(ours);
            }
        }
        for (String column : header) {
            if (proposal.get(column) != null) {
                continue;
            }
            List<String> words = List.of(NameKey.of(column).split(" "));
            for (Map.Entry<String, List<String>> hint : HINTS.entrySet()) {
                if (!taken.contains(hint.getKey()) && words.stream().anyMatch(hint.getValue()::contains)) {
                    proposal.put(column, hint.getKey());
                    taken.add(hint.getKey());
                    break;
                }
            }
        }
        return proposal;
    }

    /** Words that, in one of their headers, say which of our columns it is; first match wins, in this order. */
    private static final Map<String, List<String>> HINTS = hints();

    private static Map<String, List<String>> hints() {
        Map<String, List<String>> hints = new LinkedHashMap<>();
        hints.put("id", List.of("id", "code", "ref", "reference", "identifier", "number", "no"));
        hints.put("name", List.of("name", "title", "programme", "initiative", "scheme"));
        hints.put("owner", List.of("owner", "lead", "body", "organisation", "organization", "agency", "responsible"));
        hints.put("partners", List.of("partners", "partner", "collaborators"));
        hints.put("description", List.of("description", "summary", "aim", "aims", "purpose", "about"));
        hints.put("activity_types", List.of("activity", "activities", "support", "type"));
        hints.put("budget", List.of("budget", "funding", "amount", "value", "cost"));
        hints.put("start_date", List.of("start", "launched", "began", "from"));
        hints.put("end_date", List.of("end", "until", "closes", "closed"));
        hints.put("stages", List.of("stage", "stages", "pathway", "phase"));
        hints.put("drivers", List.of("driver", "drivers", "theme"));
        hints.put("target_groups", List.of("beneficiaries", "audience", "eligible", "target", "groups"));
        hints.put("technology_area", List.of("technology", "area", "sector", "field"));
        return hints;
    }

    /** Writes the mapping in the file format {@link #read} takes, atomically. */
    public void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder("# Innoscape column mapping: our column <- your header\n");
        rules.forEach((header, column) -> text.append(column).append(" <- ").append(header).append('\n'));
        constants.forEach((column, value) -> text.append(column).append(" := ").append(value).append('\n'));
        values.forEach((column, translation) -> translation.forEach((theirs, ours) -> text.append(column).append(": ").append(theirs)
                .append(" -> ").append(ours).append('\n')));
        AtomicFiles.write(file, text.toString());
    }

    /** No mapping: tables pass unchanged. */
    public static ColumnMapping none() {
        return new ColumnMapping();
    }

    /** Reads a mapping file; a line that is no rule is an error naming the file and line. */
    public static ColumnMapping read(Path file) throws IOException, BadMapping {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // Editors on Windows save a byte-order mark; registers are read with or without one, and so is a mapping.
        return parse(file.toString(), text.startsWith("\uFEFF") ? text.substring(1) : text);
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
                String ours = column(file, i, line.substring(0, arrow));
                mapping.columnByHeader.put(NameKey.of(line.substring(arrow + 2)), ours);
                mapping.rules.put(line.substring(arrow + 2).strip(), ours);
            } else if (constant > 0) {
                String column = column(file, i, line.substring(0, constant));
                mapping.constants.put(column, checked(file, i, line, column, line.substring(constant + 2).strip()));
            } else if (colon > 0 && valueArrow > colon) {
                String column = column(file, i, line.substring(0, colon));
                mapping.values.computeIfAbsent(column, c -> new HashMap<>())
                        .put(NameKey.of(line.substring(colon + 1, valueArrow)), checked(file, i, line, column, line.substring(valueArrow + 2).strip()));
            } else {
                throw new BadMapping(file + ", line " + (i + 1) + ": expected 'column <- their header', 'column := constant' or "
                        + "'column: their value -> our value', found '" + line + "'");
            }
        }
        return mapping;
    }

    /** Properties (not register columns) that the analyses read, so a mapping may name them: where an initiative applies. */
    private static final List<String> ANALYSED_PROPERTIES = List.of("country", "jurisdiction", "region");

    /** A value the rule writes into cells, refused here (once, with the rule's line) when the import would refuse it in every row. */
    private static String checked(String file, int line, String rule, String column, String value) throws BadMapping {
        String refusal = MappedValues.refusal(column, value);
        if (refusal != null) {
            throw new BadMapping(file + ", line " + (line + 1) + ": '" + rule + "' writes a value the import refuses in " + column + ": " + refusal);
        }
        return value;
    }

    private static String column(String file, int line, String text) throws BadMapping {
        String column = NameKey.column(text);
        if (ANALYSED_PROPERTIES.contains(column)) {
            return column;
        }
        for (RegisterKind kind : RegisterKind.values()) {
            if (kind.columns().contains(column)) {
                return column;
            }
        }
        throw new BadMapping(file + ", line " + (line + 1) + ": '" + text.strip() + "' is not a register column; expected one of "
                + String.join(", ", RegisterKind.INITIATIVES.columns()) + " (initiatives), " + String.join(", ", RegisterKind.ACTORS.columns())
                + " (actors), " + String.join(", ", RegisterKind.RELATIONSHIPS.columns()) + " (relationships) or a property the analyses read ("
                + String.join(", ", ANALYSED_PROPERTIES) + ")");
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
