package org.innoscape.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads a register file of any supported format: CSV (including the STIP Compass flat export) or an
 * Excel .xlsx workbook, whose every sheet is a register. The one entry point for the CLI and wizards.
 */
public final class RegisterReader {

    private RegisterReader() {
    }

    public static List<RegisterTable> read(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return XlsxRegisterReader.read(path);
        }
        if (name.endsWith(".xls")) {
            return List.of(RegisterTable.unreadable(path.toString(), "old Excel .xls files are not read; save the workbook as .xlsx or CSV UTF-8"));
        }
        return CsvRegisterReader.read(path);
    }

    /** Every register of every file, in order. */
    public static List<RegisterTable> readAll(List<Path> paths) {
        return paths.stream().flatMap(path -> read(path).stream()).toList();
    }
}
