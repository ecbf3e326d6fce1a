package org.innoscape.analysis.network.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.innoscape.io.ExportFormat;
import org.innoscape.model.InnovationSystem;

/** An actor network file: written as UTF-8 text, to a file atomically (the default of ExportFormat) or to a stream. */
abstract class NetworkExportFormat implements ExportFormat {

    /** Writes the network's XML. */
    abstract void writeXml(InnovationSystem model, Writer out) throws IOException;

    @Override
    public String fileExtension() {
        return id();
    }

    @Override
    public void write(InnovationSystem model, OutputStream out) throws IOException {
        StringWriter text = new StringWriter();
        writeXml(model, text);
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
