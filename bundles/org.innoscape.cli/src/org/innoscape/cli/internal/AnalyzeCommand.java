package org.innoscape.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisRegistry;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.landscape.LandscapeCalculator;
import org.innoscape.analysis.report.AnalysisReport;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.AtomicFiles;
import org.innoscape.model.persistence.ModelLoadException;
import org.innoscape.model.persistence.ModelStore;
import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.UsageException;

/** {@code innoscape analyze MODEL …}: runs the installed analyses and writes a report. */
public final class AnalyzeCommand implements Command {
    private final String version;
    private final java.util.function.Supplier<AnalysisRegistry> registry;

    public AnalyzeCommand(String version, java.util.function.Supplier<AnalysisRegistry> registry) {
        this.version = version;
        this.registry = registry;
    }

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String summary() {
        return "run gap, duplication and network analyses and write a report";
    }

    @Override
    public String usage() {
        return """
                Usage: innoscape analyze MODEL [options]
                       innoscape analyze --list-rules

                Runs the installed analyses on MODEL (an .innoscape file) and writes a report with the
                landscape summary and the findings.

                Options:
                  --rules ID,...            run only these analyses (default: all enabled by default)
                  --param ID.KEY=VALUE      set a parameter of an analysis; repeatable
                  --format FORMAT           text (default), json, sarif, html, markdown or csv (a table of findings)
                  --output FILE             write the report to FILE (atomically) instead of standard
                                            output; '-' is standard output; never one of the models
                  --mkdirs                  create the output's missing folders
                  --fail-on LEVEL           error (default), warning, info or never
                  --list-rules              list the installed analyses and their parameters

                Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it (or an analysis
                failed), 2 usage or input error (nothing is written then), 3 internal error (the message
                names the diagnostic file), 4 out of memory or the output could not be written.
                """;
    }

    @Override
    public int run(List<String> arguments, Console console) throws UsageException {
        AnalyzeArguments parsed = AnalyzeArguments.parse(arguments);
        AnalysisRegistry installed = registry.get(); // its plug-in problems are logged (stderr) as it is read
        if (parsed.listRules()) {
            listRules(installed, console);
            return ExitCode.OK;
        }
        List<Analysis> selected = select(installed, parsed.rules());
        for (String id : parsed.parameters().keySet()) {
            if (selected.stream().noneMatch(a -> a.descriptor().id().equals(id))) {
                throw new UsageException("--param names '" + id + "', which is not an analysis that runs; running: "
                        + String.join(", ", selected.stream().map(a -> a.descriptor().id()).toList()));
            }
        }
        if (!Files.isRegularFile(parsed.model())) {
            throw new UsageException("no such file: " + parsed.model());
        }
        if (parsed.output() != null) {
            OutputFile.check(parsed.output(), List.of(parsed.model()), parsed.mkdirs(), false);
        }
        InnovationSystem model;
        try {
            model = new ModelStore().load(parsed.model());
        } catch (ModelLoadException e) {
            console.err().println(e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR;
        }
        AnalysisResult result;
        try {
            result = AnalysisRunner.run(model, selected, parsed.parameters(), new StderrProgressMonitor(console.err()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        AnalysisReport report = new AnalysisReport(model.getName(), parsed.model().toString(), version,
                LandscapeCalculator.summarise(model), result);
        try {
            write(report, parsed, console);
        } catch (IOException e) {
            console.err().println("innoscape analyze: cannot write the report: " + e.getMessage());
            return ExitCode.RESOURCES;
        }
        result.failures().forEach(run -> console.err().println("error: the analysis " + run.descriptor().id()
                + " failed: " + run.failure()));
        boolean failing = !result.failures().isEmpty()
                || (parsed.failOn() != null && result.worst().map(w -> w.atLeast(parsed.failOn())).orElse(false));
        return failing ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private static List<Analysis> select(AnalysisRegistry installed, List<String> ids) throws UsageException {
        if (ids.isEmpty()) {
            return installed.enabledByDefault().stream().map(AnalysisRegistry.Entry::analysis).toList();
        }
        List<Analysis> selected = new ArrayList<>();
        for (String id : ids) {
            selected.add(installed.find(id).orElseThrow(() -> new UsageException("no analysis '" + id + "'; installed: "
                    + String.join(", ", installed.all().stream().map(AnalysisRegistry.Entry::id).toList()))).analysis());
        }
        return selected;
    }

    /** Writes to the output file through a temporary file, so a failed run never leaves half a report. */
    private static void write(AnalysisReport report, AnalyzeArguments parsed, Console console) throws IOException {
        if (parsed.output() == null) {
            Writer out = new OutputStreamWriter(console.out(), StandardCharsets.UTF_8);
            parsed.format().writer().write(report, out);
            out.flush();
            if (console.out().checkError()) {
                throw new IOException("standard output could not be written completely (a full disk or a closed pipe?)");
            }
            return;
        }
        StringWriter buffer = new StringWriter();
        parsed.format().writer().write(report, buffer);
        Path target = parsed.output().toAbsolutePath();
        AtomicFiles.write(target, buffer.toString());
        console.err().println("Report written to " + target);
    }

    private static void listRules(AnalysisRegistry installed, Console console) {
        for (AnalysisRegistry.Entry entry : installed.all()) {
            var d = entry.descriptor();
            console.out().printf("%s  %s (%s, %s)%s%n    %s%n", d.id(), d.name(), d.category(), d.severity().label(),
                    entry.enabledByDefault() ? "" : " [off by default]", d.description());
            d.parameters().forEach(p -> console.out().printf("    --param %s.%s=%s   %s%n", d.id(), p.key(), p.defaultValue(),
                    p.description()));
        }
    }
}
