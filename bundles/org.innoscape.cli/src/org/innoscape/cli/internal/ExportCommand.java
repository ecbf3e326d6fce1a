package org.innoscape.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.ModelInput;
import org.innoscape.cli.UsageException;
import org.innoscape.io.ExportFormat;
import org.innoscape.io.ExportFormats;
import org.innoscape.model.InnovationSystem;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code innoscape export MODEL --format FORMAT --output PATH}, FORMAT one of the installed {@link ExportFormats}. */
@picocli.CommandLine.Command(name = "export",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:exported",
                "2:usage or input error (nothing written)",
                "3:internal error (the message names the diagnostic file)",
                "4:out of memory, or the output could not be written" })
public final class ExportCommand implements Command {

    @Parameters(paramLabel = "MODEL", description = "the model: an .innoscape file, or '-' for standard input")
    private String model;

    @Option(names = { "-f", "--format" }, required = true, paramLabel = "FORMAT", completionCandidates = FormatIds.class,
            description = "one of the formats listed above")
    private String format;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "PATH",
            description = "the file (a folder for a format that writes one); '-' is standard output")
    private String output;

    @Option(names = "--mkdirs", description = "create the output's missing folders")
    private boolean mkdirs;

    /** The description lists the formats installed now (plug-ins contribute more), so it is written here, not in the annotation. */
    @Spec
    void describeInstalledFormats(CommandSpec spec) {
        List<ExportFormat> installed = ExportFormats.installed();
        List<String> notToStdout = ids(installed.stream().filter(f -> !f.canWriteStream()).toList());
        List<String> lines = new ArrayList<>();
        lines.add("export a model as " + orList(ids(installed)));
        lines.add("");
        lines.add("PATH '-' is standard output" + (notToStdout.isEmpty() ? "" : " (not for " + orList(notToStdout) + ")")
                + ". PATH may not be the model itself; its folder must exist unless --mkdirs is given. Files are written "
                + "atomically; a symbolic link is written through to its target.");
        lines.add("");
        int width = installed.stream().mapToInt(f -> f.id().length()).max().orElse(0);
        for (ExportFormat format : installed) {
            // picocli formats descriptions with String.format: a '%' in a contributed text must stay a '%'.
            lines.add(("  " + format.id() + " ".repeat(width - format.id().length()) + "  " + format.description()).replace("%", "%%"));
        }
        spec.usageMessage().description(lines.toArray(String[]::new));
    }

    @Override
    public int run(Console console) throws UsageException {
        ExportFormat exportFormat = ExportFormats.named(format).orElse(null);
        if (exportFormat == null) {
            throw new UsageException("unknown format '" + format + "'; expected " + orList(ids(ExportFormats.installed())));
        }
        boolean toStdout = OutputFile.isStdout(output);
        if (toStdout && !exportFormat.canWriteStream()) {
            List<String> toStream = ids(ExportFormats.installed().stream().filter(ExportFormat::canWriteStream).toList());
            throw new UsageException("--format " + exportFormat.id() + (exportFormat.writesFolder() ? " writes a folder" : " cannot be written to a stream")
                    + "; '-' (standard output) needs " + orList(toStream));
        }
        InnovationSystem system = ModelInput.load(model, console);
        if (!toStdout) {
            List<Path> read = ModelInput.isStdin(model) ? List.of() : List.of(Path.of(model));
            OutputFile.check(Path.of(output), read, mkdirs, exportFormat.writesFolder());
            if (exportFormat.writesFolder() && Files.exists(Path.of(output)) && !Files.isDirectory(Path.of(output))) {
                throw new UsageException("--format " + exportFormat.id() + " writes a folder of files; " + output + " is a file");
            }
            // A folder format replaces each of its files: none may be the model (a model named initiatives.csv, or a link to it).
            if (exportFormat.writesFolder()) {
                for (Path replaced : exportFormat.filesReplaced(Path.of(output))) {
                    OutputFile.check(replaced, read, true, false);
                }
            }
        }
        try {
            if (toStdout) {
                exportFormat.write(system, console.out());
                console.out().flush();
                return ExitCode.OK; // a standard output that could not be written is said, exit 4, by InnoscapeCli
            }
            List<Path> files = exportFormat.write(system, Path.of(output));
            console.out().println("Wrote " + String.join(", ", files.stream().map(Path::toString).toList()));
            return ExitCode.OK;
        } catch (IOException e) {
            console.err().println("innoscape export: cannot write " + output + ": " + e.getMessage());
            return ExitCode.RESOURCES;
        }
    }

    private static List<String> ids(List<ExportFormat> formats) {
        return formats.stream().map(ExportFormat::id).toList();
    }

    /** "a, b or c". */
    private static String orList(List<String> words) {
        return words.size() < 2 ? String.join("", words)
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    /** The installed formats' ids, for shell completion. */
    static final class FormatIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ids(ExportFormats.installed()).iterator();
        }
    }
}
