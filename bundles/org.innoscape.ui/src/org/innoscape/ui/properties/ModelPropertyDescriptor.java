package org.innoscape.ui.properties;

import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.innoscape.model.ModelElement;
import org.innoscape.model.values.Wording;

/**
 * One row of the properties view, built from an EMF.Edit item property descriptor: the display
 * name, category and description come from the generated edit code; the cell editor fits the type.
 */
public class ModelPropertyDescriptor implements IPropertyDescriptor {
    private final EObject object;
    private final IItemPropertyDescriptor item;

    public ModelPropertyDescriptor(EObject object, IItemPropertyDescriptor item) {
        this.object = object;
        this.item = item;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!item.canSetProperty(object)) {
            return null;
        }
        EStructuralFeature feature = (EStructuralFeature) item.getFeature(object);
        boolean hasChoices = item.getChoiceOfValues(object) != null;
        if (feature.isMany()) {
            return hasChoices ? new ChoicesCellEditor(parent, object, item, getLabelProvider()) : null;
        }
        if (!(feature instanceof EAttribute attribute)) {
            return hasChoices ? new ReferenceCellEditor(parent, object, item, getLabelProvider()) : null;
        }
        EDataType type = attribute.getEAttributeType();
        if (type instanceof EEnum eEnum) {
            return new EnumCellEditor(parent, eEnum);
        }
        return new ValueCellEditor(parent, type);
    }

    @Override
    public String getCategory() {
        return item.getCategory(object);
    }

    @Override
    public String getDescription() {
        return item.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return item.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return item.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return item.getId(object);
    }

    /**
     * Values as the user knows them: a referenced element by its name (the property already says
     * what kind it is, so not "Driver Funding and commissioning"), an enumeration value in words
     * ("Cross cutting theme"), anything else as EMF.Edit labels it.
     */
    @Override
    public ILabelProvider getLabelProvider() {
        IItemLabelProvider labels = item.getLabelProvider(object);
        return new LabelProvider() {
            @Override
            public String getText(Object value) {
                if (value instanceof Collection<?> values) {
                    return values.stream().map(this::getText).collect(Collectors.joining(", ")); //$NON-NLS-1$
                }
                if (value instanceof ModelElement element && element.getName() != null && !element.getName().isBlank()) {
                    return element.getName();
                }
                if (value instanceof Enumerator literal) {
                    return Wording.capitalized(literal);
                }
                return value == null ? "" : labels.getText(value); //$NON-NLS-1$
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return false;
    }
}
