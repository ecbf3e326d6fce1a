package org.innoscape.analysis.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.analysis.AnalysisDescriptor;
import org.innoscape.analysis.AnalysisRun;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.Severity;

import com.google.gson.stream.JsonWriter;

/**
 * SARIF 2.1.0, so code-scanning viewers can list the findings. Each analysis is a rule; each finding
 * a result located in the model file, with its elements as logical locations.
 */
public class SarifReport implements ReportWriter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public void write(AnalysisReport report, Writer writer) throws IOException {
        JsonWriter json = new JsonWriter(writer);
        json.setIndent("  ");
        List<AnalysisDescriptor> rules = new ArrayList<>();
        report.result().runs().forEach(run -> rules.add(run.descriptor()));
        json.beginObject().name("$schema").value(SCHEMA).name("version").value("2.1.0").name("runs").beginArray().beginObject();
        json.name("tool").beginObject().name("driver").beginObject().name("name").value("Innoscape")
                .name("version").value(report.toolVersion()).name("rules").beginArray();
        for (AnalysisDescriptor rule : rules) {
            json.beginObject().name("id").value(rule.id()).name("name").value(rule.name())
                    .name("shortDescription").beginObject().name("text").value(rule.name()).endObject()
                    .name("fullDescription").beginObject().name("text").value(rule.description()).endObject()
                    .name("defaultConfiguration").beginObject().name("level").value(level(rule.severity())).endObject()
                    .name("properties").beginObject().name("category").value(rule.category()).endObject()
                    .endObject();
        }
        json.endArray().endObject().endObject();
        json.name("artifacts").beginArray().beginObject().name("location").beginObject().name("uri").value(report.modelLocation())
                .endObject().endObject().endArray();
        json.name("results").beginArray();
        for (Finding finding : report.result().findings()) {
            json.beginObject().name("ruleId").value(finding.ruleId())
                    .name("ruleIndex").value(indexOf(rules, finding.ruleId()))
                    .name("level").value(level(finding.severity()))
                    .name("message").beginObject().name("text").value(finding.message()
                            + (finding.explanation().isEmpty() ? "" : " " + finding.explanation())).endObject();
            json.name("locations").beginArray().beginObject();
            json.name("physicalLocation").beginObject().name("artifactLocation").beginObject().name("uri")
                    .value(report.modelLocation()).name("index").value(0).endObject().endObject();
            json.name("logicalLocations").beginArray();
            for (EObject subject : finding.subjects()) {
                json.beginObject().name("name").value(AnalysisReport.label(subject))
                        .name("fullyQualifiedName").value(subject.eClass().getName() + "/" + AnalysisReport.id(subject))
                        .name("kind").value("object").endObject();
            }
            json.endArray();
            json.endObject().endArray();
            json.name("properties").beginObject();
            JsonReport.elements(json, "subjects", finding.subjects());
            JsonReport.elements(json, "related", finding.related());
            if (finding.suggestedFix() != null) {
                json.name("fix").value(finding.suggestedFix());
            }
            json.endObject();
            json.endObject();
        }
        json.endArray();
        json.name("invocations").beginArray().beginObject().name("executionSuccessful")
                .value(report.result().failures().isEmpty());
        json.name("toolExecutionNotifications").beginArray();
        for (AnalysisRun failed : report.result().failures()) {
            json.beginObject().name("level").value("error").name("message").beginObject().name("text")
                    .value(failed.descriptor().id() + " failed: " + failed.failure()).endObject().endObject();
        }
        json.endArray().endObject().endArray();
        json.endObject().endArray().endObject();
        json.flush();
        writer.write("\n");
        writer.flush();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static int indexOf(List<AnalysisDescriptor> rules, String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
