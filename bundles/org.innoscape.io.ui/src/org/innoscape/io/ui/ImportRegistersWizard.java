package org.innoscape.io.ui;

import java.io.IOException;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.innoscape.ui.explorer.ExplorerItems;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.ModelOpener;
import org.innoscape.ui.model.OpenModels;

/** File > Import > Innoscape > Programme Registers: choose files and a model, check, then import. */
public class ImportRegistersWizard extends Wizard implements IImportWizard {
    private IWorkbench workbench;
    private ModelDocument preselected;
    private RegisterFilesPage filesPage;
    private ColumnMappingPage columnsPage;
    private ImportCheckPage checkPage;

    public ImportRegistersWizard() {
        setWindowTitle(Messages.ImportRegistersWizard_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        preselected = selection == null || selection.isEmpty() ? ExplorerItems.documentOrOnlyModel(null)
                : ExplorerItems.documentOrOnlyModel(selection.getFirstElement());
    }

    @Override
    public void addPages() {
        filesPage = new RegisterFilesPage(OpenModels.get().documents(), preselected);
        columnsPage = new ColumnMappingPage(filesPage);
        checkPage = new ImportCheckPage(filesPage, columnsPage);
        addPage(filesPage);
        addPage(columnsPage);
        addPage(checkPage);
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == checkPage && checkPage.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        ImportPlan plan = checkPage.plan();
        try {
            columnsPage.saveIfAsked();
        } catch (IOException e) {
            MessageDialog.openWarning(getShell(), Messages.ImportRegistersWizard_errorTitle,
                    NLS.bind(Messages.ImportRegistersWizard_mappingNotSaved, e.getMessage()));
        }
        IOException[] failure = new IOException[1];
        // Applying to an open model runs on the UI thread (its listeners are UI code): about a second per
        // 10,000 rows. The busy cursor says so; the check before ran in the background.
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try {
                plan.apply();
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            MessageDialog.openError(getShell(), Messages.ImportRegistersWizard_errorTitle,
                    NLS.bind(Messages.ImportRegistersWizard_notWritten, plan.modelFile(), failure[0].getMessage()));
            return false;
        }
        if (plan.intoNewModel() && workbench != null) {
            IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
            if (window != null) {
                ModelOpener.open(window.getActivePage(), plan.modelFile());
            }
        }
        return true;
    }

    RegisterFilesPage filesPage() {
        return filesPage;
    }

    ColumnMappingPage columnsPage() {
        return columnsPage;
    }

    ImportCheckPage checkPage() {
        return checkPage;
    }
}
