package org.innoscape.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.ModelElement;

import com.google.gson.stream.JsonWriter;

/**
 * The whole model as JSON (schema in docs/register-format.md): every object is
 * {@code {"type": class, <attribute>: value, <reference>: id or [ids], <containment>: object or [objects]}}.
 * Unset values are left out; enumerations are their literal names; references are element ids.
 */
public final class JsonModelExporter {

    private JsonModelExporter() {
    }

    public static void write(InnovationSystem model, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        writeObject(json, model);
        json.flush();
    }

    private static void writeObject(JsonWriter json, EObject object) throws IOException {
        json.beginObject();
        json.name("type").value(object.eClass().getName());
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived() || !object.eIsSet(feature)) {
                continue;
            }
            Object value = object.eGet(feature);
            json.name(feature.getName());
            if (feature.isMany()) {
                json.beginArray();
                for (Object item : (List<?>) value) {
                    writeValue(json, feature, item);
                }
                json.endArray();
            } else {
                writeValue(json, feature, value);
            }
        }
        json.endObject();
    }

    private static void writeValue(JsonWriter json, EStructuralFeature feature, Object value) throws IOException {
        if (feature instanceof EReference reference) {
            if (reference.isContainment()) {
                writeObject(json, (EObject) value);
            } else {
                json.value(value instanceof ModelElement element ? element.getId() : null);
            }
        } else if (feature instanceof EAttribute) {
            if (value instanceof Enumerator literal) {
                json.value(literal.getName());
            } else if (value instanceof Number number) {
                json.value(number);
            } else if (value instanceof Boolean bool) {
                json.value(bool);
            } else {
                json.value(String.valueOf(value));
            }
        }
    }
}
