package org.innoscape.diagram.appearance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.innoscape.diagram.view.ElementKeys;
import org.innoscape.model.ModelElement;
import org.innoscape.model.values.Wording;

/**
 * What the nodes of a class can be drawn by: its enumerations, yes/no and number attributes, the
 * elements it refers to (one, or the first listed of several, as categories), how many it refers
 * to, and the metrics measuring it. Texts (names, descriptions, dates) are left out: nearly every
 * element has its own, which makes no category.
 */
public final class AppearanceSources {

    private AppearanceSources() {
    }

    /** Every source for elements of {@code domain}, features first in the metamodel's order, then metrics. */
    public static List<AppearanceSource> of(EClass domain, List<ElementMetric> metrics) {
        List<AppearanceSource> sources = new ArrayList<>();
        for (EStructuralFeature feature : domain.getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient()) {
                continue;
            }
            if (feature instanceof EAttribute attribute && !attribute.isID()) {
                attributeSource(attribute).ifPresent(sources::add);
            } else if (feature instanceof EReference reference && !reference.isContainment()
                    && ModelElement.class.isAssignableFrom(reference.getEReferenceType().getInstanceClass())) {
                sources.addAll(referenceSources(reference));
            }
        }
        for (ElementMetric metric : metrics) {
            if (metric.domain().isSuperTypeOf(domain)) {
                sources.add(metric(metric.id(), metric.label()));
            }
        }
        return sources;
    }

    /**
     * The source stored as {@code key} for elements of {@code domain}, or null when the class has no
     * such feature (a model of another version). A metric source needs no registry: its values and
     * label come with the decorations.
     */
    public static AppearanceSource find(EClass domain, String key, String metricLabel) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        if (key.startsWith(AppearanceSource.METRIC)) {
            return metric(key.substring(AppearanceSource.METRIC.length()), metricLabel);
        }
        for (AppearanceSource source : of(domain, List.of())) {
            if (source.key().equals(key)) {
                return source;
            }
        }
        return null;
    }

    private static AppearanceSource metric(String id, String label) {
        return new AppearanceSource(AppearanceSource.METRIC + id, label, true,
                (element, decorations) -> decorations.metricValueOf(id, ElementKeys.idOf(element)));
    }

    private static Optional<AppearanceSource> attributeSource(EAttribute attribute) {
        if (attribute.isMany()) {
            return Optional.empty();
        }
        EClassifier type = attribute.getEAttributeType();
        Class<?> javaType = type.getInstanceClass();
        String label = words(attribute.getName());
        if (type instanceof EEnum enumeration) {
            // An enumeration's default literal (OTHER, UNKNOWN) is how the model says "not stated": a category of its own.
            List<Object> literals = enumeration.getELiterals().stream().sorted(Comparator.comparingInt(EEnumLiteral::getValue))
                    .map(literal -> (Object) literal.getInstance()).toList();
            return Optional.of(new AppearanceSource(attribute.getName(), label, false,
                    (element, decorations) -> element.eGet(attribute),
                    literals.size() <= Palettes.CATEGORIES.size() ? literals : List.of()));
        }
        if (javaType == Boolean.class || javaType == boolean.class) {
            return Optional.of(new AppearanceSource(attribute.getName(), label, false,
                    (element, decorations) -> element.eGet(attribute), List.of(Boolean.FALSE, Boolean.TRUE)));
        }
        if (javaType != null && (Number.class.isAssignableFrom(javaType) || isPrimitiveNumber(javaType))) {
            return Optional.of(new AppearanceSource(attribute.getName(), label, true, (element, decorations) -> {
                Object value = element.eIsSet(attribute) || javaType.isPrimitive() ? element.eGet(attribute) : null;
                return value instanceof Number number ? number.doubleValue() : null;
            }));
        }
        return Optional.empty();
    }

    private static boolean isPrimitiveNumber(Class<?> type) {
        return type == int.class || type == long.class || type == double.class || type == float.class || type == short.class;
    }

    private static List<AppearanceSource> referenceSources(EReference reference) {
        String label = words(reference.getName());
        if (!reference.isMany()) {
            return List.of(new AppearanceSource(reference.getName(), label, false,
                    (element, decorations) -> element.eGet(reference)));
        }
        return List.of(
                new AppearanceSource(reference.getName(), label + " (first listed)", false, (element, decorations) -> {
                    List<?> values = (List<?>) element.eGet(reference);
                    return values.isEmpty() ? null : values.get(0);
                }),
                new AppearanceSource("count:" + reference.getName(), label + " (how many)", true,
                        (element, decorations) -> (double) ((List<?>) element.eGet(reference)).size()));
    }

    private static String words(String name) {
        return Wording.capitalized(Wording.camelWords(name));
    }

    /** How a category reads in the legend and on labels. */
    public static String categoryText(Object value) {
        if (value instanceof org.eclipse.emf.common.util.Enumerator enumerator) {
            return Wording.of(enumerator);
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof ModelElement element) {
            return Wording.nameOf(element);
        }
        if (value instanceof EObject) {
            return "(element)";
        }
        return String.valueOf(value);
    }
}
