package org.innoscape.ui.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.innoscape.model.InnovationSystem;
import org.innoscape.model.build.DefaultTemplate;
import org.innoscape.model.persistence.ModelStore;

/** Creates new model files: empty, or from the default template (drivers, themes, stages, groups). */
public final class NewModels {

    private NewModels() {
    }

    /**
     * Writes a new model to {@code file}.
     *
     * @throws IOException when the file exists already (nothing is overwritten) or cannot be written
     */
    public static void create(Path file, String name, boolean fromTemplate) throws IOException {
        if (Files.exists(file)) {
            throw new IOException(file + " exists already; choose another name");
        }
        InnovationSystem system = fromTemplate ? DefaultTemplate.create(name)
                : org.innoscape.model.InnoscapeFactory.eINSTANCE.createInnovationSystem();
        system.setName(name);
        new ModelStore().save(system, file);
    }
}
