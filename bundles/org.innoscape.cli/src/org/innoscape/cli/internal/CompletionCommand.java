package org.innoscape.cli.internal;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code innoscape completion}: a bash (and zsh) completion script for every installed command, its
 * options and their values, generated from the same declarations that parse them.
 */
@Command(name = "completion", description = "print a bash/zsh completion script: source <(innoscape completion)",
        footerHeading = "%n", footer = { "Add to ~/.bashrc:  source <(/path/to/innoscape completion)",
                "The script covers the commands of the plug-ins installed when it is generated." })
final class CompletionCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().print(AutoComplete.bash(InnoscapeCli.PROGRAM, spec.root().commandLine()));
        spec.commandLine().getOut().flush();
    }
}
