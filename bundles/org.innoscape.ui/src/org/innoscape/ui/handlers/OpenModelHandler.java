package org.innoscape.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.innoscape.ui.internal.Messages;
import org.innoscape.ui.model.ModelFolders;
import org.innoscape.ui.model.ModelOpener;

/** File > Open Model…: choose an .innoscape file and open it. */
public class OpenModelHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText(Messages.OpenModelHandler_title);
        dialog.setFilterExtensions(new String[] {"*.innoscape", "*.*"}); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFilterNames(new String[] {Messages.OpenModelHandler_modelFiles, Messages.OpenModelHandler_allFiles});
        dialog.setFilterPath(ModelFolders.suggested(window.getActivePage()).toString());
        String chosen = dialog.open();
        if (chosen != null) {
            ModelOpener.open(window.getActivePage(), Path.of(chosen));
        }
        return null;
    }
}
