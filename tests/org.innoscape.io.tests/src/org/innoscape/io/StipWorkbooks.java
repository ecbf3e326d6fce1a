package org.innoscape.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Test helper in the io package (the test bundle is a fragment of it): writes a STIP Compass flat CSV
 * as a workbook laid out like the portal's Excel download (codes in row 1, labels in row 2, one
 * sheet), through the same workbook writer as the export.
 */
public final class StipWorkbooks {

    private StipWorkbooks() {
    }

    public static Path fromFlatCsv(Path csv, Path workbook) throws Exception {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = CsvRegisterReader.records(csv.toString(), text, '|').rows();
        RegisterExporter.Sheet sheet = new RegisterExporter.Sheet(RegisterKind.INITIATIVES, rows.get(0), rows.subList(1, rows.size()));
        XlsxRegisterWriter.write(List.of(sheet), workbook);
        return workbook;
    }
}
