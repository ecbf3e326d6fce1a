package org.innoscape.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.innoscape.ui.wizards.NewModelWizard;

/** File > New Model…: the New Model wizard. */
public class NewModelHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        NewModelWizard wizard = new NewModelWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
        return null;
    }
}
