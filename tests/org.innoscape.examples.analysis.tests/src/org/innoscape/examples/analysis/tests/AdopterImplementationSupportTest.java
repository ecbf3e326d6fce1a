package org.innoscape.examples.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.AnalysisRegistry;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.Finding;
import org.innoscape.model.ActivityType;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Tristate;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.junit.jupiter.api.Test;

/** The example plugin is found through the extension point alone, and its rule works. */
class AdopterImplementationSupportTest {
    private static final String ID = "example.adopter-implementation-support";

    @Test
    void registeredThroughTheExtensionPoint() {
        AnalysisRegistry registry = AnalysisRegistry.fromExtensions();
        var entry = registry.find(ID).orElseThrow(() -> new AssertionError("not registered: " + registry.all()));
        assertEquals("org.innoscape.examples.analysis", entry.contributor());
    }

    @Test
    void findsAdopterFundingWithoutTraining() {
        InnovationSystemBuilder b = new InnovationSystemBuilder("example-plugin", "Test");
        PolicyInitiative bare = funding(b, "bare", FundingRecipients.ADOPTERS);
        PolicyInitiative trained = funding(b, "trained", FundingRecipients.BOTH);
        trained.getActivityTypes().add(ActivityType.TRAINING_AND_SKILLS);
        funding(b, "innovators", FundingRecipients.INNOVATORS);
        InnovationSystem model = b.system();

        var analysis = AnalysisRegistry.fromExtensions().find(ID).orElseThrow().analysis();
        List<Finding> findings = AnalysisRunner.run(model, List.of(analysis), Map.of(), new NullProgressMonitor()).findings();
        assertEquals(List.of(List.of(bare)), findings.stream().map(Finding::subjects).toList());

        List<Finding> strict = AnalysisRunner.run(model, List.of(analysis), Map.of(ID, Map.of("require-evaluation", "true")),
                new NullProgressMonitor()).findings();
        assertEquals(2, strict.size());
        assertTrue(strict.get(1).message().startsWith("Programme trained funds adopters"), strict.get(1).message());
    }

    private static PolicyInitiative funding(InnovationSystemBuilder b, String key, FundingRecipients recipients) {
        PolicyInitiative initiative = b.initiative(key, "Programme " + key);
        initiative.setOffersFunding(Tristate.YES);
        initiative.setFundingRecipients(recipients);
        return initiative;
    }
}
