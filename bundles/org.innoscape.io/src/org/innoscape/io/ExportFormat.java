package org.innoscape.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.AtomicFiles;

/**
 * A way of writing a whole model out: what {@code ./innoscape export --format ID} and <i>File &gt; Export
 * &gt; Innoscape</i> offer. The installed formats are listed by {@link ExportFormats}: io's own (csv, xlsx,
 * json) and those plug-ins contribute through the extension point {@code org.innoscape.io.exportFormats}
 * (the network bundle's graphml and gexf, for instance).
 * <p>
 * An implementation is stateless and safe to use from any thread (the wizard writes in a background job).
 * A one-file format implements {@link #write(InnovationSystem, OutputStream)} and the rest comes free:
 * the file is written atomically from those bytes. A folder format overrides {@link #writesFolder()}
 * and {@link #write(InnovationSystem, Path)}.
 */
public interface ExportFormat {

    /** What users pass to {@code --format}: lower case letters, digits and '-', unique among the installed formats. */
    String id();

    /** A short name for the export wizard, e.g. "Excel workbook (.xlsx, a sheet per register)". */
    String label();

    /** One sentence on what is written, for {@code ./innoscape export --help}. */
    String description();

    /** The usual file extension, without the dot; "" for a folder format. */
    String fileExtension();

    /** Whether the output is a folder of files (CSV registers) rather than one file. */
    default boolean writesFolder() {
        return false;
    }

    /**
     * The names of the files a folder format writes in its folder, so that a caller can refuse a folder where one of
     * them is (or links to) the model being exported; empty for a one-file format.
     */
    default List<String> fileNames() {
        return List.of();
    }

    /** The files writing to {@code output} replaces: {@code output} itself, or a folder format's files in it. */
    default List<Path> filesReplaced(Path output) {
        return writesFolder() ? fileNames().stream().map(output::resolve).toList() : List.of(output);
    }

    /** Whether {@link #write(InnovationSystem, OutputStream)} works (standard output): one-file formats only. */
    default boolean canWriteStream() {
        return !writesFolder();
    }

    /**
     * Writes the model to {@code output} (a file, or the folder of a folder format) and returns the files
     * written. No file is ever left half-written: each is replaced atomically. The default streams
     * {@link #write(InnovationSystem, OutputStream)} into the temporary file that replaces {@code output}.
     */
    default List<Path> write(InnovationSystem model, Path output) throws IOException {
        if (!canWriteStream()) {
            throw new IOException("the " + id() + " export must say how it writes to " + output);
        }
        Path target = output.toAbsolutePath();
        AtomicFiles.write(target, out -> write(model, out));
        return List.of(target);
    }

    /**
     * Writes the model to a stream (standard output) and flushes it, leaving it open. A format that cannot
     * ({@link #canWriteStream()} is false) throws an IOException saying why.
     */
    void write(InnovationSystem model, OutputStream out) throws IOException;
}
