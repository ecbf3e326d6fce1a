package org.innoscape.analysis.network.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.innoscape.analysis.network.ActorNetwork;
import org.innoscape.analysis.network.NetworkMetrics;
import org.innoscape.model.Actor;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.Relationship;

/**
 * The actor network with its attributes and network metrics, as GraphML (yEd, networkx, Gephi) or
 * GEXF 1.3 (Gephi). Nodes are actors (id = element id), edges are relationships. Offered to the command
 * line and the export wizard as the formats graphml and gexf ({@link GraphMlFormat}, {@link GexfFormat},
 * contributed to {@code org.innoscape.io.exportFormats}).
 */
public final class NetworkExporter {
    private static final String[][] NODE_ATTRIBUTES = {{"name", "string"}, {"kind", "string"}, {"level", "string"},
            {"influence", "int"}, {"degree", "int"}, {"betweenness", "double"}, {"closeness", "double"}, {"eigenvector", "double"},
            {"component", "int"}, {"broker", "boolean"}, {"external_id", "string"}};

    /**
     * Memberships are edges too, directed from the member to the network: the metrics written with the
     * nodes are computed on relationships and memberships (the one network of {@link ActorNetwork#of}),
     * so a tool that recomputes them from the file gets the same numbers.
     */
    private static final String MEMBER_OF = "member-of";

    /** What the file says about direction and the metrics, so that nobody has to guess. */
    static final String DIRECTION_NOTE = "Edges keep their direction: source to target, and member to network for member-of. "
            + "The node metrics ignore direction: degree, betweenness, closeness, component and broker count hops along "
            + "relationships and memberships either way; eigenvector is weighted by relationship strength (1 when not stated), "
            + "a membership weighing as one relationship.";

    private NetworkExporter() {
    }

    public static void graphml(InnovationSystem model, Writer out) throws IOException {
        NetworkMetrics metrics = NetworkMetrics.compute(ActorNetwork.of(model), true);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            for (String[] attribute : NODE_ATTRIBUTES) {
                key(xml, attribute[0], "node", attribute[1]);
            }
            key(xml, "relationship", "edge", "string");
            key(xml, "strength", "edge", "int");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "actors");
            xml.writeAttribute("edgedefault", "directed");
            xml.writeStartElement("desc");
            xml.writeCharacters(DIRECTION_NOTE);
            xml.writeEndElement();
            for (Actor actor : model.getActors()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", actor.getId());
                String[] values = values(actor, metrics);
                for (int i = 0; i < NODE_ATTRIBUTES.length; i++) {
                    if (values[i] != null) {
                        data(xml, NODE_ATTRIBUTES[i][0], values[i]);
                    }
                }
                xml.writeEndElement();
            }
            for (Relationship r : model.getRelationships()) {
                if (r.getSource() == null || r.getTarget() == null) {
                    continue;
                }
                xml.writeStartElement("edge");
                xml.writeAttribute("id", r.getId());
                xml.writeAttribute("source", r.getSource().getId());
                xml.writeAttribute("target", r.getTarget().getId());
                data(xml, "relationship", literal(r.getKind().getName()));
                if (r.getStrength() != null) {
                    data(xml, "strength", r.getStrength().toString());
                }
                xml.writeEndElement();
            }
            for (Actor member : model.getActors()) {
                for (Actor network : member.getMemberOf()) {
                    xml.writeStartElement("edge");
                    xml.writeAttribute("id", "member/" + member.getId() + "/" + network.getId());
                    xml.writeAttribute("source", member.getId());
                    xml.writeAttribute("target", network.getId());
                    data(xml, "relationship", MEMBER_OF);
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    public static void gexf(InnovationSystem model, Writer out) throws IOException {
        NetworkMetrics metrics = NetworkMetrics.compute(ActorNetwork.of(model), true);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace("http://gexf.net/1.3");
            xml.writeAttribute("version", "1.3");
            xml.writeStartElement("meta");
            xml.writeStartElement("creator");
            xml.writeCharacters("Innoscape");
            xml.writeEndElement();
            xml.writeStartElement("description");
            xml.writeCharacters(DIRECTION_NOTE);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("graph");
            xml.writeAttribute("defaultedgetype", "directed");
            xml.writeStartElement("attributes");
            xml.writeAttribute("class", "node");
            for (int i = 1; i < NODE_ATTRIBUTES.length; i++) {
                xml.writeEmptyElement("attribute");
                xml.writeAttribute("id", NODE_ATTRIBUTES[i][0]);
                xml.writeAttribute("title", NODE_ATTRIBUTES[i][0]);
                xml.writeAttribute("type", "int".equals(NODE_ATTRIBUTES[i][1]) ? "integer" : NODE_ATTRIBUTES[i][1]);
            }
            xml.writeEndElement();
            xml.writeStartElement("nodes");
            for (Actor actor : model.getActors()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", actor.getId());
                xml.writeAttribute("label", String.valueOf(actor.getName()));
                xml.writeStartElement("attvalues");
                String[] values = values(actor, metrics);
                for (int i = 1; i < NODE_ATTRIBUTES.length; i++) {
                    if (values[i] != null) {
                        xml.writeEmptyElement("attvalue");
                        xml.writeAttribute("for", NODE_ATTRIBUTES[i][0]);
                        xml.writeAttribute("value", values[i]);
                    }
                }
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeStartElement("edges");
            for (Relationship r : model.getRelationships()) {
                if (r.getSource() == null || r.getTarget() == null) {
                    continue;
                }
                xml.writeEmptyElement("edge");
                xml.writeAttribute("id", r.getId());
                xml.writeAttribute("source", r.getSource().getId());
                xml.writeAttribute("target", r.getTarget().getId());
                xml.writeAttribute("label", literal(r.getKind().getName()));
                xml.writeAttribute("weight", r.getStrength() == null ? "1" : r.getStrength().toString());
            }
            for (Actor member : model.getActors()) {
                for (Actor network : member.getMemberOf()) {
                    xml.writeEmptyElement("edge");
                    xml.writeAttribute("id", "member/" + member.getId() + "/" + network.getId());
                    xml.writeAttribute("source", member.getId());
                    xml.writeAttribute("target", network.getId());
                    xml.writeAttribute("label", MEMBER_OF);
                    xml.writeAttribute("weight", "1");
                }
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    private static String[] values(Actor actor, NetworkMetrics metrics) {
        NetworkMetrics.ActorMetrics m = metrics.of(actor);
        return new String[] {String.valueOf(actor.getName()), literal(actor.getKind().getName()), literal(actor.getLevel().getName()),
                actor.getInfluence() == null ? null : actor.getInfluence().toString(), Integer.toString(m.degree()),
                number(m.betweenness()), number(m.closeness()), number(m.eigenvector()), Integer.toString(m.component()),
                Boolean.toString(m.articulationPoint()), actor.getExternalId()};
    }

    private static void key(XMLStreamWriter xml, String name, String domain, String type) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", name);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static String literal(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
