package org.innoscape.io.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the import or the export wizard (the handler's parameter in plugin.xml) on the current selection. */
public class OpenWizardHandler extends AbstractHandler implements IExecutableExtension {
    private boolean export;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        export = "export".equals(data); //$NON-NLS-1$
    }

    @Override
    public Object execute(ExecutionEvent event) {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        IWorkbenchWizard wizard = export ? new ExportModelWizard() : new ImportRegistersWizard();
        wizard.init(PlatformUI.getWorkbench(), selection instanceof IStructuredSelection structured ? structured : StructuredSelection.EMPTY);
        new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
        return null;
    }
}
