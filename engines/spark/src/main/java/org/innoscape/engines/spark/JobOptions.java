package org.innoscape.engines.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What a dedupe job reads, where it writes, and the duplication parameters: the same on every engine. */
final class JobOptions {
    /** The analysis whose parameters --param sets; keys may be given with or without it. */
    static final String ANALYSIS = "duplication.initiatives";

    @Parameters(paramLabel = "REGISTER", arity = "1..*",
            description = "registers to compare (CSV, .xlsx, STIP Compass CSV, or .parquet with a register's columns), or one Innoscape model (.innoscape)")
    List<Path> registers = new ArrayList<>();

    @Option(names = { "-o", "--output" }, paramLabel = "DIR", required = true,
            description = "folder for report.json, findings.csv, pairs.csv, pairs.parquet/, clusters.csv, clusters.parquet/ (created)")
    Path output;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "a duplication parameter, e.g. text=lexical or threshold=0.7 (as analyze's duplication.initiatives.KEY)")
    Map<String, String> parameters = new LinkedHashMap<>();

    /** The command these options are mixed into, for --param as given (the map keeps only the last of a repeated key); null unparsed. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--slices", paramLabel = "N", description = "tasks per step (default: 4 per core of the cluster)")
    Integer slices;

    /** The files and folders a job writes in its output folder (the folders are replaced whole). */
    static final List<String> WRITTEN = List.of("report.json", "findings.csv", "pairs.csv", "clusters.csv", "pairs.parquet", "clusters.parquet");

    /**
     * Why the job cannot run as asked, if it cannot: no output folder or fewer than one slice, an output
     * folder that is a file, or one where writing the results would replace a register being read.
     */
    Optional<String> problem() {
        if (output.toString().isBlank()) {
            return Optional.of("--output needs a folder (an empty name would write into the current folder)");
        }
        // The keys as given on the line (the map keeps only the last of a repeated one), or the map's when set in code.
        var parsed = command == null ? null : command.commandLine().getParseResult();
        var given = parsed == null ? null : parsed.matchedOption("--param");
        List<String> keys = given == null ? List.copyOf(parameters.keySet())
                : given.stringValues().stream().map(assignment -> assignment.split("=", 2)[0].strip()).toList();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String key : keys) {
            String bare = key.startsWith(ANALYSIS + ".") ? key.substring(ANALYSIS.length() + 1) : key;
            if (!seen.add(bare)) {
                return Optional.of("--param " + bare + " is given twice; give each parameter once");
            }
        }
        if (slices != null && slices < 1) {
            return Optional.of("--slices must be 1 or more, got " + slices);
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            return Optional.of("the output folder " + output + " is a file; give a folder (it is created if missing)");
        }
        Path existing = output.toAbsolutePath().normalize().getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            return Optional.of("the output folder " + output + " cannot be made: " + existing + " is a file, not a folder");
        }
        Path folder = real(output);
        for (Path register : registers) {
            Path read = real(register);
            if (folder.startsWith(read)) {
                return Optional.of("the output folder " + output + " is the register " + register
                        + " or inside it; choose a folder outside the registers");
            }
            for (String name : WRITTEN) {
                Path written = folder.resolve(name);
                // Results are first written beside their final names (NAME.partial) and moved into place.
                boolean besideWritten = folder.equals(read.getParent()) && read.getFileName().toString().startsWith(name);
                if (read.startsWith(written) || besideWritten) {
                    return Optional.of("writing " + written + " would replace the register " + register
                            + " being read; choose another output folder");
                }
            }
        }
        return Optional.empty();
    }

    /** The path with links resolved as far as it exists, so that two names of one file compare equal. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    /** The parameters by key without the analysis's id. */
    Map<String, String> detectionParameters() {
        Map<String, String> keys = new LinkedHashMap<>();
        parameters.forEach((key, value) -> keys.put(key.startsWith(ANALYSIS + ".") ? key.substring(ANALYSIS.length() + 1) : key, value));
        return keys;
    }

    /** The arguments that give these options again, for a job started elsewhere (spark-submit). */
    List<String> asArguments() {
        List<String> arguments = new ArrayList<>();
        arguments.add("--output");
        arguments.add(output.toAbsolutePath().toString());
        parameters.forEach((key, value) -> {
            arguments.add("--param");
            arguments.add(key + "=" + value);
        });
        if (slices != null) {
            arguments.add("--slices");
            arguments.add(String.valueOf(slices));
        }
        registers.forEach(r -> arguments.add(r.toAbsolutePath().toString()));
        return arguments;
    }
}
