package org.innoscape.examples.analysis;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.Finding;
import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.ModelInput;
import org.innoscape.cli.UsageException;
import org.innoscape.model.InnovationSystem;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * An example of a command a plug-in adds to {@code ./innoscape}: runs this plug-in's analysis alone and
 * lists the initiatives that fund adopters without implementation support. Uses the API only: the
 * options are picocli's annotations, the model is read by {@link ModelInput} ('-' is standard input).
 */
@picocli.CommandLine.Command(name = "adopter-support", description = {
        "list initiatives that fund adopters but give them no implementation support (example plug-in)",
        "",
        "Lists the initiatives that fund adopters but offer no training and skills support (with --require-evaluation, "
                + "no evaluation support either), one per line." },
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:none found", "1:some found", "2:usage or input error" })
public final class AdopterSupportCommand implements Command {

    @Parameters(paramLabel = "MODEL", description = "the model: an .innoscape file, or '-' for standard input")
    private String model;

    @Option(names = "--require-evaluation", description = "also require evaluation support")
    private boolean requireEvaluation;

    @Override
    public int run(Console console) throws UsageException {
        InnovationSystem system = ModelInput.load(model, console);
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
