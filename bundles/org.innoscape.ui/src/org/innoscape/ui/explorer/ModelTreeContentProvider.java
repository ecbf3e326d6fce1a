package org.innoscape.ui.explorer;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.OpenModels;

/**
 * Open models, each with one folder per kind of element, then the elements with the children
 * their EMF.Edit item providers give (sub-factors, budgets, sources…).
 */
public class ModelTreeContentProvider implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof OpenModels models) {
            return models.documents().toArray();
        }
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof ModelDocument document) {
            return document.system().eClass().getEAllContainments().stream()
                    // What every element has (its sources and properties) is not a kind of element to group by.
                    .filter(reference -> reference.getEContainingClass() != InnoscapePackage.Literals.MODEL_ELEMENT)
                    .map(reference -> new ModelCategory(document, reference)).toArray();
        }
        if (parent instanceof ModelCategory category) {
            return category.elements().toArray();
        }
        if (parent instanceof EObject element) {
            return itemChildren(element).toArray();
        }
        return new Object[0];
    }

    private static Collection<?> itemChildren(EObject element) {
        return OpenModels.get().documentOf(element)
                .map(document -> document.adapterFactory().adapt(element, ITreeItemContentProvider.class))
                .map(provider -> ((ITreeItemContentProvider) provider).getChildren(element))
                .orElse(java.util.List.of());
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof EObject object && object.eContainer() != null) {
            EObject container = object.eContainer();
            if (container.eContainer() == null) {
                return OpenModels.get().documentOf(object)
                        .map(document -> (Object) new ModelCategory(document, (EReference) object.eContainingFeature()))
                        .orElse(container);
            }
            return container;
        }
        if (element instanceof ModelCategory category) {
            return category.document();
        }
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof ModelCategory category) {
            return !category.elements().isEmpty();
        }
        return getChildren(element).length > 0;
    }
}
