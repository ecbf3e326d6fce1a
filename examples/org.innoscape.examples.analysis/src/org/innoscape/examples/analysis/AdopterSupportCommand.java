package org.innoscape.examples.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.Finding;
import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.UsageException;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.ModelLoadException;
import org.innoscape.model.persistence.ModelStore;

/**
 * An example of a command a plug-in adds to {@code ./innoscape}: runs this plug-in's analysis alone and
 * lists the initiatives that fund adopters without implementation support. Uses the API only.
 */
public final class AdopterSupportCommand implements Command {

    @Override
    public String name() {
        return "adopter-support";
    }

    @Override
    public String summary() {
        return "list initiatives that fund adopters but give them no implementation support (example plug-in)";
    }

    @Override
    public String usage() {
        return """
                Usage: innoscape adopter-support MODEL [--require-evaluation]

                Lists the initiatives that fund adopters but offer no training and skills support (with
                --require-evaluation, no evaluation support either), one per line.

                Exit codes: 0 none found, 1 some found, 2 usage or input error.
                """;
    }

    @Override
    public int run(List<String> arguments, Console console) throws UsageException {
        Path model = null;
        boolean requireEvaluation = false;
        for (String argument : arguments) {
            if (argument.equals("--require-evaluation")) {
                requireEvaluation = true;
            } else if (argument.startsWith("-") || model != null) {
                throw new UsageException("unexpected argument '" + argument + "'");
            } else {
                model = Path.of(argument);
            }
        }
        if (model == null) {
            throw new UsageException("expected MODEL");
        }
        if (!Files.isRegularFile(model)) {
            throw new UsageException("no such file: " + model);
        }
        InnovationSystem system;
        try {
            system = new ModelStore().load(model);
        } catch (ModelLoadException e) {
            console.err().println(e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR;
        }
        AdopterImplementationSupport analysis = new AdopterImplementationSupport();
        AnalysisResult result = AnalysisRunner.run(system, List.of(analysis),
                Map.of(analysis.descriptor().id(), Map.of(AdopterImplementationSupport.REQUIRE_EVALUATION, String.valueOf(requireEvaluation))),
                new NullProgressMonitor());
        for (Finding finding : result.findings()) {
            console.out().println(finding.message());
        }
        console.out().println(result.findings().size() + " initiative(s) found");
        return result.findings().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
