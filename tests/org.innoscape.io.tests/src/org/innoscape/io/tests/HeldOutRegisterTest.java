package org.innoscape.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.innoscape.io.ImportResult;
import org.innoscape.io.values.NameKey;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.ModelElement;
import org.innoscape.model.PathwayStage;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.build.DefaultTemplate;
import org.junit.jupiter.api.Test;

/**
 * A register written by a generator the importer's authors did not write (tests/heldout/, its own
 * vocabulary, casing, separators, typos and id styles) imports into the default template without
 * near-twin stages or drivers.
 */
class HeldOutRegisterTest {
    private static final Path SAMPLE = Path.of("fixtures", "heldout", "sample28").toAbsolutePath();

    @Test
    void theHeldOutSampleImportsWithoutNearTwins() {
        InnovationSystem template = DefaultTemplate.create("Held out");
        ImportResult result = RegisterRoundTripTest.importInto(template,
                List.of(SAMPLE.resolve("actors.csv"), SAMPLE.resolve("initiatives.csv")), true);
        assertTrue(result.succeeded(), result.fatalProblems().toString());
        InnovationSystem model = result.model();
        assertEquals(28, model.getInitiatives().size());
        List<String> newStages = model.getStages().stream().filter(s -> !template.getStages().stream()
                .map(ModelElement::getName).toList().contains(s.getName())).map(PathwayStage::getName).toList();
        assertEquals(1, newStages.size(), "only the stage the template lacks is new, once: " + newStages);
        assertEquals("research development", NameKey.loose(newStages.get(0)));
        assertEquals(template.getDrivers().size(), model.getDrivers().size(), "every driver spelling matched");
        assertEquals(template.getStakeholderGroups().size(), model.getStakeholderGroups().size());
        PolicyInitiative first = model.getInitiatives().get(0);
        assertEquals("H01", first.getExternalId());
        assertEquals(1, first.getOwners().size());
    }
}
