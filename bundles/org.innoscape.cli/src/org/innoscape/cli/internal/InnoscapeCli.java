package org.innoscape.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.UsageException;

/**
 * Dispatches {@code ./innoscape <command> …} to a {@link Command}. Plain Java, so it is tested
 * without starting OSGi; {@link HeadlessApplication} wires it into Equinox.
 */
public final class InnoscapeCli {
    private static final String PROGRAM = "innoscape";

    private final String version;
    private final Map<String, Command> commands = new LinkedHashMap<>();

    public InnoscapeCli(String version, List<? extends Command> available) {
        this.version = version;
        for (Command command : available) {
            commands.put(command.name(), command);
        }
    }

    public int run(List<String> raw, Console console) {
        List<String> arguments = splitAssignments(raw);
        if (arguments.isEmpty()) {
            console.err().println(PROGRAM + ": no command given.");
            console.err().print(generalUsage());
            return ExitCode.USAGE_OR_INPUT_ERROR;
        }
        String first = arguments.get(0);
        List<String> rest = new ArrayList<>(arguments.subList(1, arguments.size()));
        switch (first) {
            case "--help", "-h", "help" -> {
                return help(rest, console);
            }
            case "--version", "-V", "version" -> {
                console.out().println("Innoscape " + version);
                return ExitCode.OK;
            }
            default -> {
                return runCommand(first, rest, console);
            }
        }
    }

    /** "--format=json" is "--format json", as in most command-line tools. */
    static List<String> splitAssignments(List<String> arguments) {
        List<String> split = new ArrayList<>();
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (argument.startsWith("--") && equals > 2) {
                split.add(argument.substring(0, equals));
                split.add(argument.substring(equals + 1));
            } else {
                split.add(argument);
            }
        }
        return split;
    }

    private int help(List<String> rest, Console console) {
        if (rest.isEmpty()) {
            console.out().print(generalUsage());
            return ExitCode.OK;
        }
        Command command = commands.get(rest.get(0));
        if (command == null) {
            return unknownCommand(rest.get(0), console);
        }
        console.out().print(command.usage());
        return ExitCode.OK;
    }

    private int runCommand(String name, List<String> rest, Console console) {
        Command command = commands.get(name);
        if (command == null) {
            return unknownCommand(name, console);
        }
        if (rest.contains("--help") || rest.contains("-h")) {
            console.out().print(command.usage());
            return ExitCode.OK;
        }
        int code;
        try {
            code = command.run(rest, console);
        } catch (UsageException e) {
            console.err().println(PROGRAM + " " + name + ": " + e.getMessage());
            console.err().println("Run '" + PROGRAM + " help " + name + "' for the usage.");
            return ExitCode.USAGE_OR_INPUT_ERROR;
        } catch (java.nio.file.InvalidPathException e) {
            console.err().println(PROGRAM + " " + name + ": not a valid path: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR;
        } catch (VirtualMachineError e) {
            // Out of memory or stack: say so in one line (no allocation-heavy trace) and never exit 0.
            console.err().println(PROGRAM + " " + name + ": out of " + (e instanceof StackOverflowError ? "stack" : "memory")
                    + " (" + e.getClass().getSimpleName() + "). Nothing was written. Give Innoscape more memory with "
                    + "INNOSCAPE_VM_ARGS=-Xmx4g, or use a smaller input.");
            return ExitCode.RESOURCES;
        } catch (Throwable e) {
            // Never end silently: a failure we did not foresee still says what happened and exits non-zero.
            Path log = DiagnosticLog.write(name, rest, e);
            console.err().println(PROGRAM + " " + name + ": internal error (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). Nothing was written. "
                    + (log == null ? "" : "The diagnostic is in " + log + "; ") + "please report it with the command you ran.");
            if (log == null) {
                e.printStackTrace(console.err());
            }
            return ExitCode.INTERNAL_ERROR;
        }
        if (console.out().checkError()) {
            console.err().println(PROGRAM + " " + name + ": the output could not be written completely (a full disk or a closed "
                    + "pipe?); what was written is incomplete.");
            return ExitCode.RESOURCES;
        }
        return code;
    }

    private int unknownCommand(String name, Console console) {
        String what = name.startsWith("-") ? "unknown option '" + name + "'" : "unknown command '" + name + "'";
        console.err().println(PROGRAM + ": " + what + ".");
        console.err().println("Run '" + PROGRAM + " --help' to list the commands.");
        return ExitCode.USAGE_OR_INPUT_ERROR;
    }

    String generalUsage() {
        StringBuilder text = new StringBuilder();
        text.append("Innoscape ").append(version).append(" - model, draw and check innovation systems.\n\n");
        text.append("Usage:\n");
        text.append("  ").append(PROGRAM).append("                      open the desktop application\n");
        text.append("  ").append(PROGRAM).append(" <command> [options]  run a command without a display\n\n");
        text.append("Commands:\n");
        int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
        width = Math.max(width, "version".length());
        for (Command command : commands.values()) {
            text.append(String.format("  %-" + width + "s  %s%n", command.name(), command.summary()));
        }
        text.append(String.format("  %-" + width + "s  %s%n", "help", "show this text, or 'help <command>' for one command"));
        text.append(String.format("  %-" + width + "s  %s%n", "version", "print the version (also --version)"));
        text.append("\n").append(ExitCode.SUMMARY);
        return text.toString();
    }
}
