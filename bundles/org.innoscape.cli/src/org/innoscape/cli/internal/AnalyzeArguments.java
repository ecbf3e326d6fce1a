package org.innoscape.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innoscape.analysis.Severity;
import org.innoscape.analysis.report.ReportFormat;
import org.innoscape.cli.UsageException;

/** The parsed arguments of {@code innoscape analyze}. */
record AnalyzeArguments(Path model, List<String> rules, Map<String, Map<String, String>> parameters, ReportFormat format,
        Path output, Severity failOn, boolean listRules, boolean mkdirs) {

    static AnalyzeArguments parse(List<String> arguments) throws UsageException {
        Path model = null;
        List<String> rules = new ArrayList<>();
        Map<String, Map<String, String>> parameters = new LinkedHashMap<>();
        ReportFormat format = ReportFormat.TEXT;
        Path output = null;
        Severity failOn = Severity.ERROR;
        boolean list = false;
        boolean mkdirs = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "--rules" -> {
                    for (String id : Arguments.valueAt(arguments, ++i, argument).split(",")) {
                        if (!id.isBlank()) {
                            rules.add(id.strip());
                        }
                    }
                }
                case "--param" -> {
                    String assignment = Arguments.valueAt(arguments, ++i, argument);
                    int equals = assignment.indexOf('=');
                    int dot = equals < 0 ? -1 : assignment.lastIndexOf('.', equals);
                    if (equals < 0 || dot < 0) {
                        throw new UsageException("--param expects ANALYSIS.PARAMETER=VALUE, e.g. "
                                + "alignment.funding-recipients.max-innovator-only-share=0.6; got '" + assignment + "'");
                    }
                    parameters.computeIfAbsent(assignment.substring(0, dot), k -> new LinkedHashMap<>())
                            .put(assignment.substring(dot + 1, equals), assignment.substring(equals + 1));
                }
                case "--format" -> {
                    try {
                        format = ReportFormat.parse(Arguments.valueAt(arguments, ++i, argument));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(e.getMessage());
                    }
                }
                case "--output", "-o" -> {
                    String value = Arguments.valueAt(arguments, ++i, argument);
                    output = OutputFile.isStdout(value) ? null : Path.of(value);
                }
                case "--mkdirs" -> mkdirs = true;
                case "--fail-on" -> failOn = failOn(Arguments.valueAt(arguments, ++i, argument));
                case "--list-rules" -> list = true;
                default -> {
                    if (argument.startsWith("-")) {
                        throw new UsageException("unknown option '" + argument + "'");
                    }
                    if (model != null) {
                        throw new UsageException("only one MODEL may be given (got '" + model + "' and '" + argument + "')");
                    }
                    model = Path.of(argument);
                }
            }
        }
        if (model == null && !list) {
            throw new UsageException("no MODEL given");
        }
        return new AnalyzeArguments(model, rules, parameters, format, output, failOn, list, mkdirs);
    }


    /** {@code never} is represented by null: no severity fails the run. */
    private static Severity failOn(String text) throws UsageException {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "info" -> Severity.INFO;
            case "never" -> null;
            default -> throw new UsageException("--fail-on expects error, warning, info or never; got '" + text + "'");
        };
    }
}
