package org.innoscape.cli;

import java.util.List;

/** One sub-command of {@code ./innoscape <command>}, such as {@code analyze}. */
public interface Command {

    /** The word the user types, e.g. {@code analyze}. */
    String name();

    /** One line for the command list in {@code --help}. */
    String summary();

    /** The full usage text shown by {@code ./innoscape help <command>} and on usage errors. */
    String usage();

    /**
     * Runs the command.
     *
     * @return the process exit code (see {@link ExitCode})
     * @throws UsageException when the arguments are wrong; nothing has been written then
     */
    int run(List<String> arguments, Console console) throws UsageException;
}
