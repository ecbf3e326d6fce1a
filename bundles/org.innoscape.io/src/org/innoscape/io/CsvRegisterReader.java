package org.innoscape.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a register from CSV: UTF-8 with or without a byte-order mark, separated by commas, semicolons
 * or tabs (whichever the header uses most). A STIP Compass export (a header with InitiativeID, pipe- or
 * comma-separated) is handed to {@link StipCompassReader}.
 */
final class CsvRegisterReader {

    private CsvRegisterReader() {
    }

    static List<RegisterTable> read(Path path) {
        String file = path.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return List.of(RegisterTable.unreadable(file, "cannot read the file: " + e.getMessage()));
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return List.of(RegisterTable.unreadable(file, "an Excel workbook (or another zip file), not CSV text: name it .xlsx to read its sheets"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return List.of(RegisterTable.unreadable(file, "the file is not UTF-8 text (save it as 'CSV UTF-8')"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.stripLeading().startsWith("<")) {
            return List.of(RegisterTable.unreadable(file, text.contains("<innoscape:InnovationSystem") ? "an Innoscape model, not a register: export its "
                    + "registers with export --format csv, or combine models with merge" : "XML or HTML, not CSV text"));
        }
        if (text.isBlank()) {
            return List.of(RegisterTable.unreadable(file, "the file is empty; expected a header row"));
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = delimiterOf(firstLine);
        Records records = records(file, text, delimiter);
        if (!records.rows().isEmpty() && StipCompassReader.recognises(records.rows().get(0))) {
            List<Integer> numbers = new ArrayList<>();
            for (int i = 0; i < records.rows().size(); i++) {
                numbers.add(i + 1);
            }
            return StipCompassReader.convert(file, records.rows(), numbers,
                    records.problem() == null ? List.of() : List.of(records.problem()));
        }
        return List.of(table(file, records));
    }

    /** The file's records as lists of cells, or a parse problem. */
    record Records(List<List<String>> rows, ImportProblem problem) {
    }

    static Records records(String file, String text, char delimiter) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(false).get();
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            return new Records(rows, new ImportProblem(file, rows.size() + 1, null, null, "the file is not valid CSV: " + malformed(e), true));
        }
        return new Records(rows, null);
    }

    private static final java.util.regex.Pattern START_LINE = java.util.regex.Pattern.compile("\\(startline ([\\d,]+)\\)");
    private static final java.util.regex.Pattern LINE_POSITION = java.util.regex.Pattern.compile("line: ([\\d,]+), position: ([\\d,]+)");

    /** What the CSV parser found wrong, said in the file's terms (lines, quotes), without the parser's class names. */
    static String malformed(Exception failure) {
        Throwable cause = failure instanceof UncheckedIOException && failure.getCause() != null ? failure.getCause() : failure;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        java.util.regex.Matcher start = START_LINE.matcher(message);
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted value" + (start.find() ? " that starts on line " + start.group(1) : "")
                    + " is never closed: a closing '\"' is missing (inside a quoted value, a quote is written twice: \"\")";
        }
        java.util.regex.Matcher place = LINE_POSITION.matcher(message);
        if (message.startsWith("Invalid char") && place.find()) {
            // The parser's "position" counts characters from the start of the file, not of the line: the line alone is said.
            return "line " + place.group(1)
                    + ": a quoted value is followed by other text before the separator (inside a quoted value, a quote is written twice: \"\")";
        }
        return ImportProblem.withoutClassNames(message);
    }

    private static RegisterTable table(String file, Records records) {
        return RegisterTable.fromRecords(file, records.rows(), records.problem() == null ? List.of() : List.of(records.problem()), true);
    }

    /**
     * The separator the header uses most: ',' unless ';' (Excel in many locales) or '|' (STIP Compass)
     * is more frequent; a tab wins a tie (a tab-separated header may hold commas in its names).
     */
    private static char delimiterOf(String headerLine) {
        char delimiter = ',';
        long most = count(headerLine, ',');
        for (char candidate : new char[] { ';', '|' }) {
            if (count(headerLine, candidate) > most) {
                delimiter = candidate;
                most = count(headerLine, candidate);
            }
        }
        long tabs = count(headerLine, '\t');
        return tabs > 0 && tabs >= most ? '\t' : delimiter;
    }

    private static long count(String line, char character) {
        return line.chars().filter(c -> c == character).count();
    }
}
