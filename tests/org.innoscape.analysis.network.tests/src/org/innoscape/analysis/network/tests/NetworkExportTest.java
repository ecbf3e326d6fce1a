package org.innoscape.analysis.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.innoscape.analysis.network.export.GexfFormat;
import org.innoscape.analysis.network.export.GraphMlFormat;
import org.innoscape.analysis.network.export.NetworkExporter;
import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.io.ExportFormat;
import org.innoscape.model.InnovationSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The actor network as GraphML and GEXF, with the metrics computed on the one network (moved here from io). */
class NetworkExportTest {
    private final InnovationSystem england = EnglandHealthInnovation2021.build();

    @TempDir
    Path folder;

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

    /** As export formats: one file each, the same bytes to a file (atomically) as to standard output. */
    @Test
    void theFormatsWriteTheSameBytesToAFileAndToAStream() throws Exception {
        for (ExportFormat format : List.of(new GraphMlFormat(), new GexfFormat())) {
            assertTrue(format.canWriteStream() && !format.writesFolder(), format.id());
            assertEquals(format.id(), format.fileExtension());
            Path file = folder.resolve("england." + format.fileExtension());
            assertEquals(List.of(file.toAbsolutePath()), format.write(england, file));
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            format.write(england, stream);
            assertEquals(stream.toString(StandardCharsets.UTF_8), Files.readString(file), format.id());
        }
        StringWriter graphml = new StringWriter();
        NetworkExporter.graphml(england, graphml);
        assertEquals(graphml.toString(), Files.readString(folder.resolve("england.graphml")));
    }
}
