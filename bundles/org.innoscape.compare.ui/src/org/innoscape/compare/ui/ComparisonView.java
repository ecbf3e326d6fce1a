package org.innoscape.compare.ui;

import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.innoscape.compare.Comparison;
import org.innoscape.compare.ui.ComparisonTree.Node;
import org.innoscape.model.ModelElement;
import org.innoscape.ui.InnoscapeUi;
import org.innoscape.ui.explorer.ModelExplorerView;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.OpenModels;

/**
 * What changed between the open model and another snapshot: a tree of added, removed and changed
 * elements (each change in words), diagram layouts, landscape counts and findings. Double-click a line
 * about an element to select it in the model explorer (when the open model has it).
 */
public final class ComparisonView extends ViewPart {
    public static final String ID = "org.innoscape.compare.ui.comparison"; //$NON-NLS-1$

    private Label heading;
    private TreeViewer tree;
    private ModelDocument document;
    private java.nio.file.Path otherFile;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout());
        heading = new Label(parent, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        heading.setText(Messages.ComparisonView_hint);
        tree = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        tree.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return ((Node) parent).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((Node) element).children().isEmpty();
            }
        });
        tree.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Node) element).text();
            }
        });
        tree.addDoubleClickListener(event -> reveal(((IStructuredSelection) event.getSelection()).getFirstElement()));
    }

    /** Shows a comparison of {@code document}'s model (the newer side) with another snapshot. */
    public void show(Comparison comparison, ModelDocument document, java.nio.file.Path otherFile) {
        this.document = document;
        this.otherFile = otherFile;
        int changes = comparison.elements().added().size() + comparison.elements().removed().size() + comparison.elements().changed().size();
        heading.setText(NLS.bind(comparison.isEmpty() ? Messages.ComparisonView_headingSame : Messages.ComparisonView_heading,
                new Object[] { comparison.oldName(), comparison.newName(), changes }));
        heading.getParent().layout();
        List<Node> roots = ComparisonTree.of(comparison);
        tree.setInput(roots);
        tree.expandToLevel(1);
    }

    public TreeViewer tree() {
        return tree;
    }

    /**
     * Selects the line's element in the model explorer: in the open model, or, for an element only the
     * other snapshot has, in that snapshot when it is open too.
     */
    public boolean reveal(Object line) {
        if (!(line instanceof Node node) || node.elementId() == null || document == null) {
            return false;
        }
        EObject element = OpenModels.get().documents().contains(document) ? find(document, node.elementId()) : null;
        for (ModelDocument open : OpenModels.get().documents()) {
            if (element == null && open.file().toAbsolutePath().normalize().equals(otherFile)) {
                element = find(open, node.elementId());
            }
        }
        if (element == null) {
            getViewSite().getActionBars().getStatusLineManager().setMessage(NLS.bind(Messages.ComparisonView_onlyInOther,
                    otherFile.getFileName()));
            return false;
        }
        try {
            ModelExplorerView explorer = (ModelExplorerView) getSite().getPage().showView(InnoscapeUi.MODEL_EXPLORER_VIEW_ID);
            explorer.viewer().setSelection(new StructuredSelection(element), true);
            return true;
        } catch (PartInitException e) {
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage(NLS.bind(Messages.ComparisonView_cannotShowExplorer,
                    e.getMessage()));
            return false;
        }
    }

    private static EObject find(ModelDocument in, String id) {
        for (Iterator<EObject> it = in.system().eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof ModelElement element && id.equals(element.getId())) {
                return object;
            }
        }
        return null;
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }
}
