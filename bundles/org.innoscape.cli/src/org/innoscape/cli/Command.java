package org.innoscape.cli;

/**
 * One sub-command of {@code ./innoscape <command>}, such as {@code analyze}. A command is a picocli
 * command: annotate the class with {@code @picocli.CommandLine.Command(name = "…", description = "…")}
 * (the first description line is its summary in {@code ./innoscape --help}) and its options and
 * parameters with {@code @Option} and {@code @Parameters}. Innoscape parses the arguments into the
 * object, gives every command {@code -h/--help} and, unless it declares its own, the standard exit-code
 * list ({@link ExitCode}), and then calls {@link #run}. Plug-ins contribute commands through the
 * extension point {@code org.innoscape.cli.commands}.
 */
public interface Command {

    /**
     * Runs the command with the arguments already parsed into its fields.
     *
     * @return the process exit code (see {@link ExitCode})
     * @throws UsageException when the arguments are wrong; nothing has been written then
     * @throws InputException when an input cannot be read; nothing has been written then
     */
    int run(Console console) throws UsageException;
}
