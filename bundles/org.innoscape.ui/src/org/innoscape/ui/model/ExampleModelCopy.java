package org.innoscape.ui.model;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.examples.ExampleModels;
import org.innoscape.ui.internal.Messages;

/**
 * The example model is opened from a copy in the workspace, so saving never writes into the
 * installed product. The copy is made once; later openings keep the user's edits.
 */
public final class ExampleModelCopy {

    private ExampleModelCopy() {
    }

    public static Path england2021() throws IOException {
        Path folder = workspaceFolder().resolve("examples"); //$NON-NLS-1$
        Path copy = folder.resolve(EnglandHealthInnovation2021.FILE_NAME);
        if (!Files.exists(copy)) {
            URL shipped = ExampleModels.england2021();
            if (shipped == null) {
                throw new IOException(Messages.ExampleModelCopy_notInstalled);
            }
            Files.createDirectories(folder);
            try (InputStream in = shipped.openStream()) {
                Files.copy(in, copy);
            }
        }
        return copy;
    }

    private static Path workspaceFolder() throws IOException {
        var location = Platform.getInstanceLocation();
        if (location != null && location.getURL() != null) {
            try {
                return Path.of(location.getURL().toURI());
            } catch (URISyntaxException | IllegalArgumentException e) {
                return Path.of(location.getURL().getPath());
            }
        }
        return Path.of(System.getProperty("user.home"), ".innoscape", "workspace"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
