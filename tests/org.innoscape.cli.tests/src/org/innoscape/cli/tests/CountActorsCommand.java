package org.innoscape.cli.tests;

import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.ModelInput;
import org.innoscape.cli.UsageException;

import picocli.CommandLine.Parameters;

/** A command as a plug-in contributes it, using the API only: counts a model's actors. */
@picocli.CommandLine.Command(name = "count-actors", description = "count the actors of a model (a contributed command)")
public final class CountActorsCommand implements Command {

    @Parameters(paramLabel = "MODEL", description = "the model, or '-' for standard input")
    private String model;

    @Override
    public int run(Console console) throws UsageException {
        console.out().println(ModelInput.load(model, console).getActors().size() + " actors");
        return ExitCode.OK;
    }
}
