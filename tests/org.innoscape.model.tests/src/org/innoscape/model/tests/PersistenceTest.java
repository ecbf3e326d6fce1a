package org.innoscape.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.innoscape.model.Actor;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.persistence.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {
    private final ModelStore store = new ModelStore();

    @TempDir
    Path folder;

    @Test
    void roundTripKeepsEveryFeature() throws Exception {
        InnovationSystem original = SampleModels.complete();
        Path file = folder.resolve("sample.innoscape");
        store.save(EcoreUtil.copy(original), file);
        InnovationSystem loaded = store.load(file);
        assertTrue(EcoreUtil.equals(original, loaded), "the loaded model should equal the saved one");
        PolicyInitiative dpp = loaded.getInitiatives().get(0);
        assertEquals("NHSX", dpp.getOwners().get(0).getName());
        assertEquals(0, new java.math.BigDecimal("7500000.50").compareTo(dpp.getBudget().getUpperAmount()));
    }

    @Test
    void savingTwiceGivesIdenticalBytes() throws Exception {
        Path first = folder.resolve("first.innoscape");
        Path second = folder.resolve("second.innoscape");
        store.save(SampleModels.complete(), first);
        InnovationSystem loaded = store.load(first);
        store.save(loaded.eResource(), second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        store.save(SampleModels.complete(), second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "building the same model twice");
    }

    @Test
    void filesAreDiffFriendlyAndIdentifiedByUuids() throws Exception {
        Path file = folder.resolve("sample.innoscape");
        store.save(SampleModels.complete(), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), text);
        assertTrue(text.lines().allMatch(line -> line.length() < 400), "lines are wrapped");
        assertTrue(text.matches("(?s).*id=\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\".*"));
        assertFalse(text.contains("xmi:id"), "ids are model attributes, not xmi:ids");
    }

    @Test
    void newElementsGetIdsWhenSaved() throws Exception {
        InnovationSystem system = InnoscapeFactory.eINSTANCE.createInnovationSystem();
        system.setName("New");
        Actor actor = InnoscapeFactory.eINSTANCE.createActor();
        actor.setName("Someone");
        system.getActors().add(actor);
        Path file = folder.resolve("new.innoscape");
        store.save(system, file);
        assertTrue(actor.getId() != null && actor.getId().length() == 36, actor.getId());
        assertEquals(actor.getId(), store.load(file).getActors().get(0).getId());
    }

    @Test
    void failedSaveLeavesTheOldFileIntactAndNoTemporaryFiles() throws Exception {
        Path file = folder.resolve("model.innoscape");
        store.save(SampleModels.complete(), file);
        byte[] before = Files.readAllBytes(file);

        InnovationSystem broken = store.load(file);
        Actor outsider = InnoscapeFactory.eINSTANCE.createActor();
        outsider.setId("outside");
        outsider.setName("Not in any resource");
        broken.getInitiatives().get(0).getOwners().add(outsider); // a dangling reference: saving must fail
        assertThrows(IOException.class, () -> store.save(broken.eResource(), file));

        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(folder)) {
            // The model and its lock file (.model.innoscape.lock, kept: removing it would race with a waiting writer).
            assertEquals(List.of(".model.innoscape.lock", "model.innoscape"), files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void failedLoadAddsNothingToTheResourceSet() throws Exception {
        Path file = folder.resolve("bad.innoscape");
        Files.writeString(file, "<?xml version=\"1.0\"?><innoscape:InnovationSystem xmlns:innoscape=");
        ResourceSet resourceSet = ModelStore.newResourceSet();
        assertThrows(org.innoscape.model.persistence.ModelLoadException.class, () -> store.load(resourceSet, file));
        assertTrue(resourceSet.getResources().isEmpty());
    }
}
