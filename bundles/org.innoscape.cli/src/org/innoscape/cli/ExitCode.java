package org.innoscape.cli;

/** Exit codes shared by every command, so scripts can rely on them. */
public final class ExitCode {
    /** Done, and nothing at or above the fail-on level was found. */
    public static final int OK = 0;
    /** Done, and findings at or above the fail-on level were found. */
    public static final int FINDINGS = 1;
    /** Wrong usage or unreadable input: a message says what, and nothing was written. */
    public static final int USAGE_OR_INPUT_ERROR = 2;
    /** A failure the program did not foresee (a bug); the message says what it was. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCode() {
    }
}
