package org.innoscape.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.innoscape.io.ExportFormat;
import org.innoscape.model.InnovationSystem;
import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.ModelInput;
import org.innoscape.cli.UsageException;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code innoscape export MODEL --format csv|xlsx|graphml|gexf|json --output PATH}. */
@picocli.CommandLine.Command(name = "export", description = {
        "export a model as registers (CSV or Excel), GraphML, GEXF or JSON",
        "",
        "PATH '-' is standard output (not for csv). PATH may not be the model itself; its folder must exist unless "
                + "--mkdirs is given. Files are written atomically; a symbolic link is written through to its target.",
        "",
        "  csv      the three registers (initiatives.csv, actors.csv, relationships.csv) in the folder PATH, in the "
                + "format 'import' reads; cells starting with = + - @ are neutralised",
        "  xlsx     the three registers as sheets of one Excel workbook PATH; formula-like cells are quote-prefixed text",
        "  graphml  the actor network with attributes and network metrics (yEd, networkx, Gephi)",
        "  gexf     the same as GEXF 1.3 (Gephi)",
        "  json     the whole model (schema in docs/register-format.md)" },
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:exported",
                "2:usage or input error (nothing written)",
                "3:internal error (the message names the diagnostic file)",
                "4:out of memory, or the output could not be written" })
public final class ExportCommand implements Command {

    @Parameters(paramLabel = "MODEL", description = "the model: an .innoscape file, or '-' for standard input")
    private String model;

    @Option(names = { "-f", "--format" }, required = true, paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "csv, xlsx, graphml, gexf or json")
    private String format;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "PATH", description = "the file (a folder for csv); '-' is standard output")
    private String output;

    @Option(names = "--mkdirs", description = "create the output's missing folders")
    private boolean mkdirs;

    @Override
    public int run(Console console) throws UsageException {
        ExportFormat exportFormat = ExportFormat.named(format);
        if (exportFormat == null) {
            throw new UsageException("unknown format '" + format + "'; expected csv, xlsx, graphml, gexf or json");
        }
        boolean toStdout = OutputFile.isStdout(output);
        if (toStdout && exportFormat == ExportFormat.CSV) {
            throw new UsageException("--format csv writes a folder of registers; '-' (standard output) needs json, graphml, gexf or xlsx");
        }
        InnovationSystem system = ModelInput.load(model, console);
        if (!toStdout) {
            OutputFile.check(Path.of(output), ModelInput.isStdin(model) ? List.of() : List.of(Path.of(model)), mkdirs,
                    exportFormat == ExportFormat.CSV);
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

    /** The format names, for shell completion. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("csv", "xlsx", "graphml", "gexf", "json").iterator();
        }
    }
}
