package org.innoscape.ui.properties;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.innoscape.ui.model.ModelDocument;

/**
 * Shows one model element in the properties view through its EMF.Edit property descriptors, and
 * makes every edit a command on the model's shared command stack, so it can be undone.
 */
public class ModelPropertySource implements IPropertySource {
    private final EObject object;
    private final IItemPropertySource itemSource;
    private final ModelDocument document;

    public ModelPropertySource(EObject object, IItemPropertySource itemSource, ModelDocument document) {
        this.object = object;
        this.itemSource = itemSource;
        this.document = document;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(object);
        return descriptors.stream().map(d -> new ModelPropertyDescriptor(object, d)).toArray(IPropertyDescriptor[]::new);
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return itemSource.getPropertyDescriptor(object, id);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        return descriptor == null ? null : object.eGet((EStructuralFeature) descriptor.getFeature(object));
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        return descriptor != null && descriptor.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor != null && descriptor.canSetProperty(object)) {
            EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(object);
            execute(feature, SetCommand.UNSET_VALUE);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor == null || !descriptor.canSetProperty(object)) {
            return;
        }
        EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(object);
        Object current = object.eGet(feature);
        if (java.util.Objects.equals(current, value)) {
            return;
        }
        execute(feature, value);
    }

    private void execute(EStructuralFeature feature, Object value) {
        var domain = document.editingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, object, feature, value));
    }
}
