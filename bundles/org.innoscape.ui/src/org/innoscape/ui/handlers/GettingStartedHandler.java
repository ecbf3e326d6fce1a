package org.innoscape.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.innoscape.ui.help.GettingStartedView;

/** Help > Getting Started: shows the getting-started page. */
public class GettingStartedHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(GettingStartedView.ID);
        } catch (PartInitException e) {
            throw new ExecutionException("cannot show the getting-started page", e); //$NON-NLS-1$
        }
        return null;
    }
}
