package org.innoscape.ui.handlers;

import java.io.IOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.innoscape.ui.internal.Messages;
import org.innoscape.ui.model.ExampleModelCopy;
import org.innoscape.ui.model.ModelOpener;

/** File > Open Example Model: the England 2021 example, from its copy in the workspace. */
public class OpenExampleHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        try {
            ModelOpener.open(window.getActivePage(), ExampleModelCopy.england2021());
        } catch (IOException e) {
            MessageDialog.openError(window.getShell(), Messages.OpenExampleHandler_title,
                    NLS.bind(Messages.OpenExampleHandler_cannotPrepare, e.getMessage()));
        }
        return null;
    }
}
