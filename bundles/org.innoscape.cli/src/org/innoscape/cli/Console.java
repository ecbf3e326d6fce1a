package org.innoscape.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * Where a command reads and writes: standard input ({@code -} as an input), results to {@code out},
 * progress and errors to {@code err}.
 */
public record Console(InputStream in, PrintStream out, PrintStream err) {

    /** A console without standard input (it reads as empty). */
    public Console(PrintStream out, PrintStream err) {
        this(InputStream.nullInputStream(), out, err);
    }

    public static Console system() {
        return new Console(System.in, System.out, System.err);
    }
}
