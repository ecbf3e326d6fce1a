package org.innoscape.analysis.duplication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.innoscape.analysis.duplication.core.MeaningMemory;
import org.innoscape.model.persistence.AtomicFiles;

/**
 * A model's {@link MeaningMemory}, kept beside it ({@code .NAME.neighbours} next to {@code NAME.innoscape},
 * with the embedding cache), never inside it; written atomically, so a crash leaves the old file or the new
 * one, and a missing or damaged file only means a re-analysis searches everything again.
 */
final class NeighbourFile {
    private NeighbourFile() {
    }

    static Path of(Path model) {
        String name = model.getFileName().toString().replaceFirst("\\.innoscape$", "");
        return model.resolveSibling("." + name + ".neighbours");
    }

    /** What the last detection of this model remembered; empty when there is nothing (readable) beside it. */
    static MeaningMemory read(Path model) {
        try {
            return MeaningMemory.fromBytes(Files.readAllBytes(of(model)));
        } catch (IOException | RuntimeException e) {
            return MeaningMemory.empty(); // none yet, or unreadable: everything is searched again, and the file rewritten
        }
    }

    /** Writes the memory when the detection changed it; what a report should say when it could not be written, else null. */
    static String write(Path model, MeaningMemory memory) {
        if (!memory.changed()) {
            return null;
        }
        try {
            AtomicFiles.write(of(model), memory.toBytes());
            return null;
        } catch (IOException e) {
            return "the nearest in meaning could not be kept in " + of(model) + " (" + e.getMessage()
                    + "): the next analysis searches them all again.";
        }
    }
}
