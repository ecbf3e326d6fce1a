package org.innoscape.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;

import javax.xml.parsers.DocumentBuilderFactory;

import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.io.JsonModelExporter;
import org.innoscape.io.NetworkExporter;
import org.innoscape.model.InnovationSystem;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class NetworkAndJsonExportTest {
    private final InnovationSystem england = EnglandHealthInnovation2021.build();

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void graphmlHasEveryActorAndRelationshipWithMetrics() throws Exception {
        StringWriter out = new StringWriter();
        NetworkExporter.graphml(england, out);
        Document graphml = parse(out.toString());
        assertEquals(england.getActors().size(), graphml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node").getLength());
        int memberships = england.getActors().stream().mapToInt(a -> a.getMemberOf().size()).sum();
        assertEquals(england.getRelationships().size() + memberships, graphml.getElementsByTagNameNS("*", "edge").getLength(),
                "relationships and memberships, the network the metrics are computed on");
        assertTrue(out.toString().contains("attr.name=\"betweenness\""));
        String desc = graphml.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
        assertTrue(desc.startsWith("Edges keep their direction") && desc.contains("The node metrics ignore direction"), desc);
    }

    @Test
    void gexfHasNodesEdgesAndAttributes() throws Exception {
        StringWriter out = new StringWriter();
        NetworkExporter.gexf(england, out);
        Document gexf = parse(out.toString());
        assertEquals(england.getActors().size(), gexf.getElementsByTagNameNS("http://gexf.net/1.3", "node").getLength());
        assertEquals(england.getRelationships().size() + england.getActors().stream().mapToInt(a -> a.getMemberOf().size()).sum(),
                gexf.getElementsByTagNameNS("*", "edge").getLength());
        String description = gexf.getElementsByTagNameNS("*", "description").item(0).getTextContent();
        assertTrue(description.contains("The node metrics ignore direction"), description);
    }

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
