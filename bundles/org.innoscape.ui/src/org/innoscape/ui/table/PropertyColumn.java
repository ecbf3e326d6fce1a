package org.innoscape.ui.table;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.innoscape.ui.properties.ModelPropertyDescriptor;

/**
 * One column of the element table: a property as the Properties view shows it (the same names, the
 * same values in words, the same cell editors), editable in place. An edit of a row that is one of
 * several selected applies to all of them.
 */
final class PropertyColumn {
    /** What an edit does with the rows it applies to: they, the feature, the new value, the column's name. */
    interface RowsEdit {
        void apply(List<EObject> rows, EStructuralFeature feature, Object value, String column);
    }

    private final IItemPropertyDescriptor item;
    private final EStructuralFeature feature;
    private final String name;
    private final String description;

    PropertyColumn(IItemPropertyDescriptor item, EObject sample) {
        this.item = item;
        this.feature = (EStructuralFeature) item.getFeature(sample);
        this.name = item.getDisplayName(sample);
        this.description = item.getDescription(sample);
    }

    String name() {
        return name;
    }

    EStructuralFeature feature() {
        return feature;
    }

    /** The value of a row in words, as the Properties view shows it. */
    String text(EObject row) {
        return new ModelPropertyDescriptor(row, item).getLabelProvider().getText(row.eGet(feature));
    }

    TableViewerColumn addTo(TableViewer viewer, Consumer<PropertyColumn> sortBy, SelectedRows selected, RowsEdit edit) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(name);
        column.getColumn().setToolTipText(description);
        column.getColumn().setWidth(widthOf(feature));
        column.getColumn().setMoveable(true);
        column.getColumn().addListener(SWT.Selection, event -> sortBy.accept(this));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text((EObject) element);
            }
        });
        column.setEditingSupport(new EditingSupport(viewer) {
            private CellEditor open;

            @Override
            protected CellEditor getCellEditor(Object element) {
                if (open != null) {
                    open.dispose();
                }
                open = new ModelPropertyDescriptor((EObject) element, item).createPropertyEditor(viewer.getTable());
                return open;
            }

            @Override
            protected boolean canEdit(Object element) {
                return item.canSetProperty(element);
            }

            @Override
            protected Object getValue(Object element) {
                return ((EObject) element).eGet(feature);
            }

            @Override
            protected void setValue(Object element, Object value) {
                // Leaving an editor without a change also ends here: that must not copy the row's value to the other rows.
                if (!java.util.Objects.equals(value, getValue(element))) {
                    edit.apply(selected.editedWith((EObject) element), feature, value, name);
                }
            }
        });
        return column;
    }

    /** Room for what a column usually holds: names and descriptions are read, lists are long, the rest is a word or two. */
    private static int widthOf(EStructuralFeature feature) {
        return switch (feature.getName()) {
            case "name", "description" -> 260;
            default -> feature.isMany() ? 200 : 140;
        };
    }

    /** The rows an edit of one row applies to: all those selected when it is one of them, else that row alone. */
    interface SelectedRows {
        List<EObject> editedWith(EObject row);
    }
}
