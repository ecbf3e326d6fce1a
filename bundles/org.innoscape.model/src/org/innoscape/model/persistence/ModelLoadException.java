package org.innoscape.model.persistence;

import java.nio.file.Path;

/**
 * A model file could not be read. The message names the file, the line and column where known,
 * and what was wrong; nothing of the file was loaded.
 */
public class ModelLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String reason;

    public ModelLoadException(Path file, int line, int column, String reason, Throwable cause) {
        super(format(file, line, column, reason), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public ModelLoadException(Path file, String reason) {
        this(file, -1, -1, reason, null);
    }

    private static String format(Path file, int line, int column, String reason) {
        StringBuilder text = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").append(reason).toString();
    }

    public Path file() {
        return file;
    }

    /** The 1-based line of the problem, or -1 when it is not about one place in the file. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, or -1. */
    public int column() {
        return column;
    }

    /** What was wrong, without the file and position. */
    public String reason() {
        return reason;
    }
}
