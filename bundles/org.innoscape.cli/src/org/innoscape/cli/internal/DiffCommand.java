package org.innoscape.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisRegistry;
import org.innoscape.compare.Comparison;
import org.innoscape.compare.ModelText;
import org.innoscape.compare.report.ComparisonFormat;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.AtomicFiles;
import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.InputException;
import org.innoscape.cli.ModelInput;
import org.innoscape.cli.UsageException;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code innoscape diff OLD NEW}: what changed between two snapshots of a model. */
@picocli.CommandLine.Command(name = "diff", description = {
        "compare two snapshots of a model: elements, landscape and findings",
        "",
        "Compares two models element by element, matched by id: elements added, removed and changed (each attribute and "
                + "reference in words; diagram layouts as counts of moved nodes); the landscape counts before and after (by "
                + "stage, funding recipients, focus, driver, owner); and the findings of the default analyses that appeared "
                + "or disappeared. OLD or NEW may be /dev/null for a model that did not exist (Git passes it so).",
        "",
        "With Git (see README, \"Compare and merge\"):",
        "  git config diff.innoscape.textconv \"innoscape diff --textconv\"",
        "  git config difftool.innoscape.cmd 'innoscape diff \"$LOCAL\" \"$REMOTE\"'" },
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:compared",
                "1:the models differ (with --exit-code), or an analysis failed on either model (the findings part is then incomplete)",
                "2:usage or input error",
                "3:internal error (the message names the diagnostic file)",
                "4:the output could not be written" })
public final class DiffCommand implements Command {

    private final Supplier<AnalysisRegistry> registry;

    @Parameters(arity = "1..2", paramLabel = "MODEL", description = "OLD and NEW (one MODEL with --textconv); /dev/null for none")
    private List<Path> models = new ArrayList<>();

    @Option(names = { "-f", "--format" }, paramLabel = "FORMAT", converter = OptionValues.ComparisonFormats.class,
            completionCandidates = OptionValues.ComparisonFormats.class, description = "text (default), markdown, html or json")
    private ComparisonFormat format = ComparisonFormat.TEXT;

    @Option(names = { "-o", "--output" }, paramLabel = "PATH", description = "write there (atomically) instead of standard output ('-')")
    private String output;

    @Option(names = "--no-findings", description = "skip running the analyses (faster on large models)")
    private boolean noFindings;

    @Option(names = "--exit-code", description = "exit 1 when the models differ, as 'git diff --exit-code' does")
    private boolean exitCode;

    @Option(names = "--textconv", description = "print one model as sorted lines, one per element, for Git's textconv")
    private boolean textconv;

    public DiffCommand(Supplier<AnalysisRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public int run(Console console) throws UsageException {
        if (textconv ? models.size() != 1 : models.size() != 2) {
            throw new UsageException(textconv ? "--textconv reads one MODEL" : "expected two models, OLD and NEW");
        }
        for (Path model : models) {
            if (!isNothing(model)) {
                ModelInput.requireFile(model);
            }
        }
        if (output != null && !OutputFile.isStdout(output)) {
            OutputFile.check(Path.of(output), models, false, false);
        }
        List<InnovationSystem> loaded = new ArrayList<>();
        for (Path model : models) {
            loaded.add(load(model, console));
        }
        boolean failOnDifference = exitCode;
        StringWriter text = new StringWriter();
        boolean different = false;
        try (PrintWriter out = new PrintWriter(text)) {
            if (textconv) {
                ModelText.write(loaded.get(0), out);
            } else {
                List<Analysis> analyses = !noFindings
                        ? registry.get().enabledByDefault().stream().map(AnalysisRegistry.Entry::analysis).toList()
                        : List.of();
                Comparison comparison = Comparison.of(models.get(0).toString(), loaded.get(0), models.get(1).toString(), loaded.get(1),
                        analyses, new StderrProgressMonitor(console.err()));
                format.write(comparison, out);
                different = !comparison.isEmpty();
                comparison.problems().forEach(p -> console.err().println("error: " + p));
                if (!comparison.problems().isEmpty()) {
                    different = true;
                    failOnDifference = true;
                }
            }
        }
        try {
            if (output == null || OutputFile.isStdout(output)) {
                PrintWriter out = new PrintWriter(new OutputStreamWriter(console.out(), StandardCharsets.UTF_8));
                out.print(text);
                out.flush();
                if (console.out().checkError()) {
                    throw new IOException("standard output could not be written completely");
                }
            } else {
                AtomicFiles.write(Path.of(output).toAbsolutePath(), text.toString());
                console.err().println("Comparison written to " + Path.of(output).toAbsolutePath());
            }
        } catch (IOException e) {
            console.err().println("innoscape diff: cannot write " + (output == null ? "standard output" : output) + ": " + e.getMessage());
            return ExitCode.RESOURCES;
        }
        return failOnDifference && different ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private static boolean isNothing(Path model) {
        return model.toString().equals("/dev/null") || model.toString().equals("nul");
    }

    /** The model in the file; an empty model for /dev/null (a file that did not exist yet). */
    private static InnovationSystem load(Path model, Console console) throws InputException {
        if (isNothing(model)) {
            InnovationSystem empty = InnoscapeFactory.eINSTANCE.createInnovationSystem();
            empty.setName("(none)");
            return empty;
        }
        return ModelInput.load(model.toString(), console);
    }
}
