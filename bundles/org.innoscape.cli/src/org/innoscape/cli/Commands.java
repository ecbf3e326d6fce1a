package org.innoscape.cli;

import java.util.List;

import org.innoscape.analysis.AnalysisRegistry;

/** The commands that {@code ./innoscape} offers, in the order {@code --help} lists them. */
final class Commands {

    private Commands() {
    }

    static List<Command> all(String version) {
        return List.of(new AnalyzeCommand(version, AnalysisRegistry::installed), new DiffCommand(AnalysisRegistry::installed),
                new ExportCommand(), new ImportCommand(), new MergeCommand(), new PublishCommand(version, AnalysisRegistry::installed), new ReviewCommand(), new ValidateCommand());
    }
}
