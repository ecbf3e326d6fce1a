package org.innoscape.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** Exit codes shared by every command, so scripts can rely on them. */
public final class ExitCode {
    /** Done, and nothing at or above the fail-on level was found. */
    public static final int OK = 0;
    /** Done, and findings at or above the fail-on level were found. */
    public static final int FINDINGS = 1;
    /** Wrong usage or unreadable input: a message says what, and nothing was written. */
    public static final int USAGE_OR_INPUT_ERROR = 2;
    /** A failure the program did not foresee (a bug); the message says what it was and where the diagnostic is. */
    public static final int INTERNAL_ERROR = 3;
    /** Out of memory or another resource: the heap, the stack, or an output that cannot be written (a full disk, a closed pipe). */
    public static final int RESOURCES = 4;

    /**
     * What each code means, in order: the exit-code list of {@code ./innoscape --help} and of every command
     * that does not list its own.
     */
    public static Map<String, String> descriptions() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(String.valueOf(OK), "done");
        codes.put(String.valueOf(FINDINGS), "findings at or above the failure level");
        codes.put(String.valueOf(USAGE_OR_INPUT_ERROR), "usage or input error (nothing written)");
        codes.put(String.valueOf(INTERNAL_ERROR), "internal error (a bug: the message names the diagnostic file)");
        codes.put(String.valueOf(RESOURCES), "out of memory, or the output could not be written");
        return codes;
    }

    private ExitCode() {
    }
}
