package org.innoscape.compare.report;

import java.io.PrintWriter;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.innoscape.compare.Comparison;
import org.innoscape.compare.ElementChange;
import org.innoscape.compare.ElementSummary;
import org.innoscape.compare.FeatureChange;
import org.innoscape.compare.FindingDifference;
import org.innoscape.compare.LandscapeDifference;
import org.innoscape.compare.ModelDifference;

/** A comparison as JSON (schema in docs/compare-and-merge.md). */
final class ComparisonJson {

    private ComparisonJson() {
    }

    static void write(Comparison comparison, PrintWriter out) {
        JsonObject root = new JsonObject();
        root.addProperty("old", comparison.oldName());
        root.addProperty("new", comparison.newName());
        ModelDifference elements = comparison.elements();
        root.add("added", summaries(elements.added()));
        root.add("removed", summaries(elements.removed()));
        JsonArray changed = new JsonArray();
        for (ElementChange change : elements.changed()) {
            JsonObject element = summary(change.element());
            JsonArray features = new JsonArray();
            for (FeatureChange feature : change.changes()) {
                JsonObject f = new JsonObject();
                f.addProperty("feature", feature.feature());
                f.addProperty("text", feature.sentence());
                if (feature.many()) {
                    f.add("added", strings(feature.added()));
                    f.add("removed", strings(feature.removed()));
                } else {
                    f.add("before", strings(feature.before()));
                    f.add("after", strings(feature.after()));
                }
                features.add(f);
            }
            element.add("changes", features);
            changed.add(element);
        }
        root.add("changed", changed);
        JsonArray layouts = new JsonArray();
        for (ModelDifference.LayoutChange layout : elements.layouts()) {
            JsonObject l = summary(layout.diagram());
            l.addProperty("nodesAdded", layout.added());
            l.addProperty("nodesRemoved", layout.removed());
            l.addProperty("nodesChanged", layout.changed());
            layouts.add(l);
        }
        root.add("layouts", layouts);
        JsonArray landscape = new JsonArray();
        for (LandscapeDifference.Section section : comparison.landscape().sections()) {
            JsonObject s = new JsonObject();
            s.addProperty("key", section.key());
            s.addProperty("title", section.title());
            JsonArray rows = new JsonArray();
            for (LandscapeDifference.Row row : section.rows()) {
                JsonObject r = new JsonObject();
                r.addProperty("label", row.label());
                r.addProperty("before", row.before());
                r.addProperty("after", row.after());
                rows.add(r);
            }
            s.add("rows", rows);
            landscape.add(s);
        }
        root.add("landscape", landscape);
        FindingDifference findings = comparison.findings();
        if (findings != null) {
            JsonObject f = new JsonObject();
            f.add("appeared", findings(findings.appeared()));
            f.add("disappeared", findings(findings.disappeared()));
            f.addProperty("unchanged", findings.unchanged());
            root.add("findings", f);
        }
        root.add("problems", strings(comparison.problems()));
        Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
        out.println(gson.toJson(root));
    }

    private static JsonArray summaries(List<ElementSummary> elements) {
        JsonArray array = new JsonArray();
        elements.forEach(e -> array.add(summary(e)));
        return array;
    }

    private static JsonObject summary(ElementSummary element) {
        JsonObject object = new JsonObject();
        object.addProperty("id", element.id());
        object.addProperty("kind", element.kind());
        object.addProperty("label", element.label());
        if (element.containerId() != null) {
            object.addProperty("container", element.containerId());
        }
        return object;
    }

    private static JsonArray findings(List<FindingDifference.Item> items) {
        JsonArray array = new JsonArray();
        for (FindingDifference.Item item : items) {
            JsonObject object = new JsonObject();
            object.addProperty("rule", item.ruleId());
            object.addProperty("ruleName", item.ruleName());
            object.addProperty("severity", item.severity());
            object.addProperty("message", item.message());
            object.add("elements", strings(item.elementIds()));
            array.add(object);
        }
        return array;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
