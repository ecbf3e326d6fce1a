package org.innoscape.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisRegistry;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.landscape.LandscapeCalculator;
import org.innoscape.analysis.report.AnalysisReport;
import org.innoscape.analysis.report.ReportFormat;
import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.ModelInput;
import org.innoscape.cli.UsageException;
import org.innoscape.model.InnovationSystem;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code innoscape analyze MODEL …}: runs the installed analyses and writes a report. */
@picocli.CommandLine.Command(name = "analyze", description = {
        "run gap, duplication and network analyses and write a report",
        "",
        "Runs the installed analyses on MODEL (an .innoscape file; '-' reads it from standard input) and writes a report "
                + "with the landscape summary and the findings." },
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:nothing at or above --fail-on",
                "1:findings at or above --fail-on, or an analysis failed",
                "2:usage or input error (nothing is written then)",
                "3:internal error (the message names the diagnostic file)",
                "4:out of memory, or the output could not be written" })
public final class AnalyzeCommand implements Command {
    private final String version;
    private final Supplier<AnalysisRegistry> registry;

    @Parameters(arity = "0..1", paramLabel = "MODEL", description = "the model: an .innoscape file, or '-' for standard input")
    private String model;

    @Option(names = "--rules", split = ",", paramLabel = "ID", description = "run only these analyses (default: all enabled by default)")
    private List<String> rules = new ArrayList<>();

    @Option(names = "--param", paramLabel = "ID.KEY=VALUE", mapFallbackValue = Option.NULL_VALUE,
            description = "set a parameter of an analysis; repeatable")
    private Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = { "-f", "--format" }, paramLabel = "FORMAT", converter = OptionValues.ReportFormats.class,
            completionCandidates = OptionValues.ReportFormats.class,
            description = "text (default), json, sarif, html, markdown or csv (a table of findings)")
    private ReportFormat format = ReportFormat.TEXT;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE",
            description = "write the report to FILE (atomically) instead of standard output; '-' is standard output; never one of the models")
    private String output;

    @Option(names = "--mkdirs", description = "create the output's missing folders")
    private boolean mkdirs;

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = OptionValues.FailOnLevels.class,
            completionCandidates = OptionValues.FailOnLevels.class, description = "error (default), warning, info or never")
    private OptionValues.FailOn failOn = OptionValues.FailOn.ERROR;

    @Option(names = "--list-rules", description = "list the installed analyses and their parameters")
    private boolean listRules;

    public AnalyzeCommand(String version, Supplier<AnalysisRegistry> registry) {
        this.version = version;
        this.registry = registry;
    }

    @Override
    public int run(Console console) throws UsageException {
        AnalysisRegistry installed = registry.get(); // its plug-in problems are logged (stderr) as it is read
        if (listRules) {
            listRules(installed, console);
            return ExitCode.OK;
        }
        if (model == null) {
            throw new UsageException("no MODEL given");
        }
        Map<String, Map<String, String>> byAnalysis = parametersByAnalysis();
        List<Analysis> selected = select(installed, rules);
        for (String id : byAnalysis.keySet()) {
            if (selected.stream().noneMatch(a -> a.descriptor().id().equals(id))) {
                throw new UsageException("--param names '" + id + "', which is not an analysis that runs; running: "
                        + String.join(", ", selected.stream().map(a -> a.descriptor().id()).toList()));
            }
        }
        InnovationSystem system = ModelInput.load(model, console);
        Path reportFile = output == null || OutputFile.isStdout(output) ? null : Path.of(output);
        if (reportFile != null) {
            OutputFile.check(reportFile, ModelInput.isStdin(model) ? List.of() : List.of(Path.of(model)), mkdirs, false);
        }
        AnalysisResult result;
        try {
            result = AnalysisRunner.run(system, selected, byAnalysis, new StderrProgressMonitor(console.err()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        AnalysisReport report = new AnalysisReport(system.getName(), ModelInput.isStdin(model) ? "(standard input)" : model, version,
                LandscapeCalculator.summarise(system), result);
        try {
            write(report, reportFile, console);
        } catch (IOException e) {
            console.err().println("innoscape analyze: cannot write the report: " + e.getMessage());
            return ExitCode.RESOURCES;
        }
        result.failures().forEach(run -> console.err().println("error: the analysis " + run.descriptor().id()
                + " failed: " + run.failure()));
        boolean failing = !result.failures().isEmpty()
                || (failOn.severity != null && result.worst().map(w -> w.atLeast(failOn.severity)).orElse(false));
        return failing ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** The command as parsed, for the --param values as given (the map keeps only the last of a repeated key). */
    @Spec
    private CommandSpec spec;

    /** Throws when one parameter is given twice: the map keeps the last without a word, as a repeated --format is refused. */
    private void refuseRepeatedParameters() throws UsageException {
        var parsed = spec == null ? null : spec.commandLine().getParseResult();
        var given = parsed == null ? null : parsed.matchedOption("--param");
        if (given == null) {
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String assignment : given.stringValues()) {
            String key = assignment.split("=", 2)[0].strip();
            if (!seen.add(key)) {
                throw new UsageException("--param " + key + " is given twice; give each parameter once");
            }
        }
    }

    /** "alignment.funding-recipients.max-share=0.6": the analysis id is everything before the last dot of the key. */
    private Map<String, Map<String, String>> parametersByAnalysis() throws UsageException {
        refuseRepeatedParameters();
        Map<String, Map<String, String>> byAnalysis = new LinkedHashMap<>();
        for (Map.Entry<String, String> assignment : parameters.entrySet()) {
            String key = assignment.getKey();
            int dot = key.lastIndexOf('.');
            if (dot <= 0 || dot == key.length() - 1 || assignment.getValue() == null) {
                throw new UsageException("--param expects ANALYSIS.PARAMETER=VALUE, e.g. "
                        + "alignment.funding-recipients.max-innovator-only-share=0.6; got '" + key
                        + (assignment.getValue() == null ? "" : "=" + assignment.getValue()) + "'");
            }
            byAnalysis.computeIfAbsent(key.substring(0, dot), k -> new LinkedHashMap<>()).put(key.substring(dot + 1), assignment.getValue());
        }
        return byAnalysis;
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
    private void write(AnalysisReport report, Path reportFile, Console console) throws IOException {
        if (reportFile == null) {
            Writer out = new OutputStreamWriter(console.out(), StandardCharsets.UTF_8);
            format.writer().write(report, out);
            out.flush();
            if (console.out().checkError()) {
                throw new IOException("standard output could not be written completely (a full disk or a closed pipe?)");
            }
            return;
        }
        Path target = reportFile.toAbsolutePath();
        format.writer().write(report, target);
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
