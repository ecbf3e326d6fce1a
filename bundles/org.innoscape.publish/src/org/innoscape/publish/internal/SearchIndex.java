package org.innoscape.publish.internal;

import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.innoscape.model.ModelElement;
import org.innoscape.model.values.Wording;

/**
 * The search index: every element's name, ids, kind, the start of its description and its page, as
 * a script that sets one global. A script and not a JSON file, because browsers refuse to fetch a
 * file next to a page opened from disk.
 */
public final class SearchIndex {
    private static final int DESCRIPTION_LENGTH = 240;

    private SearchIndex() {
    }

    public static String write(List<ModelElement> elements) {
        JsonArray entries = new JsonArray();
        for (ModelElement element : elements) {
            String path = PagePaths.of(element);
            if (path == null) {
                continue;
            }
            JsonObject entry = new JsonObject();
            entry.addProperty("n", Wording.nameOf(element));
            entry.addProperty("i", element.getId());
            if (element.getExternalId() != null && !element.getExternalId().isBlank()) {
                entry.addProperty("x", element.getExternalId());
            }
            entry.addProperty("k", Wording.kind(element.eClass().getName()));
            String description = element.getDescription();
            if (description != null && !description.isBlank()) {
                entry.addProperty("d", description.length() > DESCRIPTION_LENGTH ? description.substring(0, DESCRIPTION_LENGTH) : description);
            }
            entry.addProperty("u", path);
            entries.add(entry);
        }
        // Gson escapes <, > and & as \\u003c..., so no text can close the script.
        Gson gson = new GsonBuilder().create();
        return "window.INNOSCAPE_INDEX = " + gson.toJson(entries) + ";\n";
    }
}
