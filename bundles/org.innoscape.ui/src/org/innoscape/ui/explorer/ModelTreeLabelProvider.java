package org.innoscape.ui.explorer;

import java.net.URL;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.innoscape.model.ModelElement;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.OpenModels;

/** Labels and icons for the model tree, from the EMF.Edit item providers; images are cached and disposed with it. */
public class ModelTreeLabelProvider extends LabelProvider {
    private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    @Override
    public String getText(Object element) {
        if (element instanceof ModelDocument document) {
            return (document.isDirty() ? "*" : "") + document.name(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (element instanceof ModelCategory category) {
            return category.label();
        }
        if (element instanceof ModelElement named && named.getName() != null && !named.getName().isBlank()) {
            return named.getName(); // the folder already says what kind of element it is
        }
        if (element instanceof EObject object) {
            IItemLabelProvider provider = labelProvider(object);
            return provider == null ? object.eClass().getName() : provider.getText(object);
        }
        return String.valueOf(element);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof ModelDocument) {
            return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FILE);
        }
        if (element instanceof ModelCategory) {
            return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
        }
        if (element instanceof EObject object) {
            IItemLabelProvider provider = labelProvider(object);
            Object image = provider == null ? null : provider.getImage(object);
            if (image instanceof URL url) {
                return images.create(ImageDescriptor.createFromURL(url));
            }
        }
        return null;
    }

    private static IItemLabelProvider labelProvider(EObject object) {
        return OpenModels.get().documentOf(object)
                .map(document -> (IItemLabelProvider) document.adapterFactory().adapt(object, IItemLabelProvider.class))
                .orElse(null);
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
