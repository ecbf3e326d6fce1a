package org.innoscape.ui.table;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.innoscape.ui.CoalescedRefresh;
import org.innoscape.ui.internal.Messages;
import org.innoscape.ui.model.CurrentModel;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.OpenModels;
import org.innoscape.ui.model.UndoRedoActions;
import org.innoscape.ui.properties.LivePropertySheetPage;

/**
 * The current model's initiatives, actors or relationships as a table, because analysts think in rows:
 * a column per property (as the Properties view names and shows them), sorted by a click on a heading,
 * narrowed by a filter on any column, edited in place. A value given to one of several selected rows is
 * given to all of them, as one command: one Undo takes it back.
 */
public class ElementTableView extends ViewPart {
    public static final String ID = "org.innoscape.ui.views.elementTable"; //$NON-NLS-1$
    private static final EStructuralFeature NAME_FEATURE = org.innoscape.model.InnoscapePackage.Literals.MODEL_ELEMENT__NAME;
    private static final EStructuralFeature ID_FEATURE = org.innoscape.model.InnoscapePackage.Literals.MODEL_ELEMENT__ID;

    private ModelDocument document;
    private TableRows rows = TableRows.INITIATIVES;
    private final List<PropertyColumn> columns = new ArrayList<>();
    private PropertyColumn sortedBy;
    private boolean descending;
    private String filterText = ""; //$NON-NLS-1$
    private final Collator collator = Collator.getInstance();

    private Combo kind;
    private Text filter;
    private Label count;
    private TableViewer viewer;
    private final CoalescedRefresh refreshSoon = new CoalescedRefresh(() -> viewer == null ? null : viewer.getControl(), this::refresh);
    private final Runnable onChange = refreshSoon::request;
    private final UndoRedoActions undoRedo = new UndoRedoActions(() -> document);
    private final IPartListener2 followEditors = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof IEditorPart) {
                show(CurrentModel.of(getSite().getPage()));
            }
        }

    };
    /** A model opened or closed anywhere (with an editor or not): show the current one, on the UI thread. */
    private final Runnable onModelsChanged = () -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    show(CurrentModel.of(getSite().getPage()));
                }
            });
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        kind = new Combo(parent, SWT.READ_ONLY);
        kind.setItems(Arrays.stream(TableRows.values()).map(TableRows::label).toArray(String[]::new));
        kind.select(rows.ordinal());
        kind.addListener(SWT.Selection, event -> showRows(TableRows.values()[kind.getSelectionIndex()]));
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.ElementTable_filterHint);
        GridData filterLayout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        filterLayout.minimumWidth = 200;
        filter.setLayoutData(filterLayout);
        filter.addModifyListener(event -> setFilter(filter.getText()));
        count = new Label(parent, SWT.NONE);
        count.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, 2, 1));

        // Virtual: only the rows in sight are given their texts, so a model of 100,000 initiatives opens and follows edits at once.
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setToolTipText(Messages.ElementTable_howToEdit);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setUseHashlookup(true);
        viewer.setFilters(new ViewerFilter() {
            @Override
            public boolean select(Viewer shown, Object parentElement, Object element) {
                return matches((EObject) element);
            }
        });
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer shown, Object a, Object b) {
                return rowOrder().compare((EObject) a, (EObject) b);
            }
        });
        // Editing starts on a double click, or on Enter/F2, so that a single click selects rows (to edit several at once).
        // A focus cell, so that Enter and F2 know which cell to edit (a double-click selects one row; keys keep the selection).
        TableViewerEditor.create(viewer, new org.eclipse.jface.viewers.TableViewerFocusCellManager(viewer,
                new org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter(viewer)), new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent event) {
                return event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (event.keyCode == SWT.CR || event.keyCode == SWT.F2);
            }
        }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        getSite().setSelectionProvider(viewer);
        undoRedo.register(getViewSite().getActionBars());
        getSite().getPage().addPartListener(followEditors);
        OpenModels.get().addListener(onModelsChanged);
        show(CurrentModel.of(getSite().getPage()));
    }

    /** Shows the rows of another model (or none). */
    void show(ModelDocument shown) {
        if (shown == document && !columns.isEmpty()) {
            return;
        }
        if (document != null) {
            document.removeChangeListener(onChange);
        }
        document = shown;
        if (document != null) {
            document.addChangeListener(onChange);
        }
        sortedBy = null; // the columns are made anew: an order kept would have no heading to show it
        viewer.getTable().setSortColumn(null);
        rebuildColumns();
        refresh();
    }

    /** Lists another kind of element. */
    public void showRows(TableRows shown) {
        rows = shown;
        if (kind.getSelectionIndex() != shown.ordinal()) {
            kind.select(shown.ordinal());
        }
        sortedBy = null;
        viewer.getTable().setSortColumn(null);
        rebuildColumns();
        refresh();
    }

    /** Keeps the rows with this text in any column (case ignored); empty keeps every row. */
    public void setFilter(String text) {
        filterText = text.strip().toLowerCase(Locale.ROOT);
        if (!filter.getText().equals(text)) {
            filter.setText(text);
        }
        refresh();
    }

    /** Sorts by the named column; a second call on the same column reverses the order. */
    public void sortBy(String columnName) {
        columns.stream().filter(c -> c.name().equals(columnName)).findFirst().ifPresent(this::sortBy);
    }

    private void sortBy(PropertyColumn column) {
        descending = column == sortedBy && !descending;
        sortedBy = column;
        TableColumn heading = Arrays.stream(viewer.getTable().getColumns()).filter(c -> c.getText().equals(column.name())).findFirst()
                .orElse(null);
        viewer.getTable().setSortColumn(heading);
        viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
        viewer.refresh();
    }

    /**
     * Gives {@code value} to {@code row}'s {@code feature}, and to every other selected row when {@code row} is
     * one of several selected: what editing a cell does.
     */
    public void edit(EObject row, EStructuralFeature feature, Object value) {
        PropertyColumn column = columns.stream().filter(c -> c.feature() == feature).findFirst().orElseThrow();
        apply(editedWith(row), feature, value, column.name());
    }

    private void apply(List<EObject> targets, EStructuralFeature feature, Object value, String column) {
        Command command = RowEdit.of(document.editingDomain(), targets, feature, value, column);
        if (command != null) {
            document.editingDomain().getCommandStack().execute(command);
        }
    }

    private List<EObject> editedWith(EObject row) {
        List<?> selected = viewer.getStructuredSelection().toList();
        if (selected.size() > 1 && selected.contains(row)) {
            return selected.stream().map(EObject.class::cast).toList();
        }
        return List.of(row);
    }

    /** The rows shown now, in their order: those the filter keeps, sorted as asked (a virtual table has no items for rows out of sight). */
    public List<EObject> shownRows() {
        List<EObject> all = document == null ? List.of() : rows.of(document.system());
        return all.stream().filter(this::matches).sorted(rowOrder()).toList();
    }

    private java.util.Comparator<EObject> rowOrder() {
        return (a, b) -> sortedBy == null ? 0 : compareBy(sortedBy, descending, a, b, collator);
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** The line beside the filter: how many rows are shown of how many. */
    public String countText() {
        return count.getText();
    }

    private void rebuildColumns() {
        viewer.getTable().setRedraw(false);
        try {
            for (TableColumn column : viewer.getTable().getColumns()) {
                column.dispose();
            }
            columns.clear();
            if (document != null) {
                List<EObject> elements = rows.of(document.system());
                EObject sample = elements.isEmpty() ? EcoreUtil.create(rows.rowClass()) : elements.get(0);
                IItemPropertySource source = (IItemPropertySource) document.adapterFactory().adapt(sample, IItemPropertySource.class);
                for (IItemPropertyDescriptor item : source.getPropertyDescriptors(sample)) {
                    columns.add(new PropertyColumn(item, sample));
                }
                // The name first and the generated id last: rows are read by name, and ids are rarely looked at.
                columns.sort(java.util.Comparator.comparingInt(column -> column.feature() == NAME_FEATURE ? 0 : column.feature() == ID_FEATURE ? 2 : 1));
                columns.forEach(column -> column.addTo(viewer, this::sortBy, this::editedWith, this::apply));
            }
        } finally {
            viewer.getTable().setRedraw(true);
        }
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<EObject> all = document == null ? List.of() : rows.of(document.system());
        if (viewer.getInput() != all) {
            viewer.setInput(all);
        } else {
            viewer.refresh(); // keeps the selection and where the table is scrolled to
        }
        count.setText(document == null ? Messages.ElementTable_noModel
                : NLS.bind(Messages.ElementTable_count, new Object[] { viewer.getTable().getItemCount(), all.size(), rows.label().toLowerCase(Locale.ROOT),
                        document.name() }));
        count.getParent().layout();
        undoRedo.update();
    }

    private boolean matches(EObject row) {
        return filterText.isEmpty() || columns.stream().anyMatch(c -> c.text(row).toLowerCase(Locale.ROOT).contains(filterText));
    }

    private static int compareBy(PropertyColumn column, boolean descending, EObject a, EObject b, Collator collator) {
        String p = column.text(a);
        String q = column.text(b);
        if (p.isEmpty() != q.isEmpty()) {
            return p.isEmpty() ? 1 : -1; // empty cells last, whichever the direction of the rest
        }
        Object x = a.eGet(column.feature());
        Object y = b.eGet(column.feature());
        int order = x instanceof Number m && y instanceof Number n ? Double.compare(m.doubleValue(), n.doubleValue()) : collator.compare(p, q);
        return descending ? -order : order;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(followEditors);
        OpenModels.get().removeListener(onModelsChanged);
        if (document != null) {
            document.removeChangeListener(onChange);
        }
        super.dispose();
    }

    /** The Properties view keeps up with edits made here. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        T page = LivePropertySheetPage.adapt(adapter);
        return page != null ? page : super.getAdapter(adapter);
    }
}
