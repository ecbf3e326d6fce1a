package org.innoscape.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.innoscape.model.InnovationSystem;

/** io's own export formats: the registers (CSV folder, Excel workbook) and the whole model as JSON. */
enum BuiltInExportFormat implements ExportFormat {
    CSV("csv", "CSV registers (a folder: actors.csv, initiatives.csv, relationships.csv)",
            "the three registers (initiatives.csv, actors.csv, relationships.csv) in a folder, in the format 'import'"
                    + " reads; cells starting with = + - @ are neutralised",
            ""),
    XLSX("xlsx", "Excel workbook (.xlsx, a sheet per register)",
            "the three registers as sheets of one Excel workbook; formula-like cells are quote-prefixed text", "xlsx"),
    JSON("json", "JSON of the whole model", "the whole model (schema in docs/register-format.md)", "json");

    private final String id;
    private final String label;
    private final String description;
    private final String extension;

    BuiltInExportFormat(String id, String label, String description, String extension) {
        this.id = id;
        this.label = label;
        this.description = description;
        this.extension = extension;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String fileExtension() {
        return extension;
    }

    @Override
    public boolean writesFolder() {
        return this == CSV;
    }

    @Override
    public List<String> fileNames() {
        return this == CSV ? java.util.Arrays.stream(RegisterKind.values()).map(RegisterKind::fileName).toList() : List.of();
    }

    @Override
    public List<Path> write(InnovationSystem model, Path output) throws IOException {
        Path target = output.toAbsolutePath();
        return switch (this) {
            case CSV -> RegisterExporter.writeCsv(model, target);
            case XLSX -> List.of(RegisterExporter.writeXlsx(model, target));
            case JSON -> ExportFormat.super.write(model, target);
        };
    }

    @Override
    public void write(InnovationSystem model, OutputStream out) throws IOException {
        switch (this) {
            case CSV -> throw new IOException("CSV registers are a folder of files; they cannot be written to a stream");
            case XLSX -> out.write(XlsxRegisterWriter.bytes(RegisterExporter.sheets(model)));
            case JSON -> {
                StringWriter text = new StringWriter();
                JsonModelExporter.write(model, text);
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        out.flush();
    }
}
