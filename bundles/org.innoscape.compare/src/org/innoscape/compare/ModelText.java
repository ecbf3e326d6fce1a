package org.innoscape.compare;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.innoscape.compare.internal.FeatureValues;
import org.innoscape.compare.internal.Identified;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.ModelElement;

/**
 * A model as sorted lines of text, one per element with every value in words, for line-based tools:
 * Git's textconv turns a model file into this, so {@code git diff} and {@code git log -p} show which
 * element changed and how, whatever the order of the file.
 */
public final class ModelText {

    private ModelText() {
    }

    public static void write(InnovationSystem model, PrintWriter out) {
        List<String> lines = new ArrayList<>();
        for (EObject element : Identified.index(model).values()) {
            if (element instanceof ModelElement) {
                lines.add(line(element));
            }
        }
        lines.sort(null);
        lines.forEach(out::println);
        out.flush();
    }

    private static String line(EObject element) {
        StringBuilder text = new StringBuilder(Identified.label(element)).append(" (").append(Identified.idOf(element)).append(')');
        for (EStructuralFeature feature : FeatureValues.compared(element.eClass())) {
            List<String> words = new ArrayList<>(FeatureValues.words(element, feature));
            if (words.isEmpty()) {
                continue;
            }
            if (feature.isMany()) {
                words.sort(null);
            }
            text.append(" | ").append(FeatureValues.name(feature)).append(": ").append(String.join("; ", words));
        }
        return oneLine(text.toString());
    }

    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return out.toString();
    }
}
