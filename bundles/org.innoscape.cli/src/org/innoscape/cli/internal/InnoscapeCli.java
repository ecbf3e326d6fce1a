package org.innoscape.cli.internal;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.InputException;
import org.innoscape.cli.UsageException;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Dispatches {@code ./innoscape <command> …} to a {@link Command} through picocli, which parses the
 * options ({@code --name value}, {@code --name=value}, clustered short options, {@code --} ends the
 * options) and writes the usage. This class adds what every command shares: {@code -h/--help}, the
 * exit-code list, one-line error messages, and the guard that no failure ends silently or with 0.
 * Plain Java, so it is tested without starting OSGi; {@link HeadlessApplication} wires it into Equinox.
 */
public final class InnoscapeCli {
    static final String PROGRAM = "innoscape";

    private final CommandLine root;
    /** The console of the run in progress (a run is one process's one command). */
    private Console console;

    public InnoscapeCli(String version, List<? extends Command> available) {
        RootCommand program = new RootCommand(version);
        root = new CommandLine(program);
        root.getCommandSpec().versionProvider(program);
        root.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.descriptions());
        for (Command command : available) {
            root.addSubcommand(prepared(new CommandLine(command)));
        }
        root.addSubcommand(new CommandLine.HelpCommand());
        root.addSubcommand(prepared(new CommandLine(new VersionCommand(version))));
        root.addSubcommand(prepared(new CommandLine(new CompletionCommand())));
        root.registerConverter(Path.class, InnoscapeCli::path);
        root.setUsageHelpWidth(100);
        root.setCaseInsensitiveEnumValuesAllowed(true);
        // "@name" is a file's name as typed (a register may be called "@grants.csv"), never a list of more arguments.
        root.setExpandAtFiles(false);
        root.setExecutionStrategy(this::execute);
        root.setParameterExceptionHandler(InnoscapeCli::usageError);
    }

    /** The name picocli knows a command by (its {@code @Command(name)}). */
    public static String nameOf(Command command) {
        return new CommandLine(command).getCommandName();
    }

    /** Runs one command line and gives its exit code; never throws, and never gives 0 for a failure. */
    public int run(List<String> arguments, Console console) {
        try {
            return dispatch(arguments, console);
        } catch (Throwable e) {
            // Only an error thrown while a failure was being reported gets here (runGuarded reports every other way a command
            // ends), typically the heap still full when the out-of-memory message was made. Equinox would log it and exit 0.
            boolean resources = e instanceof VirtualMachineError;
            lastWords(console, resources ? OUT_OF_MEMORY_LINE : INTERNAL_ERROR_LINE);
            return resources ? ExitCode.RESOURCES : ExitCode.INTERNAL_ERROR;
        }
    }

    /** Said when memory ran out again while the full message was being made: a constant, so that saying it allocates little. */
    static final String OUT_OF_MEMORY_LINE = PROGRAM + ": out of memory. Nothing was written. Give the command more heap with "
            + "INNOSCAPE_VM_ARGS=-Xmx<size>, or a smaller input.";
    static final String INTERNAL_ERROR_LINE = PROGRAM + ": internal error while reporting a failure. Nothing was written; please "
            + "report it with the command you ran.";

    /** One line on the error stream, as a last resort: whatever happens while it is written, nothing is thrown. */
    private static void lastWords(Console console, String line) {
        try {
            console.err().println(line);
            console.err().flush();
        } catch (Throwable ignored) {
            // Nothing more can be said; the exit code still tells.
        }
    }

    private int dispatch(List<String> arguments, Console console) {
        root.setOut(writer(console.out()));
        root.setErr(writer(console.err()));
        for (CommandLine sub : root.getSubcommands().values()) {
            sub.setOut(root.getOut());
            sub.setErr(root.getErr());
        }
        this.console = console;
        try {
            return root.execute(arguments.toArray(String[]::new));
        } finally {
            root.getOut().flush();
            root.getErr().flush();
            this.console = null;
        }
    }

    /** Every command gets --help and, unless it lists its own, the shared exit codes. */
    private static CommandLine prepared(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        if (spec.findOption("--help") == null) {
            spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("show this help and exit").build());
        }
        spec.usageMessage().parameterListHeading("%nArguments:%n").optionListHeading("%nOptions:%n");
        if (spec.usageMessage().exitCodeList().isEmpty()) {
            spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.descriptions());
        }
        return command;
    }

    private int execute(ParseResult parsed) {
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        if (!parsed.hasSubcommand()) {
            console.err().println(PROGRAM + ": no command given.");
            console.err().print(root.getUsageMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR;
        }
        ParseResult last = parsed.subcommand();
        Object user = last.commandSpec().userObject();
        String name = last.commandSpec().name();
        if (user instanceof Command command) {
            return runGuarded(name, command, last.originalArgs());
        }
        ((Runnable) user).run();
        return ExitCode.OK;
    }

    /** Runs a command: every way it can end gives a message and the matching exit code. */
    private int runGuarded(String name, Command command, List<String> arguments) {
        int code;
        try {
            code = command.run(console);
        } catch (InputException e) {
            console.err().println(PROGRAM + " " + name + ": " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR;
        } catch (UsageException e) {
            console.err().println(PROGRAM + " " + name + ": " + e.getMessage());
            console.err().println("Run '" + PROGRAM + " help " + name + "' for the usage.");
            return ExitCode.USAGE_OR_INPUT_ERROR;
        } catch (java.nio.file.InvalidPathException e) {
            console.err().println(PROGRAM + " " + name + ": not a valid path: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR;
        } catch (VirtualMachineError e) {
            // Out of memory or stack: say so in one line (no allocation-heavy trace) and never exit 0. Should making the line
            // run out of memory again (other threads may still hold the work that filled the heap), run() says a shorter one.
            console.err().println(PROGRAM + " " + name + ": out of " + (e instanceof StackOverflowError ? "stack" : "memory")
                    + " (" + e.getClass().getSimpleName() + "). Nothing was written. " + moreMemory(Runtime.getRuntime().maxMemory()));
            return ExitCode.RESOURCES;
        } catch (Throwable e) {
            // Never end silently: a failure we did not foresee still says what happened and exits non-zero.
            Path log = DiagnosticLog.write(name, arguments, e);
            console.err().println(PROGRAM + " " + name + ": internal error (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). Nothing was written. "
                    + (log == null ? "" : "The diagnostic is in " + log + "; ") + "please report it with the command you ran.");
            if (log == null) {
                e.printStackTrace(console.err());
            }
            return ExitCode.INTERNAL_ERROR;
        }
        // Once: a command that already failed for it has said so. What it printed is incomplete; the files it wrote are not
        // (an import into a model saved it before its summary could not be printed).
        if (code != ExitCode.RESOURCES && console.out().checkError()) {
            console.err().println(PROGRAM + " " + name + ": standard output could not be written completely (a full disk or a closed "
                    + "pipe?): what was printed there is incomplete; files written are whole.");
            return ExitCode.RESOURCES;
        }
        return code;
    }

    /** A parse error: one line naming the command and what was wrong, then where the usage is. */
    private static int usageError(ParameterException e, String[] arguments) {
        CommandLine where = e.getCommandLine();
        PrintWriter err = where.getErr();
        boolean top = where.getParent() == null;
        String command = top ? PROGRAM : PROGRAM + " " + where.getCommandName();
        err.println(command + ": " + message(e, top));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println(top ? "Run '" + PROGRAM + " --help' to list the commands." : "Run '" + PROGRAM + " help " + where.getCommandName()
                + "' for the usage.");
        err.flush();
        return ExitCode.USAGE_OR_INPUT_ERROR;
    }

    /** A path argument; one the file system cannot name is a usage error that shows it without control characters. */
    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw new CommandLine.TypeConversionException("not a valid path: '" + printable(text) + "' (" + e.getReason() + ")");
        }
    }

    private static String printable(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> shown.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : Character.toString(c)));
        return shown.toString();
    }

    /** picocli's message, lower-cased to read as ours; a first word that is no command is called what it is. */
    private static String message(ParameterException e, boolean top) {
        if (top && e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            return (first.startsWith("-") ? "unknown option '" : "unknown command '") + first + "'";
        }
        return lowerFirst(e.getMessage());
    }

    private static String lowerFirst(String message) {
        if (message == null || message.isEmpty() || message.length() > 1 && Character.isUpperCase(message.charAt(1))) {
            return String.valueOf(message);
        }
        return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    private static PrintWriter writer(java.io.PrintStream stream) {
        return new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /**
     * What to do when memory ran out, from the heap this run had (by default half of the machine's memory):
     * the example asks for half as much again, not for double, which would be all of the machine.
     */
    static String moreMemory(long maxHeapBytes) {
        double gigabytes = maxHeapBytes / 1e9;
        return String.format(java.util.Locale.ROOT, "It had %.1f GB of heap (by default half of this machine's memory); if the machine "
                + "has more to spare, give it with INNOSCAPE_VM_ARGS=-Xmx<size>, e.g. -Xmx%dg, or use a smaller input (a duplicate check "
                + "of a large register reports fewer pairs with --param duplication.initiatives.text=lexical).", gigabytes,
                (long) Math.ceil(gigabytes * 1.5));
    }
}
