package org.innoscape.ui.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.innoscape.ui.internal.Messages;
import org.innoscape.ui.model.ModelDocument;

/** File > Save As for a model, from its editor or any of its diagrams: the dialog opens in the model's folder. */
public final class ModelSaveAs {

    private ModelSaveAs() {
    }

    /** @return true when the model was saved to the chosen file, which it now stands for */
    public static boolean run(Shell shell, ModelDocument document) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.ModelSaveAs_title);
        dialog.setFilterExtensions(new String[] {"*.innoscape"}); //$NON-NLS-1$
        dialog.setFilterPath(document.file().getParent().toString());
        dialog.setOverwrite(true);
        dialog.setFileName(document.name());
        String chosen = dialog.open();
        if (chosen == null) {
            return false;
        }
        Path target = Path.of(chosen.endsWith(".innoscape") ? chosen : chosen + ".innoscape"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            document.saveAs(target);
            return true;
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.ModelSaveAs_saveFailedTitle,
                    NLS.bind(Messages.ModelSaveAs_saveFailed, target, e.getMessage()));
            return false;
        }
    }
}
