package org.innoscape.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;

/** Adds a titled column to a table viewer whose rows are of one type: the one way our views and wizards make columns. */
public final class TableColumns {

    private TableColumns() {
    }

    public static <T> TableViewerColumn add(TableViewer viewer, Class<T> rowType, String title, int width, Function<T, String> text) {
        return add(viewer, rowType, title, width, text, null);
    }

    /** @param image the row's image in this column, or null for none */
    public static <T> TableViewerColumn add(TableViewer viewer, Class<T> rowType, String title, int width, Function<T, String> text,
            Function<T, Image> image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(rowType.cast(element));
            }

            @Override
            public Image getImage(Object element) {
                return image == null ? null : image.apply(rowType.cast(element));
            }
        });
        return column;
    }
}
