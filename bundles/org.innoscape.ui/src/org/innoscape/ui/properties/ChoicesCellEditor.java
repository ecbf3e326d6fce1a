package org.innoscape.ui.properties;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** A many-valued feature in the properties view: shows the values, "..." opens {@link ChoicesDialog}. */
final class ChoicesCellEditor extends DialogCellEditor {
    private final EObject object;
    private final IItemPropertyDescriptor item;
    private final ILabelProvider labels;

    ChoicesCellEditor(Composite parent, EObject object, IItemPropertyDescriptor item, ILabelProvider labels) {
        super(parent);
        this.object = object;
        this.item = item;
        this.labels = labels;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        ChoicesDialog dialog = dialog(cellEditorWindow);
        return dialog.open() == ChoicesDialog.OK ? dialog.result() : null;
    }

    ChoicesDialog dialog(Control parent) {
        Collection<?> current = getValue() instanceof Collection<?> values ? values : List.of();
        return new ChoicesDialog(parent.getShell(), item.getDisplayName(object), item.getChoiceOfValues(object), current, labels);
    }

    @Override
    protected void updateContents(Object value) {
        if (labels == null) {
            super.updateContents(value); // called by the superclass constructor, before our fields are set
        } else if (getDefaultLabel() != null) {
            getDefaultLabel().setText(labels.getText(value));
        }
    }
}
