package org.innoscape.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.innoscape.io.ExportFormat;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.ModelLoadException;
import org.innoscape.model.persistence.ModelStore;
import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.UsageException;

/** {@code innoscape export MODEL --format csv|xlsx|graphml|gexf|json --output PATH}. */
public final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "export a model as registers (CSV or Excel), GraphML, GEXF or JSON";
    }

    @Override
    public String usage() {
        return """
                Usage: innoscape export MODEL --format csv|xlsx|graphml|gexf|json --output PATH [--mkdirs]

                PATH '-' is standard output (not for csv). PATH may not be the model itself; its folder must
                exist unless --mkdirs is given. Files are written atomically; a symbolic link is written
                through to its target.

                  csv      the three registers (initiatives.csv, actors.csv, relationships.csv) in the folder PATH,
                           in the format 'import' reads; cells starting with = + - @ are neutralised
                  xlsx     the three registers as sheets of one Excel workbook PATH; formula-like cells are
                           quote-prefixed text
                  graphml  the actor network with attributes and network metrics (yEd, networkx, Gephi)
                  gexf     the same as GEXF 1.3 (Gephi)
                  json     the whole model (schema in docs/register-format.md)
                """;
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
        ExportFormat exportFormat = ExportFormat.named(format);
        if (exportFormat == null) {
            throw new UsageException("unknown format '" + format + "'; expected csv, xlsx, graphml, gexf or json");
        }
        if (!Files.isRegularFile(model)) {
            throw new UsageException("no such file: " + model);
        }
        boolean toStdout = OutputFile.isStdout(output);
        if (toStdout && exportFormat == ExportFormat.CSV) {
            throw new UsageException("--format csv writes a folder of registers; '-' (standard output) needs json, graphml, gexf or xlsx");
        }
        if (!toStdout) {
            OutputFile.check(Path.of(output), List.of(model), mkdirs, exportFormat == ExportFormat.CSV);
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

}
