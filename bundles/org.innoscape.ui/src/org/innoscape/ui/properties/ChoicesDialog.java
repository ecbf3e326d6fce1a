package org.innoscape.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.innoscape.ui.internal.Messages;

/**
 * Chooses the values of a many-valued feature (the owners of an initiative, the stages it supports, its
 * activity types) from the candidates EMF.Edit offers: tick boxes and a filter. Values already chosen
 * keep their order; newly ticked ones are added after them.
 */
final class ChoicesDialog extends Dialog {
    private final String title;
    private final List<?> candidates;
    private final List<Object> chosen;
    private final ILabelProvider labels;
    private CheckboxTableViewer table;
    private List<Object> result;

    ChoicesDialog(Shell parent, String title, Collection<?> candidates, Collection<?> current, ILabelProvider labels) {
        super(parent);
        this.title = title;
        this.candidates = candidates.stream().filter(c -> c != null).toList();
        this.chosen = new ArrayList<>(current);
        this.labels = labels;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Text filter = new Text(area, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
        filter.setMessage(Messages.ChoicesDialog_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        table = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(380, 320).applyTo(table.getControl());
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setLabelProvider(labels);
        table.setInput(candidates);
        table.setCheckedElements(chosen.toArray());
        table.addCheckStateListener(event -> {
            if (event.getChecked()) {
                chosen.add(event.getElement());
            } else {
                chosen.remove(event.getElement());
            }
        });
        table.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                String text = filter.getText().strip().toLowerCase(java.util.Locale.ROOT);
                return text.isEmpty() || labels.getText(element).toLowerCase(java.util.Locale.ROOT).contains(text);
            }
        });
        filter.addListener(SWT.Modify, e -> {
            table.refresh();
            table.setCheckedElements(chosen.toArray()); // filtering must not lose ticks
        });
        return area;
    }

    /** Ticks or unticks a candidate, as a click on its box does (also used by tests). */
    void setChosen(Object candidate, boolean on) {
        table.setChecked(candidate, on);
        if (on && !chosen.contains(candidate)) {
            chosen.add(candidate);
        } else if (!on) {
            chosen.remove(candidate);
        }
    }

    @Override
    protected void okPressed() {
        result = List.copyOf(chosen);
        super.okPressed();
    }

    /** The chosen values after OK, or null after Cancel. */
    List<Object> result() {
        return result;
    }

    void pressOk() {
        okPressed();
    }
}
