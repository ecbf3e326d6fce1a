package org.innoscape.ui.explorer;

import java.util.Locale;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.innoscape.model.Diagram;
import org.innoscape.model.ModelElement;
import org.innoscape.ui.editor.ModelEditor;
import org.innoscape.ui.internal.Messages;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.OpenModels;
import org.innoscape.ui.model.UndoRedoActions;
import org.innoscape.ui.properties.LivePropertySheetPage;

/**
 * The open models as a tree grouped by kind (actors, relationships, drivers…), with a filter box.
 * Its selection feeds the properties view; undo and redo act on the selected element's model.
 */
public class ModelExplorerView extends ViewPart {
    /** Contributed by org.innoscape.diagram.ui. */
    public static final String OPEN_DIAGRAM_COMMAND = "org.innoscape.diagram.ui.openDiagram"; //$NON-NLS-1$
    private TreeViewer viewer;
    private Text filterBox;
    private final Runnable refresh = this::refreshLater;
    private final java.util.Set<ModelDocument> expanded = new java.util.HashSet<>();
    private final UndoRedoActions undoRedo = new UndoRedoActions(this::selectedDocument);
    private static final String LINKED = "linkWithEditor"; //$NON-NLS-1$
    private boolean linkedAtStart;
    private LinkWithEditor link;

    @Override
    public void init(IViewSite site, IMemento memento) throws PartInitException {
        super.init(site, memento);
        linkedAtStart = memento != null && Boolean.TRUE.equals(memento.getBoolean(LINKED));
    }

    @Override
    public void saveState(IMemento memento) {
        super.saveState(memento);
        memento.putBoolean(LINKED, link != null && link.isChecked());
    }

    /** The "Link with Editor" toggle (for tests). */
    public Action linkWithEditor() {
        return link;
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        filterBox = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterBox.setMessage(Messages.ModelExplorerView_filter);
        filterBox.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(new ModelTreeContentProvider());
        viewer.setLabelProvider(new ModelTreeLabelProvider());
        viewer.setUseHashlookup(true);
        viewer.setInput(OpenModels.get());
        viewer.addFilter(new NameFilter());
        filterBox.addModifyListener(event -> {
            viewer.refresh();
            if (!filterBox.getText().isBlank()) {
                viewer.expandToLevel(3);
            }
        });
        viewer.addDoubleClickListener(event -> {
            Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (first instanceof ModelDocument document) {
                ModelEditor.open(getSite().getPage(), document);
            } else if (first instanceof Diagram) {
                openDiagrams();
            } else if (first != null) {
                viewer.setExpandedState(first, !viewer.getExpandedState(first));
            }
        });
        ExplorerMenu actions = new ExplorerMenu(viewer);
        Action delete = actions.deleteAction();
        delete.setEnabled(false);
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        viewer.addSelectionChangedListener(event -> {
            undoRedo.update();
            delete.setEnabled(actions.canDelete());
        });
        getSite().setSelectionProvider(viewer);
        createContextMenu();
        viewer.addDragSupport(DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_LINK,
                new Transfer[] { LocalSelectionTransfer.getTransfer() }, new DragSourceAdapter() {
                    @Override
                    public void dragStart(DragSourceEvent event) {
                        LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
                        event.doit = !viewer.getSelection().isEmpty();
                    }

                    @Override
                    public void dragFinished(DragSourceEvent event) {
                        LocalSelectionTransfer.getTransfer().setSelection(null);
                    }
                });
        undoRedo.register(getViewSite().getActionBars());
        link = new LinkWithEditor(viewer, getSite().getPage(), linkedAtStart);
        getViewSite().getActionBars().getToolBarManager().add(link);
        OpenModels.get().addListener(refresh);
        expandNewDocuments();
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> new ExplorerMenu(viewer).fill(manager));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
    }

    /** Diagrams open in the diagram editor, contributed by another plugin through a command. */
    private void openDiagrams() {
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        try {
            handlers.executeCommand(OPEN_DIAGRAM_COMMAND, null);
        } catch (Exception e) {
            getViewSite().getActionBars().getStatusLineManager()
                    .setErrorMessage(NLS.bind(Messages.ModelExplorerView_cannotOpenDiagram, e.getMessage()));
        }
    }

    /** A model shows its folders as soon as it is opened; later the user's expansion is kept. */
    private void expandNewDocuments() {
        for (ModelDocument document : OpenModels.get().documents()) {
            if (expanded.add(document)) {
                viewer.setExpandedState(document, true);
            }
        }
        expanded.retainAll(OpenModels.get().documents());
    }

    private void refreshLater() {
        Display display = viewer == null ? null : viewer.getControl().getDisplay();
        if (display == null || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.refresh();
                expandNewDocuments();
                undoRedo.update();
            }
        });
    }

    /** The model of the first selected item, or the only open model. */
    ModelDocument selectedDocument() {
        return ExplorerItems.documentOrOnlyModel(viewer == null ? null : viewer.getStructuredSelection().getFirstElement());
    }

    public TreeViewer viewer() {
        return viewer;
    }

    public Text filterBox() {
        return filterBox;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        OpenModels.get().removeListener(refresh);
        if (link != null) {
            link.dispose();
        }
        super.dispose();
    }

    /** Keeps elements whose label contains the filter text, and the folders leading to them. */
    private final class NameFilter extends ViewerFilter {
        @Override
        public boolean select(Viewer v, Object parent, Object element) {
            String text = filterBox.getText().strip().toLowerCase(Locale.ROOT);
            if (text.isEmpty() || element instanceof ModelDocument) {
                return true;
            }
            if (element instanceof ModelCategory category) {
                return category.elements().stream().anyMatch(e -> matches(e, text));
            }
            return matches(element, text);
        }

        /** By the label shown, or by the id the element has in its register (H01, a STIP Compass URL). */
        private boolean matches(Object element, String text) {
            String label = ((ModelTreeLabelProvider) viewer.getLabelProvider()).getText(element);
            if (label != null && label.toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
            return element instanceof ModelElement modelElement && modelElement.getExternalId() != null
                    && modelElement.getExternalId().toLowerCase(Locale.ROOT).contains(text);
        }
    }

    /** The Properties view keeps up with model changes made anywhere. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        T page = LivePropertySheetPage.adapt(adapter);
        return page != null ? page : super.getAdapter(adapter);
    }
}
