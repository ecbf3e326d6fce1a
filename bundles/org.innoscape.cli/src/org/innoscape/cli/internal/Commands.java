package org.innoscape.cli.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.innoscape.analysis.AnalysisRegistry;
import org.innoscape.cli.Command;

/**
 * The commands that {@code ./innoscape} offers: the built-in ones and those plug-ins contribute
 * through {@code org.innoscape.cli.commands}, in the order {@code --help} lists them (by name). A
 * contribution that cannot be used (its class is missing or no Command, its name clashes or differs
 * from the declared one) is skipped and logged.
 */
public final class Commands {
    public static final String EXTENSION_POINT = "org.innoscape.cli.commands";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    /** The program's own words, which no command may take. */
    private static final Set<String> RESERVED = Set.of("help", "version", "completion");

    private Commands() {
    }

    /** The built-in commands and the installed plug-ins' ones. */
    public static List<Command> all(String version) {
        List<Command> commands = new ArrayList<>(builtIn(version));
        commands.addAll(contributed(commands));
        commands.sort(Comparator.comparing(InnoscapeCli::nameOf));
        return commands;
    }

    static List<Command> builtIn(String version) {
        return List.of(new AnalyzeCommand(version, AnalysisRegistry::installed), new DiffCommand(AnalysisRegistry::installed),
                new ExportCommand(), new ImportCommand(), new MergeCommand(), new PublishCommand(version, AnalysisRegistry::installed),
                new ReviewCommand(), new ValidateCommand());
    }

    /** The contributed commands whose names are free; each problem is logged as a warning. */
    public static List<Command> contributed(List<Command> taken) {
        List<Command> commands = new ArrayList<>();
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return commands;
        }
        System.Logger log = System.getLogger(Commands.class.getName());
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            String name = element.getAttribute("name");
            String problem = null;
            try {
                Object created = element.createExecutableExtension("class");
                if (!(created instanceof Command command)) {
                    problem = element.getAttribute("class") + " does not implement org.innoscape.cli.Command";
                } else if (!command.getClass().isAnnotationPresent(picocli.CommandLine.Command.class)) {
                    problem = element.getAttribute("class") + " is not annotated with picocli's @Command(name = ...)";
                } else if (name == null || !NAME.matcher(name).matches()) {
                    problem = "the command name '" + name + "' is not a lower-case word";
                } else if (!name.equals(InnoscapeCli.nameOf(command))) {
                    problem = "the command declared as '" + name + "' calls itself '" + InnoscapeCli.nameOf(command) + "'";
                } else if (RESERVED.contains(name) || taken.stream().anyMatch(c -> InnoscapeCli.nameOf(c).equals(name))
                        || commands.stream().anyMatch(c -> InnoscapeCli.nameOf(c).equals(name))) {
                    problem = "the command name '" + name + "' is already taken; the contribution was ignored";
                } else {
                    commands.add(command);
                }
            } catch (CoreException | RuntimeException e) {
                problem = "cannot create the command '" + name + "': " + e.getMessage();
            }
            if (problem != null) {
                log.log(System.Logger.Level.WARNING, "command plug-in problem: " + contributor + ": " + problem);
            }
        }
        return commands;
    }
}
