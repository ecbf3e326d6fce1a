package org.innoscape.ui.editor;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.validation.ModelValidation;
import org.innoscape.ui.CoalescedRefresh;
import org.innoscape.ui.internal.Messages;
import org.innoscape.ui.model.DiskChanges;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.OpenModels;
import org.innoscape.ui.model.UndoRedoActions;
import org.innoscape.ui.properties.LivePropertySheetPage;

/**
 * The editor of one model: an overview (what the model holds) and the problems the model
 * constraints find, kept current as the model changes. Saving, the dirty marker and the prompt on
 * close come from here; closing the editor closes the model.
 */
public class ModelEditor extends EditorPart {
    public static final String ID = "org.innoscape.ui.editors.model"; //$NON-NLS-1$

    private ModelDocument document;
    private Label summary;
    private Label problemsHeading;
    private TableViewer problems;
    private final CoalescedRefresh refreshSoon = new CoalescedRefresh(() -> summary, this::refresh);
    private final Runnable onChange = refreshSoon::request;
    private UndoRedoActions undoRedo;

    public static void open(IWorkbenchPage page, ModelDocument document) {
        try {
            page.openEditor(new ModelEditorInput(document), ID);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.ModelEditor_cannotOpenTitle,
                    NLS.bind(Messages.ModelEditor_cannotOpen, document.name(), e.getMessage()));
        }
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ModelEditorInput modelInput)) {
            throw new PartInitException(NLS.bind(Messages.ModelEditor_notAModel, input.getName()));
        }
        setSite(site);
        setInput(input);
        document = modelInput.document();
        setPartName(document.name());
        setTitleToolTip(document.file().toString());
        undoRedo = new UndoRedoActions(() -> document);
        undoRedo.register(site.getActionBars());
        document.addChangeListener(onChange);
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        problemsHeading = new Label(parent, SWT.WRAP);
        problemsHeading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        problems = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        problems.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        problems.getTable().setHeaderVisible(true);
        TableViewerColumn message = new TableViewerColumn(problems, SWT.NONE);
        message.getColumn().setText(Messages.ModelEditor_problem);
        message.getColumn().setWidth(900);
        message.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Diagnostic) element).getMessage();
            }
        });
        problems.setContentProvider(ArrayContentProvider.getInstance());
        refresh();
    }

    private void refresh() {
        if (summary == null || summary.isDisposed()) {
            return;
        }
        InnovationSystem system = document.system();
        setPartName(document.name());
        setTitleToolTip(document.file().toString());
        summary.setText(system.getName() + (system.getJurisdiction() == null ? "" : " — " + system.getJurisdiction()) //$NON-NLS-1$ //$NON-NLS-2$
                + (system.getSnapshotDate() == null ? "" : ", " + system.getSnapshotDate()) + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + NLS.bind(Messages.ModelEditor_counts, new Object[] { system.getActors().size(), system.getRelationships().size(),
                        system.getDrivers().size(), system.getStages().size(), system.getInitiatives().size(),
                        system.getRecommendations().size(), system.getIndicators().size() }));
        summary.getParent().layout();
        List<Diagnostic> found = ModelValidation.problems(system);
        problems.setInput(found);
        // An empty table alone does not say whether the check ran.
        problemsHeading.setText(found.isEmpty() ? Messages.ModelEditor_noProblems
                : NLS.bind(Messages.ModelEditor_problems, found.size()));
        firePropertyChange(PROP_DIRTY);
        undoRedo.update();
    }

    /** The line above the problems table (for tests). */
    public String problemsHeading() {
        return problemsHeading.getText();
    }

    public ModelDocument document() {
        return document;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!DiskChanges.confirmSave(getSite().getShell(), document, monitor)) {
            return;
        }
        try {
            document.save();
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.ModelEditor_saveFailedTitle,
                    NLS.bind(Messages.ModelEditor_saveFailed, document.file(), e.getMessage()));
        }
    }

    @Override
    public void doSaveAs() {
        ModelSaveAs.run(getSite().getShell(), document);
    }

    @Override
    public boolean isDirty() {
        return document.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void setFocus() {
        problems.getControl().setFocus();
    }

    @Override
    public void dispose() {
        document.removeChangeListener(onChange);
        OpenModels.get().close(document);
        super.dispose();
    }

    /** The Properties view keeps up with model changes made anywhere. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == ModelDocument.class && document != null) {
            return adapter.cast(document);
        }
        if (adapter == IContentOutlinePage.class && document != null) {
            return adapter.cast(new ModelOutlinePage(document));
        }
        T page = LivePropertySheetPage.adapt(adapter);
        return page != null ? page : super.getAdapter(adapter);
    }
}
