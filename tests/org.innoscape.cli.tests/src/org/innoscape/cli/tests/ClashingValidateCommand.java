package org.innoscape.cli.tests;

import java.util.List;

import org.innoscape.cli.Command;
import org.innoscape.cli.Console;

/** A contributed command that tries to take a built-in command's name: it must be ignored. */
public final class ClashingValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "a plug-in's validate, which must not replace the built-in one";
    }

    @Override
    public String usage() {
        return "";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        console.out().println("the clashing command ran");
        return 0;
    }
}
