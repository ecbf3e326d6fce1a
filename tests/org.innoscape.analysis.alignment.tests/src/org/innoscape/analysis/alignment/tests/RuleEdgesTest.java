package org.innoscape.analysis.alignment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisContext;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.Parameters;
import org.innoscape.analysis.alignment.FocusRule;
import org.innoscape.analysis.alignment.FundingRecipientsRule;
import org.innoscape.analysis.alignment.StageCoverageRule;
import org.innoscape.analysis.alignment.UnimplementedRecommendationsRule;
import org.innoscape.model.Focus;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Tristate;
import org.innoscape.model.build.DefaultTemplate;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The edges of the alignment rules that the known-answer tests do not reach: a share exactly at its
 * threshold, the figures in the explanations, unnamed and unaddressed recommendations, cancellation.
 * Written to kill the mutants PIT found surviving (docs/testing.md, "Mutation testing").
 */
class RuleEdgesTest {
    private InnovationSystemBuilder b;

    @BeforeEach
    void template() {
        b = new InnovationSystemBuilder("edges", "Edges");
        DefaultTemplate.addTo(b);
    }

    private List<Finding> run(Analysis analysis, Map<String, String> parameters) {
        var result = AnalysisRunner.run(b.system(), List.of(analysis), Map.of(analysis.descriptor().id(), parameters),
                new NullProgressMonitor());
        assertTrue(result.failures().isEmpty(), result.failures().toString());
        return result.findings();
    }

    private static List<String> messages(List<Finding> findings) {
        return findings.stream().map(Finding::message).toList();
    }

    private PolicyInitiative initiative(String key, String... stageKeys) {
        return TestInitiatives.initiative(b, key, stageKeys);
    }

    private void funding(String key, FundingRecipients recipients) {
        TestInitiatives.funding(b, key, recipients);
    }

    @Test
    void anAdoptionShareExactlyAtTheMinimumIsEnough() {
        initiative("i1", "idea");
        initiative("i2", "development");
        initiative("a1", "adoption");
        initiative("a2", "spread");
        // 2 of 4 support adoption: 50 %.
        assertTrue(messages(run(new StageCoverageRule(), Map.of("min-adoption-share", "0.5"))).stream()
                .noneMatch(m -> m.startsWith("Support leans")), "a share equal to the minimum is not below it");
        List<Finding> below = run(new StageCoverageRule(), Map.of("min-adoption-share", "0.51")).stream()
                .filter(f -> f.message().startsWith("Support leans")).toList();
        assertEquals(1, below.size());
        assertEquals("Support leans to the innovation side: 2 of 4 initiatives support adoption or spread", below.get(0).message());
        assertTrue(below.get(0).explanation().contains("The adoption share 50% is below the threshold 51%."), below.get(0).explanation());
        assertTrue(below.get(0).explanation().contains("Innovation side (need, idea, development stages): 2 initiatives"),
                below.get(0).explanation());
    }

    @Test
    void aCancelledRunStopsInsideTheRule() {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        initiative("i1", "idea");
        StageCoverageRule rule = new StageCoverageRule();
        AnalysisContext context = new AnalysisContext(b.system(), Parameters.defaults(rule.descriptor()), cancelled);
        assertThrows(OperationCanceledException.class, () -> rule.run(context));
    }

    @Test
    void focusFiguresAndAShareExactlyAtTheMinimum() {
        initiative("c1").setFocus(Focus.CLINICAL);
        initiative("c2").setFocus(Focus.CLINICAL);
        initiative("n1").setFocus(Focus.NON_CLINICAL);
        PolicyInitiative both = initiative("b1");
        both.setFocus(Focus.BOTH);
        both.setProductivityFocus(Tristate.YES);
        initiative("unstated");
        // 2 of 4 stated cover non-clinical work: 50 %.
        List<Finding> atMinimum = run(new FocusRule(), Map.of("min-non-clinical-share", "0.5"));
        assertTrue(messages(atMinimum).stream().noneMatch(m -> m.startsWith("Little support")), messages(atMinimum).toString());
        assertTrue(messages(atMinimum).stream().noneMatch(m -> m.startsWith("No productivity-focused")),
                "a productivity initiative covering both covers non-clinical work: " + messages(atMinimum));
        List<Finding> below = run(new FocusRule(), Map.of("min-non-clinical-share", "0.51"));
        Finding little = below.stream().filter(f -> f.message().startsWith("Little support")).findFirst().orElseThrow();
        assertEquals("Little support for administrative and operational innovation: 2 of 4 initiatives with a stated focus", little.message());
        assertEquals("Solely clinical: 2; solely non-clinical: 1; both: 1; focus not stated: 1. "
                + "Explicit productivity focus: 1, of which 1 cover non-clinical work.", little.explanation());
    }

    @Test
    void aFundingShareExactlyAtTheMaximumIsAccepted() {
        funding("i1", FundingRecipients.INNOVATORS);
        funding("i2", FundingRecipients.INNOVATORS);
        funding("i3", FundingRecipients.INNOVATORS);
        funding("a1", FundingRecipients.ADOPTERS);
        PolicyInitiative unsaid = initiative("unsaid");
        unsaid.setOffersFunding(Tristate.YES);
        // 3 of the 4 that say fund innovators only: 75 %.
        assertEquals(List.of(), run(new FundingRecipientsRule(), Map.of("max-innovator-only-share", "0.75")));
        List<Finding> above = run(new FundingRecipientsRule(), Map.of("max-innovator-only-share", "0.74"));
        assertEquals(1, above.size());
        assertEquals("Of 5 initiatives offering funding, 3 fund innovators only, 1 adopters only and 0 both; 1 do not say who. "
                + "The innovator-only share 75% is above the threshold.", above.get(0).explanation());
    }

    @Test
    void recommendationsAreNamedAndTheirTextAndAddresseesExplained() {
        var named = b.recommendation("r1", 1, "Fund adopters", "Give adopters money.");
        var unnamed = b.recommendation("r2", 2, null, null);
        named.getAddressedActors().add(b.actor("nhse", "NHS England", org.innoscape.model.ActorKind.ARMS_LENGTH_BODY, org.innoscape.model.ActorLevel.NATIONAL));
        List<Finding> findings = run(new UnimplementedRecommendationsRule(), Map.of());
        assertEquals(List.of("Fund adopters has no implementing initiative", "Recommendation 2 has no implementing initiative"),
                messages(findings));
        assertEquals("Recommendation: Give adopters money. Addressed to: NHS England.", findings.get(0).explanation());
        assertEquals("Recommendation: (no text)", findings.get(1).explanation());
        assertEquals(List.of(unnamed), findings.get(1).subjects());
    }
}
