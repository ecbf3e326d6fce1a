package org.innoscape.analysis.network.export;

import java.io.IOException;
import java.io.Writer;

import org.innoscape.model.InnovationSystem;

/** {@code --format graphml}: the actor network with its metrics as GraphML (contributed in plugin.xml). */
public final class GraphMlFormat extends NetworkExportFormat {

    @Override
    public String id() {
        return "graphml";
    }

    @Override
    public String label() {
        return "GraphML actor network with metrics (yEd, Gephi, networkx)";
    }

    @Override
    public String description() {
        return "the actor network with attributes and network metrics (yEd, networkx, Gephi)";
    }

    @Override
    void writeXml(InnovationSystem model, Writer out) throws IOException {
        NetworkExporter.graphml(model, out);
    }
}
