package org.innoscape.ui.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IWorkbenchPage;

/**
 * Where file dialogs start: beside the model the user works on, else beside the model opened last,
 * else the home folder. Users keep models, registers and exports together; the install folder or
 * the home folder is rarely the right place.
 */
public final class ModelFolders {

    private ModelFolders() {
    }

    /** The folder file dialogs of {@code page} should open in (never null). */
    public static Path suggested(IWorkbenchPage page) {
        ModelDocument current = CurrentModel.of(page);
        if (current != null && current.file().getParent() != null && Files.isDirectory(current.file().getParent())) {
            return current.file().getParent();
        }
        List<Path> recent = RecentModels.list();
        if (!recent.isEmpty() && recent.get(0).getParent() != null) {
            return recent.get(0).getParent();
        }
        return Path.of(System.getProperty("user.home")); //$NON-NLS-1$
    }
}
