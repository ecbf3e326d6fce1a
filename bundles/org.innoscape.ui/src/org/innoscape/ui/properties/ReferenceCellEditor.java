package org.innoscape.ui.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.innoscape.ui.internal.Messages;

/** A single reference (a relationship's source, a recommendation's addressee): a drop-down of the candidates and "(none)". */
final class ReferenceCellEditor extends ComboBoxCellEditor {
    private final List<Object> choices = new ArrayList<>();

    ReferenceCellEditor(Composite parent, EObject object, IItemPropertyDescriptor item, ILabelProvider labels) {
        super(parent, new String[0], SWT.READ_ONLY);
        choices.add(null);
        item.getChoiceOfValues(object).stream().filter(c -> c != null).forEach(choices::add);
        setItems(choices.stream().map(c -> c == null ? Messages.ReferenceCellEditor_none : labels.getText(c)).toArray(String[]::new));
    }

    @Override
    protected Object doGetValue() {
        int index = (Integer) super.doGetValue();
        return index < 0 ? null : choices.get(index);
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(Math.max(0, choices.indexOf(value)));
    }
}
