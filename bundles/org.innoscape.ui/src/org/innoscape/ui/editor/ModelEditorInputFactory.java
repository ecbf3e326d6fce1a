package org.innoscape.ui.editor;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.innoscape.model.persistence.ModelLoadException;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.OpenModels;
import org.innoscape.ui.model.RecentModels;

/**
 * Reopens, at start-up, the model editors that were open when Innoscape was closed. A model that has
 * gone or no longer loads is not reopened (and says why in the Log view); nothing else is affected.
 */
public final class ModelEditorInputFactory implements IElementFactory {
    public static final String ID = "org.innoscape.ui.editors.modelInputFactory"; //$NON-NLS-1$
    static final String FILE = "file"; //$NON-NLS-1$

    @Override
    public IAdaptable createElement(IMemento memento) {
        ModelDocument document = reopen(memento.getString(FILE));
        return document == null ? null : new ModelEditorInput(document);
    }

    /** The open document of a remembered file, opening it if needed; null when it cannot be read now. */
    public static ModelDocument reopen(String remembered) {
        if (remembered == null) {
            return null;
        }
        System.Logger log = System.getLogger(ModelEditorInputFactory.class.getName());
        try {
            Path file = Path.of(remembered);
            if (!Files.isRegularFile(file)) {
                log.log(System.Logger.Level.WARNING, "not reopened: " + file + " no longer exists"); //$NON-NLS-1$ //$NON-NLS-2$
                return null;
            }
            ModelDocument document = OpenModels.get().open(file);
            RecentModels.opened(document.file());
            return document;
        } catch (InvalidPathException | ModelLoadException e) {
            log.log(System.Logger.Level.WARNING, "not reopened: " + remembered + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        }
    }
}
