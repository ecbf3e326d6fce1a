package org.innoscape.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.innoscape.model.persistence.ModelLoadException;
import org.innoscape.model.persistence.ModelStore;
import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.UsageException;

/** {@code innoscape diff OLD NEW}: what changed between two snapshots of a model. */
public final class DiffCommand implements Command {

    private final Supplier<AnalysisRegistry> registry;

    public DiffCommand(Supplier<AnalysisRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public String summary() {
        return "compare two snapshots of a model: elements, landscape and findings";
    }

    @Override
    public String usage() {
        return """
                Usage: innoscape diff OLD NEW [--format text|markdown|html|json] [--output PATH] [--no-findings]
                                      [--exit-code]
                       innoscape diff --textconv MODEL

                Compares two models element by element, matched by id: elements added, removed and changed
                (each attribute and reference in words; diagram layouts as counts of moved nodes); the
                landscape counts before and after (by stage, funding recipients, focus, driver, owner); and
                the findings of the default analyses that appeared or disappeared. OLD or NEW may be
                /dev/null for a model that did not exist (Git passes it so).

                  --format FORMAT   text (default), markdown, html or json
                  --output PATH     write there (atomically) instead of standard output ('-')
                  --no-findings     skip running the analyses (faster on large models)
                  --exit-code       exit 1 when the models differ, as 'git diff --exit-code' does
                  --textconv        print one model as sorted lines, one per element, for Git's textconv

                With Git (see README, "Compare and merge"):
                  git config diff.innoscape.textconv "innoscape diff --textconv"
                  git config difftool.innoscape.cmd 'innoscape diff "$LOCAL" "$REMOTE"'

                Exit codes: 0 compared, 1 the models differ (with --exit-code) or an analysis failed on either
                model (always: the findings part is then incomplete), 2 usage or input error, 4 the output could
                not be written.
                """;
    }

    @Override
    public int run(List<String> arguments, Console console) throws UsageException {
        List<Path> models = new ArrayList<>();
        ComparisonFormat format = ComparisonFormat.TEXT;
        String output = null;
        boolean findings = true;
        boolean exitCode = false;
        boolean textconv = false;
        Arguments args = new Arguments(arguments);
        while (args.hasNext()) {
            String argument = args.next();
            switch (argument) {
                case "--format", "-f" -> {
                    String name = args.value(argument);
                    format = ComparisonFormat.parse(name);
                    if (format == null) {
                        throw new UsageException("unknown format '" + name + "'; expected text, markdown, html or json");
                    }
                }
                case "--output", "-o" -> output = args.value(argument);
                case "--no-findings" -> {
                    findings = false;
                }
                case "--exit-code" -> {
                    exitCode = true;
                }
                case "--textconv" -> {
                    textconv = true;
                }
                default -> {
                    if (argument.startsWith("-") && !argument.equals("-")) {
                        throw new UsageException("unexpected option '" + argument + "'");
                    }
                    models.add(Path.of(argument));
                }
            }
        }
        if (textconv ? models.size() != 1 : models.size() != 2) {
            throw new UsageException(textconv ? "--textconv reads one MODEL" : "expected two models, OLD and NEW");
        }
        for (Path model : models) {
            if (!isNothing(model) && !Files.isRegularFile(model)) {
                throw new UsageException("no such file: " + model);
            }
        }
        if (output != null && !OutputFile.isStdout(output)) {
            OutputFile.check(Path.of(output), models, false, false);
        }
        List<InnovationSystem> loaded = new ArrayList<>();
        for (Path model : models) {
            try {
                loaded.add(load(model));
            } catch (ModelLoadException e) {
                console.err().println(e.getMessage());
                return ExitCode.USAGE_OR_INPUT_ERROR;
            }
        }
        StringWriter text = new StringWriter();
        boolean different = false;
        try (PrintWriter out = new PrintWriter(text)) {
            if (textconv) {
                ModelText.write(loaded.get(0), out);
            } else {
                List<Analysis> analyses = findings
                        ? registry.get().enabledByDefault().stream().map(AnalysisRegistry.Entry::analysis).toList()
                        : List.of();
                Comparison comparison = Comparison.of(models.get(0).toString(), loaded.get(0), models.get(1).toString(), loaded.get(1),
                        analyses, new StderrProgressMonitor(console.err()));
                format.write(comparison, out);
                different = !comparison.isEmpty();
                comparison.problems().forEach(p -> console.err().println("error: " + p));
                if (!comparison.problems().isEmpty()) {
                    different = true;
                    exitCode = true;
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
        return exitCode && different ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private static boolean isNothing(Path model) {
        return model.toString().equals("/dev/null") || model.toString().equals("nul");
    }

    /** The model in the file; an empty model for /dev/null (a file that did not exist yet). */
    private static InnovationSystem load(Path model) throws ModelLoadException {
        if (isNothing(model)) {
            InnovationSystem empty = InnoscapeFactory.eINSTANCE.createInnovationSystem();
            empty.setName("(none)");
            return empty;
        }
        return new ModelStore().load(model);
    }
}
