package org.innoscape.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.ModelLoadException;
import org.innoscape.model.persistence.ModelStore;
import org.innoscape.model.validation.ModelValidation;
import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.UsageException;

/** {@code innoscape validate MODEL}: loads a model and checks the model constraints. */
public final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check a model file against the model constraints";
    }

    @Override
    public String usage() {
        return """
                Usage: innoscape validate MODEL

                Loads MODEL (an .innoscape file) and checks every constraint: required names, dates
                (yyyy, yyyy-mm or yyyy-mm-dd) with the end not before the start, no self-relationships,
                budgets not negative, funding recipients only when funding is offered, and the like.
                Prints one line per problem. Exit codes: 0 valid, 1 problems found, 2 the file cannot be read,
                3 internal error, 4 out of memory.
                """;
    }

    @Override
    public int run(List<String> arguments, Console console) throws UsageException {
        if (arguments.size() != 1 || arguments.get(0).startsWith("-")) {
            throw new UsageException("expected exactly one MODEL file, got " + arguments);
        }
        Path file = Path.of(arguments.get(0));
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file: " + file);
        }
        InnovationSystem system;
        try {
            system = new ModelStore().load(file);
        } catch (ModelLoadException e) {
            console.err().println(e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR;
        }
        List<Diagnostic> problems = ModelValidation.problems(system);
        for (Diagnostic problem : problems) {
            console.out().println(file + ": " + severity(problem) + ": " + problem.getMessage());
        }
        console.out().println(file + ": " + (problems.isEmpty() ? "valid" : problems.size() + " problem(s)"));
        return problems.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private static String severity(Diagnostic diagnostic) {
        return switch (diagnostic.getSeverity()) {
            case Diagnostic.ERROR -> "error";
            case Diagnostic.WARNING -> "warning";
            default -> "info";
        };
    }
}
