package org.innoscape.cli.tests;

import java.nio.file.Path;
import java.util.List;

import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.UsageException;
import org.innoscape.model.persistence.ModelLoadException;
import org.innoscape.model.persistence.ModelStore;

/** A command as a plug-in contributes it, using the API only: counts a model's actors. */
public final class CountActorsCommand implements Command {

    @Override
    public String name() {
        return "count-actors";
    }

    @Override
    public String summary() {
        return "count the actors of a model (a contributed command)";
    }

    @Override
    public String usage() {
        return "Usage: innoscape count-actors MODEL\n";
    }

    @Override
    public int run(List<String> arguments, Console console) throws UsageException {
        if (arguments.size() != 1) {
            throw new UsageException("expected one MODEL");
        }
        try {
            console.out().println(new ModelStore().load(Path.of(arguments.get(0))).getActors().size() + " actors");
            return ExitCode.OK;
        } catch (ModelLoadException e) {
            console.err().println(e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR;
        }
    }
}
