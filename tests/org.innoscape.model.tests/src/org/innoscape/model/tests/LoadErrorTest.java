package org.innoscape.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.innoscape.model.ActorKind;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.persistence.LegacyNames;
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
        assertTrue(e.reason().contains("a model file has no DOCTYPE"), e.reason());
        assertTrue(!e.reason().contains("http://apache.org"), "the parser's feature URL is not the user's business: " + e.reason());
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
                return ModelMigrations.CURRENT_VERSION;
            }

            @Override
            public void migrate(InnovationSystem system) {
                system.setJurisdiction("migrated");
            }
        };
        // A later Innoscape reading a file of this one: the file is of the current version, and one step brings it up.
        int next = ModelMigrations.CURRENT_VERSION + 1;
        java.util.List<ModelMigrations.Step> steps = new java.util.ArrayList<>(java.util.List.of(renameStep));
        for (int from = 1; from < ModelMigrations.CURRENT_VERSION; from++) {
            int version = from;
            steps.add(new ModelMigrations.Step() {
                @Override
                public int from() {
                    return version;
                }

                @Override
                public void migrate(InnovationSystem system) {
                    // earlier versions: nothing to do here
                }
            });
        }
        ModelStore future = new ModelStore(new ModelMigrations(next, steps));
        Path file = folder.resolve("old.innoscape");
        store.save(SampleModels.complete(), file);
        assertTrue(Files.readString(file).contains("modelVersion=\"" + ModelMigrations.CURRENT_VERSION + "\""),
                "a file says which version wrote it");
        InnovationSystem system = future.load(file);
        assertEquals(next, system.getModelVersion());
        assertEquals("migrated", system.getJurisdiction());
    }

    /**
     * Version 2 made size by influence an appearance: a version 1 network gets it, and a node still of
     * the size version 1 gave it by influence takes the plain size back (a size the user chose stays).
     */
    @Test
    void aVersionOneNetworkIsSizedByInfluenceThroughAnAppearance() throws Exception {
        Path file = folder.resolve("version1.innoscape");
        Files.writeString(file, HEADER + "<innoscape:InnovationSystem " + NS + " id=\"s\" name=\"Old\">\n"
                + "  <actors id=\"a\" name=\"A\" influence=\"4\"/>\n"
                + "  <actors id=\"b\" name=\"B\" influence=\"4\"/>\n"
                + "  <diagrams id=\"d\" name=\"Network\" type=\"org.innoscape.diagram.stakeholderNetwork\">\n"
                + "    <nodes id=\"n\" mapping=\"actor\" element=\"a\" x=\"10\" y=\"20\" width=\"160\" height=\"64\"/>\n"
                + "    <nodes id=\"m\" mapping=\"actor\" element=\"b\" x=\"300\" y=\"20\" width=\"200\" height=\"90\"/>\n"
                + "  </diagrams>\n"
                + "  <diagrams id=\"l\" name=\"Landscape\" type=\"org.innoscape.diagram.pathwayLandscape\"/>\n"
                + "</innoscape:InnovationSystem>\n", StandardCharsets.UTF_8);
        InnovationSystem system = store.load(file);
        assertEquals(ModelMigrations.CURRENT_VERSION, system.getModelVersion());
        var network = system.getDiagrams().get(0);
        assertEquals(1, network.getAppearances().size());
        assertEquals("actor SIZE influence", network.getAppearances().get(0).getMapping() + " "
                + network.getAppearances().get(0).getChannel() + " " + network.getAppearances().get(0).getSource());
        var sizedByVersion1 = network.getNodes().get(0);
        assertEquals(java.util.List.of(25, 26, 130, 52), java.util.List.of(sizedByVersion1.getX(), sizedByVersion1.getY(),
                sizedByVersion1.getWidth(), sizedByVersion1.getHeight()), "the plain size, around the same centre");
        var chosen = network.getNodes().get(1);
        assertEquals(java.util.List.of(300, 20, 200, 90), java.util.List.of(chosen.getX(), chosen.getY(), chosen.getWidth(),
                chosen.getHeight()), "a size the user chose");
        assertTrue(system.getDiagrams().get(1).getAppearances().isEmpty(), "other diagram types get nothing");
    }

    /** A model made in memory (version 1 by default) is written as the current version. */
    @Test
    void aFileSaysWhichVersionWroteIt() throws Exception {
        InnovationSystem fresh = org.innoscape.model.InnoscapeFactory.eINSTANCE.createInnovationSystem();
        fresh.setName("Fresh");
        Path file = folder.resolve("fresh.innoscape");
        store.save(fresh, file);
        assertTrue(Files.readString(file).contains("modelVersion=\"" + ModelMigrations.CURRENT_VERSION + "\""));
    }

    @Test
    void aNewerFileIsNamedAsSuchEvenWhenItHoldsNamesThisVersionDoesNotKnow() throws Exception {
        ModelLoadException e = failureFor(HEADER + "<innoscape:InnovationSystem " + NS
                + " id=\"s\" name=\"x\" modelVersion=\"7\" climateGoal=\"net zero\">\n"
                + "  <scenarios id=\"c\" name=\"2030\"/>\n</innoscape:InnovationSystem>\n");
        assertTrue(e.reason().contains("newer Innoscape (model version 7)"), e.reason());
        assertTrue(e.reason().contains("up to " + ModelMigrations.CURRENT_VERSION), e.reason());
    }

    /** A file of version 1 written before (hypothetical) renames of a class, a feature and a literal in version 2. */
    private static final String VERSION_1_FILE = HEADER + "<innoscape:InnoSystem " + NS + " id=\"s\" title=\"Old names\">\n"
            + "  <actors id=\"a\" title=\"A funder\" kind=\"FUNDER\"/>\n"
            + "  <actors id=\"b\" name=\"A network\" kind=\"NETWORK\"/>\n"
            + "</innoscape:InnoSystem>\n";

    private static ModelMigrations version2Renaming() {
        return new ModelMigrations(2, java.util.List.of(
                LegacyNames.Rename.ofClass(2, "InnoSystem", "InnovationSystem"),
                LegacyNames.Rename.ofFeature(2, "ModelElement", "title", "name"),
                LegacyNames.Rename.ofLiteral(2, "ActorKind", "FUNDER", "RESEARCH_FUNDER")),
                java.util.List.of(new ModelMigrations.Step() {
                    @Override
                    public int from() {
                        return 1;
                    }

                    @Override
                    public void migrate(InnovationSystem system) {
                        // the renames did the work
                    }
                }));
    }

    @Test
    void renamedClassesFeaturesAndLiteralsOfAnOlderFileAreRead() throws Exception {
        Path file = folder.resolve("version1.innoscape");
        Files.writeString(file, VERSION_1_FILE, StandardCharsets.UTF_8);
        assertThrows(ModelLoadException.class, () -> store.load(file), "without the renames the old names are unknown");

        InnovationSystem system = new ModelStore(version2Renaming()).load(file);
        assertEquals("Old names", system.getName());
        assertEquals("A funder", system.getActors().get(0).getName());
        assertEquals(ActorKind.RESEARCH_FUNDER, system.getActors().get(0).getKind());
        assertEquals(ActorKind.NETWORK, system.getActors().get(1).getKind());
        assertEquals(2, system.getModelVersion());
    }

    @Test
    void oldNamesAreNotAcceptedInFilesOfTheVersionThatRenamedThem() throws Exception {
        Path file = folder.resolve("version2.innoscape");
        Files.writeString(file, VERSION_1_FILE.replace("title=\"Old names\"", "title=\"Old names\" modelVersion=\"2\""),
                StandardCharsets.UTF_8);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> new ModelStore(version2Renaming()).load(file));
        assertTrue(e.getMessage().contains("InnoSystem"), e.getMessage());
    }

    @Test
    void aNameRenamedTwiceReachesItsLatestName() throws Exception {
        Path file = folder.resolve("twice.innoscape");
        Files.writeString(file, HEADER + "<innoscape:InnovationSystem " + NS + " id=\"s\" label=\"Twice\"/>\n", StandardCharsets.UTF_8);
        ModelMigrations.Step nothing1 = step(1);
        ModelMigrations.Step nothing2 = step(2);
        ModelMigrations migrations = new ModelMigrations(3, java.util.List.of(
                LegacyNames.Rename.ofFeature(3, "ModelElement", "title", "name"),
                LegacyNames.Rename.ofFeature(2, "ModelElement", "label", "title")), java.util.List.of(nothing1, nothing2));
        assertEquals("Twice", new ModelStore(migrations).load(file).getName());
    }

    private static ModelMigrations.Step step(int from) {
        return new ModelMigrations.Step() {
            @Override
            public int from() {
                return from;
            }

            @Override
            public void migrate(InnovationSystem system) {
                // nothing beyond the renames
            }
        };
    }

    @Test
    void aReferenceIntoAnotherFileIsRefusedWithoutReadingIt() throws Exception {
        // Found by fuzzing: such a model loaded, then could not be saved.
        Path other = folder.resolve("other.innoscape");
        store.save(SampleModels.complete(), other);
        ModelLoadException e = failureFor(HEADER + "<innoscape:InnovationSystem " + NS + " id=\"s\" name=\"x\">\n"
                + "  <actors id=\"a\" name=\"A\"/>\n"
                + "  <relationships id=\"r\" source=\"a\" target=\"other.innoscape#a\"/>\n"
                + "  <initiatives id=\"i\" name=\"I\" owners=\"a other.innoscape#b\"/>\n"
                + "</innoscape:InnovationSystem>\n");
        assertTrue(e.reason().contains("outside this file"), e.reason());
        assertTrue(e.reason().contains("other.innoscape#a"), e.reason());
    }
}
