package org.innoscape.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;

import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.io.JsonModelExporter;
import org.innoscape.model.InnovationSystem;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The whole model as JSON (the network exports moved with the network, to org.innoscape.analysis.network.tests). */
class JsonExportTest {
    private final InnovationSystem england = EnglandHealthInnovation2021.build();

    @Test
    void jsonHasTheWholeModel() throws Exception {
        StringWriter out = new StringWriter();
        JsonModelExporter.write(england, out);
        JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals("InnovationSystem", json.get("type").getAsString());
        assertEquals(england.getInitiatives().size(), json.getAsJsonArray("initiatives").size());
        var first = json.getAsJsonArray("initiatives").get(0).getAsJsonObject();
        assertEquals("PolicyInitiative", first.get("type").getAsString());
        assertEquals(england.getInitiatives().get(0).getOwners().get(0).getId(), first.getAsJsonArray("owners").get(0).getAsString());
    }
}
