package org.innoscape.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.ModelLoadException;
import org.innoscape.model.persistence.ModelMigrations;
import org.innoscape.model.persistence.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files give a clear message with the file, line and column, and load nothing. */
class LoadErrorTest {
    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NS = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:innoscape=\"http://innoscape.org/model/1.0\"";

    private final ModelStore store = new ModelStore();

    @TempDir
    Path folder;

    private ModelLoadException failureFor(String content) throws Exception {
        Path file = folder.resolve("input.innoscape");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> store.load(file));
        assertTrue(e.getMessage().startsWith(file.toString()), "the message names the file: " + e.getMessage());
        return e;
    }

    @Test
    void truncatedFile() throws Exception {
        Path good = folder.resolve("good.innoscape");
        store.save(SampleModels.complete(), good);
        String text = Files.readString(good);
        ModelLoadException e = failureFor(text.substring(0, text.length() / 2));
        assertTrue(e.line() > 1, "line " + e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.reason().contains("not well-formed"), e.reason());
    }

    @Test
    void notXmlAtAll() throws Exception {
        ModelLoadException e = failureFor("id,name\n1,NHSX\n");
        assertEquals(1, e.line());
        assertTrue(e.reason().contains("not well-formed"), e.reason());
    }

    @Test
    void emptyFile() throws Exception {
        assertTrue(failureFor("").reason().contains("empty"));
    }

    @Test
    void foreignXml() throws Exception {
        ModelLoadException e = failureFor(HEADER + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>\n");
        assertTrue(e.reason().startsWith("not an Innoscape model"), e.reason());
        assertEquals(2, e.line());
    }

    @Test
    void foreignEmfRoot() throws Exception {
        ModelLoadException e = failureFor(HEADER + "<innoscape:Actor " + NS + " id=\"a\" name=\"x\"/>\n");
        assertTrue(e.reason().contains("expected one InnovationSystem root element, found Actor"), e.reason());
    }

    @Test
    void unknownAttributeNamesTheLine() throws Exception {
        ModelLoadException e = failureFor(HEADER + "<innoscape:InnovationSystem " + NS + " id=\"s\" name=\"x\">\n"
                + "  <actors id=\"a\" name=\"A\" colour=\"red\"/>\n</innoscape:InnovationSystem>\n");
        assertEquals(3, e.line());
        assertTrue(e.reason().contains("colour"), e.reason());
    }

    @Test
    void danglingReferenceIsReported() throws Exception {
        ModelLoadException e = failureFor(HEADER + "<innoscape:InnovationSystem " + NS + " id=\"s\" name=\"x\">\n"
                + "  <actors id=\"a\" name=\"A\" memberOf=\"missing\"/>\n</innoscape:InnovationSystem>\n");
        assertTrue(e.reason().contains("missing"), e.reason());
    }

    /** A reference to an element of the wrong kind names the kind and id, not a Java object ("SourceDocumentImpl@5d35fb8e"). */
    @Test
    void aReferenceToTheWrongKindOfElementIsNamedInWords() throws Exception {
        ModelLoadException e = failureFor(HEADER + "<innoscape:InnovationSystem " + NS + " id=\"s\" name=\"x\">\n"
                + "  <documents id=\"d\" name=\"A report\"/>\n  <actors id=\"a\" name=\"A\" memberOf=\"d\"/>\n</innoscape:InnovationSystem>\n");
        assertFalse(e.reason().matches("(?s).*Impl@[0-9a-f]+.*"), e.reason());
        assertTrue(e.reason().contains("SourceDocument 'A report'"), e.reason());
    }

    @Test
    void externalEntitiesAreRefused() throws Exception {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        ModelLoadException e = failureFor(HEADER + "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<innoscape:InnovationSystem " + NS + " id=\"s\" name=\"&xxe;\"/>\n");
        assertTrue(e.reason().contains("DOCTYPE"), e.reason());
        assertTrue(!e.getMessage().contains("TOP SECRET"));
    }

    @Test
    void newerModelVersionIsRefusedClearly() throws Exception {
        ModelLoadException e = failureFor(HEADER + "<innoscape:InnovationSystem " + NS
                + " id=\"s\" name=\"x\" modelVersion=\"99\"/>\n");
        assertTrue(e.reason().contains("newer Innoscape"), e.reason());
    }

    @Test
    void olderModelsAreMigrated() throws Exception {
        ModelMigrations.Step renameStep = new ModelMigrations.Step() {
            @Override
            public int from() {
                return 1;
            }

            @Override
            public void migrate(InnovationSystem system) {
                system.setJurisdiction("migrated");
            }
        };
        ModelStore future = new ModelStore(new ModelMigrations(2, java.util.List.of(renameStep)));
        Path file = folder.resolve("old.innoscape");
        store.save(SampleModels.complete(), file);
        InnovationSystem system = future.load(file);
        assertEquals(2, system.getModelVersion());
        assertEquals("migrated", system.getJurisdiction());
    }
}
