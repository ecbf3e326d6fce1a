package org.innoscape.compare.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.innoscape.model.ModelElement;
import org.innoscape.model.values.Wording;

/**
 * The values of a feature in two forms: keys that compare equal exactly when the values are the same
 * in any snapshot (references by id, contained values by their content), and words for people.
 */
public final class FeatureValues {

    private FeatureValues() {
    }

    /** The features whose values make up an object of this class, in the metamodel's order. */
    public static List<EStructuralFeature> compared(EClass eClass) {
        List<EStructuralFeature> features = new ArrayList<>();
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient() || feature.isVolatile() || feature == eClass.getEIDAttribute()) {
                continue;
            }
            if (feature instanceof EReference reference && (Identified.holdsIdentified(reference) || reference.isContainer())) {
                continue;
            }
            features.add(feature);
        }
        return features;
    }

    /** One key per value (none for an unset single value). */
    public static List<String> keys(EObject owner, EStructuralFeature feature) {
        List<String> keys = new ArrayList<>();
        for (Object value : values(owner, feature)) {
            keys.add(key(feature, value));
        }
        return keys;
    }

    /** One phrase per value, in the order of {@link #keys}. */
    public static List<String> words(EObject owner, EStructuralFeature feature) {
        List<String> words = new ArrayList<>();
        for (Object value : values(owner, feature)) {
            words.add(word(value));
        }
        return words;
    }

    /** The values as a list: empty for an unset single value. */
    public static List<Object> values(EObject owner, EStructuralFeature feature) {
        Object value = owner.eGet(feature);
        if (feature.isMany()) {
            return new ArrayList<>((List<?>) value);
        }
        if (value == null || feature instanceof EAttribute && !owner.eIsSet(feature)) {
            return new ArrayList<>();
        }
        List<Object> single = new ArrayList<>();
        single.add(value);
        return single;
    }

    static String key(EStructuralFeature feature, Object value) {
        if (value instanceof EObject object) {
            return feature instanceof EReference reference && reference.isContainment() ? content(object) : reference(object);
        }
        if (feature instanceof EAttribute attribute) {
            return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
        }
        return String.valueOf(value);
    }

    private static String reference(EObject target) {
        String id = Identified.idOf(target);
        return id != null ? "#" + id : "@" + content(target);
    }

    /** A contained value written out with every set feature, references by id: equal content, equal key. */
    public static String content(EObject object) {
        StringBuilder text = new StringBuilder(object.eClass().getName()).append('{');
        for (EStructuralFeature feature : compared(object.eClass())) {
            if (!object.eIsSet(feature)) {
                continue;
            }
            text.append(feature.getName()).append('=').append(keys(object, feature)).append(';');
        }
        String id = Identified.idOf(object);
        if (id != null) {
            text.append("id=").append(id).append(';');
        }
        return text.append('}').toString();
    }

    private static String word(Object value) {
        if (value instanceof ModelElement element) {
            return element.getName() == null || element.getName().isBlank() ? "(id " + element.getId() + ")" : element.getName();
        }
        if (value instanceof EObject object) {
            return Identified.idOf(object) != null ? Identified.label(object) : describe(object);
        }
        if (value instanceof Enumerator enumerator) {
            return Wording.of(enumerator);
        }
        return String.valueOf(value);
    }

    /** "section R Ch 7.3.3, certainty derived, document Innovating health system". */
    public static String describe(EObject object) {
        StringBuilder text = new StringBuilder();
        for (EStructuralFeature feature : compared(object.eClass())) {
            if (!object.eIsSet(feature)) {
                continue;
            }
            List<String> words = words(object, feature);
            if (words.isEmpty()) {
                continue;
            }
            text.append(text.length() == 0 ? "" : ", ").append(name(feature)).append(' ').append(String.join(" ", words));
        }
        return text.length() == 0 ? "(empty " + object.eClass().getName() + ")" : text.toString();
    }

    /** "stagesSupported" is "stages supported". */
    public static String name(EStructuralFeature feature) {
        return Wording.camelWords(feature.getName());
    }
}
