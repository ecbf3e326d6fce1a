package org.innoscape.ui.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.innoscape.ui.model.OpenModels;

/** Lets the properties view show elements of open Innoscape models (registered in plugin.xml). */
public class PropertySourceAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType != IPropertySource.class || !(adaptable instanceof EObject object)) {
            return null;
        }
        return OpenModels.get().documentOf(object).map(document -> {
            Object itemSource = document.adapterFactory().adapt(object, IItemPropertySource.class);
            return itemSource instanceof IItemPropertySource source
                    ? adapterType.cast(new ModelPropertySource(object, source, document))
                    : null;
        }).orElse(null);
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] {IPropertySource.class};
    }
}
