package org.innoscape.analysis.network.export;

import java.io.IOException;
import java.io.Writer;

import org.innoscape.model.InnovationSystem;

/** {@code --format gexf}: the actor network with its metrics as GEXF 1.3 (contributed in plugin.xml). */
public final class GexfFormat extends NetworkExportFormat {

    @Override
    public String id() {
        return "gexf";
    }

    @Override
    public String label() {
        return "GEXF actor network with metrics (Gephi)";
    }

    @Override
    public String description() {
        return "the same network as GEXF 1.3 (Gephi)";
    }

    @Override
    void writeXml(InnovationSystem model, Writer out) throws IOException {
        NetworkExporter.gexf(model, out);
    }
}
