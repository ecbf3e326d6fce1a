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

    /**
     * Every register of every file, in order. A file given again (under the same name, another name or through
     * a link) is not read twice: that would report each of its ids as "also on row N" of itself.
     */
    public static List<RegisterTable> readAll(List<Path> paths) {
        List<RegisterTable> tables = new java.util.ArrayList<>();
        for (int index = 0; index < paths.size(); index++) {
            Path path = paths.get(index);
            java.util.Optional<Path> earlier = givenBefore(paths, index);
            tables.addAll(earlier.isPresent()
                    ? List.of(RegisterTable.unreadable(path.toString(), "the same file as " + earlier.get() + ", given before it; give each register once"))
                    : read(path));
        }
        return tables;
    }

    /** The path before {@code index} naming the same file as the one at {@code index}, if there is one. */
    public static java.util.Optional<Path> givenBefore(List<Path> paths, int index) {
        for (Path earlier : paths.subList(0, index)) {
            try {
                if (java.nio.file.Files.isSameFile(earlier, paths.get(index))) {
                    return java.util.Optional.of(earlier);
                }
            } catch (java.io.IOException e) {
                // One of them cannot be read: its reader says so.
            }
        }
        return java.util.Optional.empty();
    }
}
