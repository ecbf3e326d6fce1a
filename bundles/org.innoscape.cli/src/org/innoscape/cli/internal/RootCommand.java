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
                "Exit codes: 0 done, 1 findings at or above --fail-on, 2 usage or input error (nothing written),",
                "3 internal error (a bug: the message names the diagnostic file), 4 out of memory or output not writable." })
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
