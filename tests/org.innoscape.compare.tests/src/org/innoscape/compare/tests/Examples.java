package org.innoscape.compare.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.ModelLoadException;
import org.innoscape.model.persistence.ModelStore;

/** Fresh copies of the England 2021 example, each with the same ids, as snapshots of one model. */
final class Examples {

    private Examples() {
    }

    static InnovationSystem england() {
        return EnglandHealthInnovation2021.build();
    }

    /** Saves and loads again: what a merge writes must read back. */
    static InnovationSystem roundTrip(InnovationSystem model, Path folder, String name) throws IOException, ModelLoadException {
        Path file = folder.resolve(name + ".innoscape");
        new ModelStore().save(model, file);
        return new ModelStore().load(file);
    }
}
