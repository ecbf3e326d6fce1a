package org.innoscape.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.innoscape.examples.ExampleModels;
import org.innoscape.ui.model.OpenModels;

/**
 * What the workbench UI tests of every bundle share: a copy of the example to change, draining the
 * event queue, and closing every editor and model between tests. One copy for all test bundles.
 */
public final class Workbenches {

    private Workbenches() {
    }

    /** Copies the shipped England 2021 example into {@code folder}, so a test may change and save it. */
    public static Path copyOfExample(Path folder) throws IOException {
        Path file = folder.resolve("england.innoscape");
        try (InputStream in = ExampleModels.england2021().openStream()) {
            Files.copy(in, file);
        }
        return file;
    }

    public static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** Closes every editor without saving and every open model, so tests do not see each other's models. */
    public static void closeEverything() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        List.copyOf(OpenModels.get().documents()).forEach(OpenModels.get()::close);
        processEvents();
    }
}
