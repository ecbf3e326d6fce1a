package org.innoscape.diagram.view;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.ModelElement;
import org.innoscape.model.Relationship;
import org.innoscape.model.values.Wording;

/**
 * The card shown when the pointer rests on a node or an edge: what the element is, the start of its
 * description and its main facts (kinds and levels, owners, stages, drivers...), in a few lines, so a
 * reader need not open the properties to see what a box stands for.
 */
public final class HoverCards {
    private static final int DESCRIPTION_LENGTH = 240;
    private static final int NAMES_SHOWN = 5;
    private static final InnoscapePackage PKG = InnoscapePackage.eINSTANCE;
    /** Facts that are noise on a card: shown elsewhere or not for readers. */
    private static final List<EStructuralFeature> LEFT_OUT = List.of(PKG.getModelElement_Id(), PKG.getModelElement_Name(),
            PKG.getModelElement_Description(), PKG.getModelElement_ExternalId(), PKG.getRelationship_Source(),
            PKG.getRelationship_Target(), PKG.getRelationship_Kind(), PKG.getRelationship_Evidence());

    private HoverCards() {
    }

    /** The card of a node's or an edge's element; empty for none. */
    public static String of(EObject element) {
        if (!(element instanceof ModelElement modelElement) || element instanceof org.innoscape.model.InnovationSystem) {
            return ""; // the model itself stands behind a lane of the unplaced: no card for the whole model
        }
        List<String> lines = new ArrayList<>();
        lines.add(Wording.kind(element.eClass().getName()) + ": " + Wording.nameOf(modelElement));
        if (element instanceof Relationship relationship && relationship.getEvidence() != null && !relationship.getEvidence().isBlank()) {
            lines.add(shortened(relationship.getEvidence()));
        } else if (modelElement.getDescription() != null && !modelElement.getDescription().isBlank()) {
            lines.add(shortened(modelElement.getDescription()));
        }
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            if (LEFT_OUT.contains(feature) || feature.isDerived() || feature.isTransient() || !element.eIsSet(feature)) {
                continue;
            }
            String value = value(element, feature);
            if (value != null) {
                lines.add(Wording.capitalized(Wording.camelWords(feature.getName())) + ": " + value);
            }
        }
        if (modelElement.getExternalId() != null && !modelElement.getExternalId().isBlank()) {
            lines.add("Register id: " + modelElement.getExternalId());
        }
        return String.join("\n", lines);
    }

    /** Enumerations, numbers, dates and the names of referenced elements; nothing for contained values. */
    private static String value(EObject element, EStructuralFeature feature) {
        Object value = element.eGet(feature);
        if (feature instanceof EReference reference) {
            if (reference.isContainment()) {
                return null;
            }
            List<String> names = new ArrayList<>();
            for (Object target : feature.isMany() ? (List<?>) value : List.of(value)) {
                if (target instanceof ModelElement named) {
                    names.add(Wording.nameOf(named));
                }
            }
            if (names.isEmpty()) {
                return null;
            }
            return names.size() <= NAMES_SHOWN ? String.join(", ", names)
                    : String.join(", ", names.subList(0, NAMES_SHOWN)) + " and " + (names.size() - NAMES_SHOWN) + " more";
        }
        if (feature.isMany() || !(feature instanceof EAttribute)) {
            return null;
        }
        if (value instanceof Enumerator enumerator) {
            String words = Wording.of(enumerator);
            return words.equals("unknown") ? null : words;
        }
        return value == null ? null : String.valueOf(value);
    }

    private static String shortened(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() <= DESCRIPTION_LENGTH ? line : line.substring(0, DESCRIPTION_LENGTH - 1) + "\u2026";
    }
}
