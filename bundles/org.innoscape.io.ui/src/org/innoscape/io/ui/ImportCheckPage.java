package org.innoscape.io.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.innoscape.io.ImportProblem;
import org.innoscape.io.ImportResult;
import org.innoscape.ui.TableColumns;

/**
 * Second page: a dry run of the import (in the wizard's progress bar, cancellable) and every problem
 * as file, row, column, value and reason. Finish is possible only when nothing is fatal.
 */
final class ImportCheckPage extends WizardPage {
    private final RegisterFilesPage filesPage;
    private final ColumnMappingPage columnsPage;
    private ImportPlan plan;
    private Label summary;
    private TableViewer problems;

    ImportCheckPage(RegisterFilesPage filesPage, ColumnMappingPage columnsPage) {
        super("importCheck"); //$NON-NLS-1$
        this.filesPage = filesPage;
        this.columnsPage = columnsPage;
        setTitle(Messages.ImportCheckPage_title);
        setDescription(Messages.ImportCheckPage_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        summary = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(summary);
        problems = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        problems.getTable().setHeaderVisible(true);
        problems.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 260).applyTo(problems.getControl());
        // The workbench's 16-pixel problem markers (the display's ICON_ERROR is a 48-pixel dialog icon).
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        column("", 24, p -> "", p -> images.getImage(p.fatal() ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK)); //$NON-NLS-1$ //$NON-NLS-2$
        column(Messages.ImportCheckPage_file, 160, p -> Path.of(p.file()).getFileName().toString(), null);
        column(Messages.ImportCheckPage_row, 50, p -> p.row() > 0 ? Integer.toString(p.row()) : "", null); //$NON-NLS-1$
        column(Messages.ImportCheckPage_column, 110, p -> p.column() == null ? "" : p.column(), null); //$NON-NLS-1$
        column(Messages.ImportCheckPage_value, 120, p -> p.value() == null ? "" : p.value(), null); //$NON-NLS-1$
        column(Messages.ImportCheckPage_problem, 360, ImportProblem::reason, null);
        problems.setContentProvider(ArrayContentProvider.getInstance());
        setControl(page);
    }

    private void column(String title, int width, java.util.function.Function<ImportProblem, String> text,
            java.util.function.Function<ImportProblem, Image> image) {
        TableColumns.add(problems, ImportProblem.class, title, width, text, image);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            runCheck();
        }
    }

    /** Reads and checks the registers with progress in the wizard; shows the result. */
    void runCheck() {
        plan = filesPage.plan().withMapping(columnsPage.mapping());
        ImportResult[] result = new ImportResult[1];
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    result[0] = plan.check(monitor);
                } catch (OperationCanceledException e) {
                    throw new InterruptedException();
                }
            });
        } catch (InterruptedException e) {
            show(null, Messages.ImportCheckPage_cancelled);
            return;
        } catch (InvocationTargetException e) {
            show(null, NLS.bind(Messages.ImportCheckPage_notChecked, e.getCause().getMessage()));
            return;
        }
        show(result[0], null);
    }

    private void show(ImportResult result, String message) {
        if (result == null) {
            summary.setText(message);
            problems.setInput(new Object[0]);
            setErrorMessage(message);
            setPageComplete(false);
            return;
        }
        problems.setInput(result.problems());
        int fatal = result.fatalProblems().size();
        int warnings = result.problems().size() - fatal;
        if (result.succeeded()) {
            String text = plan.intoNewModel()
                    ? (warnings > 0 ? Messages.ImportCheckPage_summaryNewWarnings : Messages.ImportCheckPage_summaryNew)
                    : (warnings > 0 ? Messages.ImportCheckPage_summaryOpenWarnings : Messages.ImportCheckPage_summaryOpen);
            summary.setText(NLS.bind(text, new Object[] { result.created(), result.updated(), plan.modelFile().getFileName(), warnings }));
            setErrorMessage(null);
        } else {
            summary.setText(NLS.bind(Messages.ImportCheckPage_fatal, fatal));
            setErrorMessage(NLS.bind(Messages.ImportCheckPage_fatalError, fatal));
        }
        summary.getParent().layout(true, true);
        setPageComplete(result.succeeded());
    }

    ImportPlan plan() {
        return plan;
    }

    /** The problems shown, for tests. */
    int problemRows() {
        return problems.getTable().getItemCount();
    }

    String summaryText() {
        return summary.getText();
    }
}
