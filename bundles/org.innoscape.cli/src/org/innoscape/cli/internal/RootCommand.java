package org.innoscape.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code ./innoscape} itself: the program's description, {@code --help} and {@code --version}; the work is in the
 * sub-commands. It provides the version ({@link InnoscapeCli} hands it to picocli).
 */
@Command(name = InnoscapeCli.PROGRAM, mixinStandardHelpOptions = true,
        synopsisHeading = "Usage:%n", customSynopsis = {
                "  innoscape                      open the desktop application",
                "  innoscape <command> [options]  run a command without a display" },
        description = "%nModel, draw and check innovation systems.", optionListHeading = "%nOptions:%n",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n", footer = { "Run 'innoscape help <command>' for a command's options and exit codes.",
                "Registers too large for one machine: 'innoscape dedupe REGISTER... -o DIR' finds duplicates with Apache Spark",
                "(run by this script, outside the application; 'innoscape dedupe --help')." })
final class RootCommand implements IVersionProvider {
    private final String version;

    RootCommand(String version) {
        this.version = version;
    }

    @Override
    public String[] getVersion() {
        return new String[] { "Innoscape " + version };
    }
}
