package org.innoscape.model.persistence;

import java.io.ByteArrayInputStream;
import java.util.OptionalInt;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the model version from a file's root element before the file is parsed as a model, so that
 * a file from a newer Innoscape is named as such even when it holds names this version does not know,
 * and so that an older file is parsed with the names of its own version.
 */
final class ModelVersionReader {
    /** Version of a file whose root does not say (the default value is not written). */
    static final int UNSTATED = 1;

    private ModelVersionReader() {
    }

    /** The root's modelVersion, {@link #UNSTATED} when absent, empty when the root cannot be read. */
    static OptionalInt read(byte[] bytes) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamReader.START_ELEMENT) {
                    String version = reader.getAttributeValue(null, "modelVersion");
                    return version == null ? OptionalInt.of(UNSTATED) : OptionalInt.of(Integer.parseInt(version.strip()));
                }
            }
            return OptionalInt.empty();
        } catch (XMLStreamException | RuntimeException unreadable) {
            // The full parse says what is wrong, with line and column.
            return OptionalInt.empty();
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing was written
                }
            }
        }
    }
}
