package org.innoscape.cli.internal;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.ModelInput;
import org.innoscape.cli.UsageException;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.validation.ModelValidation;

import picocli.CommandLine.Parameters;

/** {@code innoscape validate MODEL}: loads a model and checks the model constraints. */
@picocli.CommandLine.Command(name = "validate", description = {
        "check a model file against the model constraints",
        "",
        "Loads MODEL and checks every constraint: required names, dates (yyyy, yyyy-mm or yyyy-mm-dd) with the end not "
                + "before the start, no self-relationships, budgets not negative, funding recipients only when funding is "
                + "offered, and the like. Prints one line per problem." },
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:valid",
                "1:problems found",
                "2:the file cannot be read, or a usage error",
                "3:internal error (the message names the diagnostic file)",
                "4:out of memory" })
public final class ValidateCommand implements Command {

    @Parameters(paramLabel = "MODEL", description = "the model: an .innoscape file, or '-' for standard input")
    private String model;

    @Override
    public int run(Console console) throws UsageException {
        InnovationSystem system = ModelInput.load(model, console);
        String shown = ModelInput.isStdin(model) ? "(standard input)" : model;
        List<Diagnostic> problems = ModelValidation.problems(system);
        for (Diagnostic problem : problems) {
            console.out().println(shown + ": " + severity(problem) + ": " + problem.getMessage());
        }
        console.out().println(shown + ": " + (problems.isEmpty() ? "valid" : problems.size() + " problem(s)"));
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
