package org.innoscape.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;

import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.io.JsonModelExporter;
import org.innoscape.model.Diagram;
import org.innoscape.model.DiagramEdge;
import org.innoscape.model.DiagramNode;
import org.innoscape.model.InnoscapeFactory;
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

    /** A diagram's edges refer to its nodes, which are not model elements: they are written by the nodes' ids, never as null. */
    @Test
    void diagramEdgesReferToTheirNodesById() throws Exception {
        InnoscapeFactory factory = InnoscapeFactory.eINSTANCE;
        Diagram diagram = factory.createDiagram();
        diagram.setName("Two actors");
        DiagramNode from = node(factory, "node-from", england.getActors().get(0));
        DiagramNode to = node(factory, "node-to", england.getActors().get(1));
        diagram.getNodes().addAll(List.of(from, to));
        DiagramEdge edge = factory.createDiagramEdge();
        edge.setSource(from);
        edge.setTarget(to);
        diagram.getEdges().add(edge);
        england.getDiagrams().add(diagram);

        StringWriter out = new StringWriter();
        JsonModelExporter.write(england, out);
        JsonObject written = JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("diagrams").get(0).getAsJsonObject()
                .getAsJsonArray("edges").get(0).getAsJsonObject();
        assertEquals("node-from", written.get("source").getAsString());
        assertEquals("node-to", written.get("target").getAsString());
    }

    private static DiagramNode node(InnoscapeFactory factory, String id, org.eclipse.emf.ecore.EObject element) {
        DiagramNode node = factory.createDiagramNode();
        node.setId(id);
        node.setElement(element);
        return node;
    }
}
