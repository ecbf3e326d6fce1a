package org.innoscape.ui.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.build.DefaultTemplate;
import org.innoscape.model.persistence.ModelStore;
import org.innoscape.ui.internal.Messages;

/** Creates new model files: from the default template (drivers, themes, stages, groups), empty, or as a copy of the example. */
public final class NewModels {

    /** What a new model starts with. */
    public enum Start {
        TEMPLATE, EMPTY, EXAMPLE
    }

    private NewModels() {
    }

    /** As {@link #create(Path, String, String, Start)} with no jurisdiction, from the template or empty. */
    public static void create(Path file, String name, boolean fromTemplate) throws IOException {
        create(file, name, null, fromTemplate ? Start.TEMPLATE : Start.EMPTY);
    }

    /**
     * Writes a new model to {@code file}.
     *
     * @throws IOException when the file exists already (nothing is overwritten) or cannot be written
     */
    public static void create(Path file, String name, String jurisdiction, Start start) throws IOException {
        if (Files.exists(file)) {
            throw new IOException(NLS.bind(Messages.NewModels_exists, file));
        }
        InnovationSystem system = switch (start) {
            case TEMPLATE -> DefaultTemplate.create(name);
            case EMPTY -> InnoscapeFactory.eINSTANCE.createInnovationSystem();
            case EXAMPLE -> EnglandHealthInnovation2021.build();
        };
        system.setName(name);
        if (jurisdiction != null && !jurisdiction.isBlank()) {
            system.setJurisdiction(jurisdiction.strip());
        }
        new ModelStore().save(system, file);
    }
}
