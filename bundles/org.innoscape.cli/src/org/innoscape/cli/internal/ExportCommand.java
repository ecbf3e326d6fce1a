package org.innoscape.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.innoscape.io.ExportFormat;
import org.innoscape.io.ExportFormats;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.ModelLoadException;
import org.innoscape.model.persistence.ModelStore;
import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.UsageException;

/** {@code innoscape export MODEL --format FORMAT --output PATH}, FORMAT one of the installed {@link ExportFormats}. */
public final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "export a model as " + orList(ids(ExportFormats.installed()));
    }

    @Override
    public String usage() {
        List<ExportFormat> installed = ExportFormats.installed();
        List<String> notToStdout = ids(installed.stream().filter(format -> !format.canWriteStream()).toList());
        return """
                Usage: innoscape export MODEL --format %s --output PATH [--mkdirs]

                PATH '-' is standard output (not for %s). PATH may not be the model itself; its folder must
                exist unless --mkdirs is given. Files are written atomically; a symbolic link is written
                through to its target.

                %s""".formatted(String.join("|", ids(installed)), orList(notToStdout), formatList(installed));
    }

    @Override
    public int run(List<String> arguments, Console console) throws UsageException {
        Path model = null;
        String format = null;
        String output = null;
        boolean mkdirs = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "--format" -> format = Arguments.valueAt(arguments, ++i, argument);
                case "--output", "-o" -> output = Arguments.valueAt(arguments, ++i, argument);
                case "--mkdirs" -> mkdirs = true;
                default -> {
                    if (argument.startsWith("-") || model != null) {
                        throw new UsageException("unexpected argument '" + argument + "'");
                    }
                    model = Path.of(argument);
                }
            }
        }
        if (model == null || format == null || output == null) {
            throw new UsageException("expected MODEL --format FORMAT --output PATH");
        }
        ExportFormat exportFormat = ExportFormats.named(format).orElse(null);
        if (exportFormat == null) {
            throw new UsageException("unknown format '" + format + "'; expected " + orList(ids(ExportFormats.installed())));
        }
        if (!Files.isRegularFile(model)) {
            throw new UsageException("no such file: " + model);
        }
        boolean toStdout = OutputFile.isStdout(output);
        if (toStdout && !exportFormat.canWriteStream()) {
            List<String> toStream = ids(ExportFormats.installed().stream().filter(ExportFormat::canWriteStream).toList());
            throw new UsageException("--format " + exportFormat.id() + (exportFormat.writesFolder() ? " writes a folder" : " cannot be written to a stream")
                    + "; '-' (standard output) needs " + orList(toStream));
        }
        if (!toStdout) {
            OutputFile.check(Path.of(output), List.of(model), mkdirs, exportFormat.writesFolder());
        }
        InnovationSystem system;
        try {
            system = new ModelStore().load(model);
        } catch (ModelLoadException e) {
            console.err().println(e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR;
        }
        try {
            if (toStdout) {
                exportFormat.write(system, console.out());
                console.out().flush();
                return console.out().checkError() ? ExitCode.RESOURCES : ExitCode.OK;
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

    /** Each format's id and description, the description wrapped under itself. */
    private static String formatList(List<ExportFormat> formats) {
        int width = 2 + formats.stream().mapToInt(f -> f.id().length()).max().orElse(0);
        StringBuilder list = new StringBuilder();
        for (ExportFormat format : formats) {
            StringBuilder line = new StringBuilder("  " + format.id() + " ".repeat(width - format.id().length()));
            int indent = line.length();
            for (String word : format.description().split(" ")) {
                if (line.length() > indent && line.length() + 1 + word.length() > 100) {
                    list.append(line).append('\n');
                    line = new StringBuilder(" ".repeat(indent));
                } else if (line.length() > indent) {
                    line.append(' ');
                }
                line.append(word);
            }
            list.append(line).append('\n');
        }
        return list.toString();
    }
}
