package org.innoscape.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A register read from a CSV file: UTF-8 with or without a byte-order mark, separated by commas,
 * semicolons or tabs (whichever the header uses most), header names matched case-insensitively.
 * Every problem is collected with its row and column; the file is never half-read.
 */
public record RegisterTable(String file, RegisterKind kind, List<String> header, List<Row> rows, List<ImportProblem> problems) {
    /** Cells longer than this are refused (a register cell is text, not a document). */
    public static final int MAX_CELL = 100_000;

    /** One data row: its number in the file (header = 1) and its cells by lower-case column name. */
    public record Row(int number, Map<String, String> cells) {
        public String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    public boolean hasFatalProblems() {
        return problems.stream().anyMatch(ImportProblem::fatal);
    }

    public static RegisterTable read(Path path) {
        String file = path.toString();
        List<ImportProblem> problems = new ArrayList<>();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.add(new ImportProblem(file, 0, null, null, "cannot read the file: " + e.getMessage(), true));
            return new RegisterTable(file, null, List.of(), List.of(), problems);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new ImportProblem(file, 0, null, null, "the file is not UTF-8 text (save it as 'CSV UTF-8')", true));
            return new RegisterTable(file, null, List.of(), List.of(), problems);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            problems.add(new ImportProblem(file, 0, null, null, "the file is empty; expected a header row", true));
            return new RegisterTable(file, null, List.of(), List.of(), problems);
        }
        return parse(file, text, problems);
    }

    static RegisterTable parse(String file, String text, List<ImportProblem> problems) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = delimiterOf(firstLine);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(false).get();
        List<String> header = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                if (number == 1) {
                    record.forEach(name -> header.add(name.strip().toLowerCase(Locale.ROOT)));
                    continue;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue; // blank line
                }
                if (record.size() != header.size()) {
                    problems.add(new ImportProblem(file, number, null, null, "the row has " + record.size() + " cells; the header has "
                            + header.size(), true));
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String value = record.get(i);
                    if (value.length() > MAX_CELL) {
                        problems.add(new ImportProblem(file, number, header.get(i), value, "the cell has " + value.length()
                                + " characters; at most " + MAX_CELL + " are accepted", true));
                        value = "";
                    }
                    cells.put(header.get(i), CsvCells.restore(value));
                }
                rows.add(new Row(number, cells));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(new ImportProblem(file, 0, null, null, "the file is not valid CSV: " + e.getMessage(), true));
            return new RegisterTable(file, null, header, rows, problems);
        }
        RegisterKind kind = RegisterKind.recognise(header);
        if (kind == null) {
            problems.add(new ImportProblem(file, 1, null, String.join(",", header), "the header matches no register "
                    + "(initiatives need id, name and e.g. owner/stages; actors id, name, kind, level; relationships source, target, kind)", true));
            return new RegisterTable(file, null, header, rows, problems);
        }
        for (String required : kind.required()) {
            if (!header.contains(required)) {
                problems.add(new ImportProblem(file, 1, required, null, "the required column '" + required + "' is missing", true));
            }
        }
        return new RegisterTable(file, kind, List.copyOf(header), List.copyOf(rows), problems);
    }

    private static char delimiterOf(String headerLine) {
        long commas = headerLine.chars().filter(c -> c == ',').count();
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long tabs = headerLine.chars().filter(c -> c == '\t').count();
        if (tabs >= commas && tabs >= semicolons && tabs > 0) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The extra columns (not part of the register's format), kept as properties. */
    public List<String> extraColumns() {
        return header.stream().filter(h -> kind != null && !kind.columns().contains(h)).toList();
    }
}
