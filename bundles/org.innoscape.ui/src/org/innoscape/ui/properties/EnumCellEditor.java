package org.innoscape.ui.properties;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.innoscape.model.values.Wording;

/** A drop-down of an enumeration's values, in words, that reads and writes the literal itself. */
public class EnumCellEditor extends ComboBoxCellEditor {
    private final EEnum eEnum;

    public EnumCellEditor(Composite parent, EEnum eEnum) {
        super(parent, eEnum.getELiterals().stream().map(literal -> Wording.capitalized(literal.getInstance()))
                .toArray(String[]::new), SWT.READ_ONLY);
        this.eEnum = eEnum;
    }

    @Override
    protected Object doGetValue() {
        int index = (Integer) super.doGetValue();
        return index < 0 ? null : eEnum.getELiterals().get(index).getInstance();
    }

    @Override
    protected void doSetValue(Object value) {
        int index = value instanceof Enumerator enumerator ? eEnum.getELiterals().indexOf(eEnum.getEEnumLiteral(enumerator.getValue())) : 0;
        super.doSetValue(Math.max(index, 0));
    }
}
