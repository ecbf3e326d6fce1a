package org.innoscape.compare.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.innoscape.model.ModelElement;
import org.innoscape.model.validation.ModelValidation;

/**
 * Objects that have an identity of their own across snapshots: those whose class has an id
 * attribute (every {@link ModelElement}, and diagram nodes). Everything else (sources, properties,
 * budgets, diagram edges, filters, duplicate reviews) is a value of the object that contains it.
 */
public final class Identified {

    private Identified() {
    }

    public static boolean isIdentifiedClass(EClass eClass) {
        return eClass.getEIDAttribute() != null;
    }

    /** The object's id, or null when its class has none or it is unset. */
    public static String idOf(EObject object) {
        EAttribute idAttribute = object.eClass().getEIDAttribute();
        if (idAttribute == null) {
            return null;
        }
        Object value = object.eGet(idAttribute);
        return value == null ? null : value.toString();
    }

    /** Every identified object under (and including) {@code root}, by id, in document order. */
    public static Map<String, EObject> index(EObject root) {
        Map<String, EObject> index = new LinkedHashMap<>();
        add(index, root);
        for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
            add(index, it.next());
        }
        return index;
    }

    private static void add(Map<String, EObject> index, EObject object) {
        String id = idOf(object);
        if (id != null) {
            index.putIfAbsent(id, object);
        }
    }

    /** The nearest identified container's id, or null for the root. */
    public static String containerId(EObject object) {
        for (EObject container = object.eContainer(); container != null; container = container.eContainer()) {
            String id = idOf(container);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /** A containment whose children are identified: they are compared one by one, not as values. */
    public static boolean holdsIdentified(EReference reference) {
        return reference.isContainment() && isIdentifiedClass(reference.getEReferenceType());
    }

    /** "Actor 'NHSX'", "DiagramNode of Diagram 'Stakeholder network'". */
    public static String label(EObject object) {
        if (object instanceof ModelElement) {
            return ModelValidation.label(object);
        }
        EObject element = elementOf(object);
        String kind = object.eClass().getName();
        return element == null ? ModelValidation.label(object) : kind + " for " + ModelValidation.label(element);
    }

    /** The model element a diagram node shows, read reflectively so this bundle needs no diagram code. */
    private static EObject elementOf(EObject object) {
        var feature = object.eClass().getEStructuralFeature("element");
        return feature instanceof EReference && !feature.isMany() ? (EObject) object.eGet(feature) : null;
    }
}
