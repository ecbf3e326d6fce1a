package org.innoscape.ui.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.innoscape.ui.model.ModelDocument;

/** File > Save As for a model, from its editor or any of its diagrams: the dialog opens in the model's folder. */
public final class ModelSaveAs {

    private ModelSaveAs() {
    }

    /** @return true when the model was saved to the chosen file, which it now stands for */
    public static boolean run(Shell shell, ModelDocument document) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Save Model As");
        dialog.setFilterExtensions(new String[] {"*.innoscape"});
        dialog.setFilterPath(document.file().getParent().toString());
        dialog.setOverwrite(true);
        dialog.setFileName(document.name());
        String chosen = dialog.open();
        if (chosen == null) {
            return false;
        }
        Path target = Path.of(chosen.endsWith(".innoscape") ? chosen : chosen + ".innoscape");
        try {
            document.saveAs(target);
            return true;
        } catch (IOException e) {
            MessageDialog.openError(shell, "Could not save",
                    "Innoscape could not save to " + target + ".\n\n" + e.getMessage() + "\n\nThe model is unchanged and still open.");
            return false;
        }
    }
}
