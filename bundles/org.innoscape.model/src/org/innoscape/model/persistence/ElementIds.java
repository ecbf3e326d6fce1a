package org.innoscape.model.persistence;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.model.DiagramNode;
import org.innoscape.model.ModelElement;

/** Element identifiers: random UUIDs for new elements, name-based UUIDs for reproducible content. */
public final class ElementIds {

    private ElementIds() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** The same key always gives the same UUID (version 3); used for generated and example models. */
    public static String stableId(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Gives every element (and diagram node) under {@code root} (and root itself) that has no id a new one. */
    public static int assignMissing(EObject root) {
        int assigned = assignIfMissing(root);
        for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
            assigned += assignIfMissing(it.next());
        }
        return assigned;
    }

    private static int assignIfMissing(EObject object) {
        if (object instanceof ModelElement element && (element.getId() == null || element.getId().isBlank())) {
            element.setId(newId());
            return 1;
        }
        if (object instanceof DiagramNode node && (node.getId() == null || node.getId().isBlank())) {
            node.setId(newId());
            return 1;
        }
        return 0;
    }
}
