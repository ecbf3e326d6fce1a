package org.innoscape.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    public int run(List<String> arguments, Console console) {
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
        try {
            return command.run(rest, console);
        } catch (UsageException e) {
            console.err().println(PROGRAM + " " + name + ": " + e.getMessage());
            console.err().println("Run '" + PROGRAM + " help " + name + "' for the usage.");
            return ExitCode.USAGE_OR_INPUT_ERROR;
        } catch (RuntimeException | LinkageError e) {
            // Never end silently: a failure we did not foresee still says what happened and exits non-zero.
            console.err().println(PROGRAM + " " + name + ": internal error (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). Nothing was written. Please report it with the command you ran.");
            return ExitCode.INTERNAL_ERROR;
        }
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
        text.append("\nExit codes: 0 done, 1 findings at or above --fail-on, 2 usage or input error.\n");
        return text.toString();
    }
}
