package org.innoscape.cli.tests;

import org.innoscape.cli.Command;
import org.innoscape.cli.Console;

/** A contributed command that tries to take a built-in command's name: it must be ignored. */
@picocli.CommandLine.Command(name = "validate", description = "a plug-in's validate, which must not replace the built-in one")
public final class ClashingValidateCommand implements Command {

    @Override
    public int run(Console console) {
        console.out().println("the clashing command ran");
        return 0;
    }
}
