package org.innoscape.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.innoscape.ui.internal.Messages;
import org.innoscape.ui.model.ModelFolders;
import org.innoscape.ui.model.ModelOpener;
import org.innoscape.ui.model.NewModels;

/** File > New Model: a new model file, from the default template, empty, or as a copy of the example; then opened. */
public class NewModelWizard extends Wizard implements INewWizard {
    private IWorkbench workbench;
    private NewModelPage page;
    private Path created;

    public NewModelWizard() {
        setWindowTitle(Messages.NewModelWizard_title);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void addPages() {
        page = new NewModelPage(ModelFolders.suggested(workbench == null || workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getActivePage()));
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path file = page.file();
        try {
            NewModels.create(file, page.systemName(), page.jurisdiction(), switch (page.start()) {
                case TEMPLATE -> NewModels.Start.TEMPLATE;
                case EMPTY -> NewModels.Start.EMPTY;
                case EXAMPLE -> NewModels.Start.EXAMPLE;
            });
        } catch (IOException e) {
            MessageDialog.openError(getShell(), Messages.NewModelWizard_title, NLS.bind(Messages.NewModelWizard_notCreated, e.getMessage()));
            return false;
        }
        created = file;
        IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
        if (window != null) {
            ModelOpener.open(window.getActivePage(), file);
        }
        return true;
    }

    Path created() {
        return created;
    }

    NewModelPage page() {
        return page;
    }
}
