package org.innoscape.ui.properties;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.innoscape.ui.internal.Messages;

/**
 * Text editing of a single value of any EMF data type (text, whole numbers, amounts): the text is
 * converted with the type's own conversion, and text that does not convert is refused with a message.
 * An empty field means "not set".
 */
public class ValueCellEditor extends TextCellEditor {
    private final EDataType type;

    public ValueCellEditor(Composite parent, EDataType type) {
        super(parent);
        this.type = type;
        setValidator(value -> {
            String text = (String) value;
            if (text == null || text.isEmpty() || type.getInstanceClass() == String.class) {
                return null;
            }
            try {
                EcoreUtil.createFromString(type, text.strip());
                return null;
            } catch (RuntimeException e) {
                return NLS.bind(Messages.ValueCellEditor_invalid, text, type.getName().replace("E", "").toLowerCase(java.util.Locale.ROOT)); //$NON-NLS-1$ //$NON-NLS-2$
            }
        });
    }

    @Override
    protected Object doGetValue() {
        String text = (String) super.doGetValue();
        if (text == null || text.isEmpty()) {
            return null;
        }
        return type.getInstanceClass() == String.class ? text : EcoreUtil.createFromString(type, text.strip());
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(value == null ? "" : (type.getInstanceClass() == String.class ? (String) value //$NON-NLS-1$
                : EcoreUtil.convertToString(type, value)));
    }
}
