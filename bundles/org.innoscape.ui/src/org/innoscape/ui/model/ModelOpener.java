package org.innoscape.ui.model;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.innoscape.model.persistence.ModelLoadException;
import org.innoscape.ui.InnoscapeUi;
import org.innoscape.ui.editor.ModelEditor;
import org.innoscape.ui.internal.Messages;

/** Opens a model file in the workbench: loads it, opens its editor and shows it in the explorer. */
public final class ModelOpener {

    private ModelOpener() {
    }

    /** @return the document, or null when the file could not be read (the user has been told why) */
    public static ModelDocument open(IWorkbenchPage page, Path file) {
        ModelDocument document;
        try {
            document = OpenModels.get().open(file);
        } catch (ModelLoadException e) {
            String message = e.line() <= 0 ? Messages.ModelOpener_cannotOpen
                    : e.column() > 0 ? Messages.ModelOpener_cannotOpenAtColumn : Messages.ModelOpener_cannotOpenAtLine;
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.ModelOpener_cannotOpenTitle, NLS.bind(message,
                    new Object[] { file.getFileName(), e.reason(), file.toAbsolutePath(), e.line(), e.column() }));
            return null;
        }
        RecentModels.opened(document.file());
        ModelEditor.open(page, document);
        try {
            page.showView(InnoscapeUi.MODEL_EXPLORER_VIEW_ID);
        } catch (PartInitException e) {
            // The explorer is optional: the editor is open.
        }
        return document;
    }
}
