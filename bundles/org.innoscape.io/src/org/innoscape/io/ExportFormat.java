package org.innoscape.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.AtomicFiles;

/** The export formats, shared by the CLI and the export wizard; each writes atomically. */
public enum ExportFormat {
    CSV("CSV registers (a folder: actors.csv, initiatives.csv, relationships.csv)", true),
    XLSX("Excel workbook (.xlsx, a sheet per register)", false),
    GRAPHML("GraphML actor network with metrics (yEd, Gephi, networkx)", false),
    GEXF("GEXF actor network with metrics (Gephi)", false),
    JSON("JSON of the whole model", false);

    private final String description;
    private final boolean folder;

    ExportFormat(String description, boolean folder) {
        this.description = description;
        this.folder = folder;
    }

    public String description() {
        return description;
    }

    /** Whether the output is a folder (CSV registers) rather than one file. */
    public boolean writesFolder() {
        return folder;
    }

    /** The usual file extension, without the dot ("" for a folder). */
    public String extension() {
        return folder ? "" : name().toLowerCase(Locale.ROOT);
    }

    /** The format named on the command line (csv, xlsx, graphml, gexf, json), or null. */
    public static ExportFormat named(String name) {
        for (ExportFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return format;
            }
        }
        return null;
    }

    /** Writes a one-file format to a stream (standard output); the CSV folder cannot be. */
    public void write(InnovationSystem model, OutputStream out) throws IOException {
        if (this == CSV) {
            throw new IOException("CSV registers are a folder of files; they cannot be written to a stream");
        }
        if (this == XLSX) {
            out.write(XlsxRegisterWriter.bytes(RegisterExporter.sheets(model)));
        } else {
            out.write(text(model).getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    private String text(InnovationSystem model) throws IOException {
        StringWriter text = new StringWriter();
        if (this == GRAPHML) {
            NetworkExporter.graphml(model, text);
        } else if (this == GEXF) {
            NetworkExporter.gexf(model, text);
        } else {
            JsonModelExporter.write(model, text);
        }
        return text.toString();
    }

    /** Writes the model to {@code output}; returns the files written. */
    public List<Path> write(InnovationSystem model, Path output) throws IOException {
        Path target = output.toAbsolutePath();
        switch (this) {
            case CSV:
                return RegisterExporter.writeCsv(model, target);
            case XLSX:
                return List.of(RegisterExporter.writeXlsx(model, target));
            default:
                AtomicFiles.write(target, text(model));
                return List.of(target);
        }
    }
}
