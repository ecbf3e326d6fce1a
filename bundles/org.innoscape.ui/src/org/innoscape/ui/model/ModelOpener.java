package org.innoscape.ui.model;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.innoscape.model.persistence.ModelLoadException;
import org.innoscape.ui.InnoscapeUi;
import org.innoscape.ui.editor.ModelEditor;

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
            String where = e.line() > 0 ? " (line " + e.line() + (e.column() > 0 ? ", column " + e.column() : "") + ")" : "";
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Cannot open the model",
                    "Innoscape could not open " + file.getFileName() + where + ":\n\n" + e.reason()
                            + "\n\nNothing was changed. The file is " + file.toAbsolutePath() + ".");
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
