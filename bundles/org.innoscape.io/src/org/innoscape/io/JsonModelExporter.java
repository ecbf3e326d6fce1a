package org.innoscape.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.innoscape.model.InnovationSystem;

import com.google.gson.stream.JsonWriter;

/**
 * The whole model as JSON (schema in docs/register-format.md): every object is
 * {@code {"type": class, <attribute>: value, <reference>: id or [ids], <containment>: object or [objects]}}.
 * Unset values are left out; enumerations are their literal names; references are the ids of the elements (or diagram nodes)
 * referred to.
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

    /** The id a reference is written as: the element's, or a diagram node's; an object without one cannot be referred to. */
    private static String referenceId(EObject target) throws IOException {
        String id = EcoreUtil.getID(target);
        if (id == null) {
            throw new IOException("a " + target.eClass().getName() + " is referred to but has no id; the JSON would lose the reference");
        }
        return id;
    }

    private static void writeValue(JsonWriter json, EStructuralFeature feature, Object value) throws IOException {
        if (feature instanceof EReference reference) {
            if (reference.isContainment()) {
                writeObject(json, (EObject) value);
            } else {
                json.value(referenceId((EObject) value));
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
