package org.innoscape.analysis.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.analysis.AnalysisRun;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.landscape.LandscapeSummary;

import com.google.gson.stream.JsonWriter;

/**
 * The report as JSON: {@code model}, {@code landscape} (sections of rows), {@code analyses} (with
 * parameters, timings and failures) and {@code findings}. Elements are given by id, kind and name;
 * a finding's figures (e.g. a duplicate pair's score parts and weights) are in its {@code data}.
 */
public class JsonReport implements ReportWriter {

    @Override
    public void write(AnalysisReport report, Writer writer) throws IOException {
        JsonWriter json = new JsonWriter(writer);
        json.setIndent("  ");
        json.beginObject();
        json.name("tool").value("Innoscape").name("toolVersion").value(report.toolVersion());
        json.name("model").beginObject().name("name").value(report.modelName()).name("location").value(report.modelLocation())
                .endObject();
        json.name("landscape");
        writeLandscape(json, report.landscape());
        json.name("analyses").beginArray();
        for (AnalysisRun run : report.result().runs()) {
            json.beginObject().name("id").value(run.descriptor().id()).name("name").value(run.descriptor().name())
                    .name("category").value(run.descriptor().category()).name("findings").value(run.findings().size())
                    .name("millis").value(run.millis());
            json.name("parameters").beginObject();
            for (Map.Entry<String, Object> parameter : run.parameters().entrySet()) {
                json.name(parameter.getKey());
                value(json, parameter.getValue());
            }
            json.endObject();
            if (run.failed()) {
                json.name("failure").value(run.failure());
            }
            json.endObject();
        }
        json.endArray();
        json.name("findings").beginArray();
        for (Finding finding : report.result().findings()) {
            json.beginObject().name("rule").value(finding.ruleId()).name("severity").value(finding.severity().label())
                    .name("message").value(finding.message());
            elements(json, "subjects", finding.subjects());
            elements(json, "related", finding.related());
            json.name("explanation").value(finding.explanation());
            if (finding.suggestedFix() != null) {
                json.name("fix").value(finding.suggestedFix());
            }
            if (!finding.data().isEmpty()) {
                json.name("data").beginObject();
                for (Map.Entry<String, Object> entry : finding.data().entrySet()) {
                    json.name(entry.getKey());
                    value(json, entry.getValue());
                }
                json.endObject();
            }
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
        writer.write("\n");
        writer.flush();
    }

    /** The landscape summary alone, for {@code --format json} and other tools. */
    public static void writeLandscape(JsonWriter json, LandscapeSummary landscape) throws IOException {
        json.beginObject().name("initiatives").value(landscape.initiatives()).name("sections").beginArray();
        for (LandscapeSummary.Section section : landscape.sections()) {
            json.beginObject().name("key").value(section.key()).name("title").value(section.title());
            if (section.note() != null) {
                json.name("note").value(section.note());
            }
            json.name("rows").beginArray();
            for (LandscapeSummary.Row row : section.rows()) {
                json.beginObject().name("label").value(row.label()).name("count").value(row.count());
                if (!row.budgets().isEmpty()) {
                    json.name("budgets").beginObject();
                    for (var budget : row.budgets().entrySet()) {
                        json.name(budget.getKey()).value(budget.getValue());
                    }
                    json.endObject();
                }
                json.endObject();
            }
            json.endArray().endObject();
        }
        json.endArray().endObject();
    }

    static void elements(JsonWriter json, String name, List<EObject> elements) throws IOException {
        json.name(name).beginArray();
        for (EObject element : elements) {
            json.beginObject().name("id").value(AnalysisReport.id(element));
            if (AnalysisReport.externalId(element) != null) {
                json.name("externalId").value(AnalysisReport.externalId(element));
            }
            json.name("kind").value(element.eClass().getName()).name("label").value(AnalysisReport.label(element)).endObject();
        }
        json.endArray();
    }

    private static void value(JsonWriter json, Object value) throws IOException {
        if (value instanceof List<?> list) {
            json.beginArray();
            for (Object item : list) {
                value(json, item);
            }
            json.endArray();
        } else if (value instanceof Number number) {
            json.value(number);
        } else if (value instanceof Boolean bool) {
            json.value(bool);
        } else {
            json.value(String.valueOf(value));
        }
    }
}
