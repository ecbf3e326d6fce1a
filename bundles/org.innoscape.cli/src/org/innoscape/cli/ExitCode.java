package org.innoscape.cli;

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

    /** What --help says about exit codes. */
    public static final String SUMMARY = "Exit codes: 0 done, 1 findings at or above --fail-on, 2 usage or input error (nothing written),\n"
            + "3 internal error (a bug: the message names the diagnostic file), 4 out of memory or output not writable.\n";

    private ExitCode() {
    }
}
