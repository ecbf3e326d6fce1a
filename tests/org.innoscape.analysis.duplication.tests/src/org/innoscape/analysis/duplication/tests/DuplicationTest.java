package org.innoscape.analysis.duplication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.Severity;
import org.innoscape.analysis.duplication.DuplicationAnalysis;
import org.innoscape.analysis.duplication.ReviewFingerprint;
import org.innoscape.model.ActivityType;
import org.innoscape.model.Actor;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.DuplicateReview;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PathwayStage;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.ReviewVerdict;
import org.innoscape.model.StakeholderGroup;
import org.innoscape.model.Tristate;
import org.innoscape.model.build.DefaultTemplate;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DuplicationTest {
    private InnovationSystemBuilder b;
    private Actor nhsx;
    private Actor ukri;

    @BeforeEach
    void template() {
        b = new InnovationSystemBuilder("dup", "Duplication test");
        DefaultTemplate.addTo(b);
        nhsx = b.actor("nhsx", "NHSX", ActorKind.ARMS_LENGTH_BODY, ActorLevel.NATIONAL);
        ukri = b.actor("ukri", "UKRI", ActorKind.RESEARCH_FUNDER, ActorLevel.NATIONAL);
        // Background programmes, so that term weights are realistic.
        String[] topics = {"cancer screening research grants for universities", "workforce leadership training for nurses",
                "genomics sequencing infrastructure", "mental health apps library for patients", "procurement reform for hospitals",
                "data platform for population health analytics", "clinical trials set-up support", "regulatory advice for medtech"};
        for (int i = 0; i < topics.length; i++) {
            b.initiative("bg" + i, "Background " + i).setDescription("A national programme on " + topics[i] + ".");
        }
    }

    private PolicyInitiative initiative(String key, String name, String description, Actor owner, String group,
            ActivityType activity, String... stages) {
        PolicyInitiative initiative = b.initiative(key, name);
        initiative.setDescription(description);
        if (owner != null) {
            initiative.getOwners().add(owner);
        }
        if (group != null) {
            initiative.getTargetGroups().add(b.get(StakeholderGroup.class, group));
        }
        if (activity != null) {
            initiative.getActivityTypes().add(activity);
        }
        for (String stage : stages) {
            initiative.getStagesSupported().add(b.get(PathwayStage.class, stage));
        }
        return initiative;
    }

    private List<Finding> run(InnovationSystem model) {
        return AnalysisRunner.run(model, List.of(new DuplicationAnalysis()), Map.of(), new NullProgressMonitor()).findings();
    }

    @Test
    void plantedParaphraseWithDifferentOwnersIsDuplication() {
        PolicyInitiative original = initiative("a", "Adoption fund for digital tools",
                "Funds NHS trusts to adopt proven digital tools and evaluate their impact on staff productivity.", nhsx,
                "adopters", ActivityType.FUNDING, "adoption", "spread");
        PolicyInitiative paraphrase = initiative("b", "Digital tool adoption funding",
                "Funding for NHS trusts adopting digital tools that are proven, with evaluation of the productivity impact on staff.",
                ukri, "adopters", ActivityType.FUNDING, "spread", "adoption");
        for (PolicyInitiative i : List.of(original, paraphrase)) {
            i.setOffersFunding(Tristate.YES);
            i.setFundingRecipients(FundingRecipients.ADOPTERS);
            i.setStartDate("2020");
        }
        List<Finding> findings = run(b.system());
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.message().contains("may duplicate"), finding.message());
        assertTrue(finding.message().contains("(duplication, score"), finding.message());
        assertEquals(List.of(original, paraphrase), finding.subjects());
        String why = finding.explanation();
        assertTrue(why.contains("name and description similarity"), why);
        assertTrue(why.contains("same stages 2/2"), why);
        assertTrue(why.contains("same target groups 1/1"), why);
        assertTrue(why.contains("same funding recipients (adopters)"), why);
        assertTrue(why.contains("overlapping dates"), why);
        assertTrue(why.contains("different owners (NHSX / UKRI)"), why);
        assertTrue(why.contains("Shared terms: ") && why.contains("adopt"), "stemmed shared terms: " + why);
    }

    @Test
    void sharedVocabularyForDifferentBeneficiariesIsNotDuplication() {
        initiative("a", "Rapid evaluation centre for services", "Rapid evaluation of new health services to inform commissioners.",
                nhsx, "managers", ActivityType.EVALUATION_AND_EVIDENCE, "testing");
        initiative("b", "Rapid evaluation support for innovators", "Rapid evaluation of new health technologies for small companies.",
                ukri, "innovators", ActivityType.FUNDING, "development");
        List<Finding> findings = run(b.system());
        assertTrue(findings.stream().noneMatch(f -> f.message().contains("duplication")), findings.toString());
    }

    @Test
    void identicalCopiesAreFoundAndEmptyDescriptionsAreHarmless() {
        PolicyInitiative a = initiative("a", "Innovation exchange", "Links regional networks to spread proven innovations.",
                nhsx, "adopters", ActivityType.NETWORKING_AND_BROKERAGE, "spread");
        PolicyInitiative copy = EcoreUtil.copy(a);
        copy.setId("copy-of-a");
        b.system().getInitiatives().add(copy);
        initiative("empty1", "", null, null, null, null);
        initiative("empty2", "", null, null, null, null);
        List<Finding> findings = run(b.system());
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().contains("score 1.00"), findings.get(0).message());
    }

    @Test
    void oneInitiativeOrNoneGivesNothing() {
        InnovationSystem empty = new InnovationSystemBuilder("empty", "Empty").system();
        assertEquals(List.of(), run(empty));
        InnovationSystemBuilder single = new InnovationSystemBuilder("single", "Single");
        single.initiative("x", "Only one").setDescription("A single programme.");
        assertEquals(List.of(), run(single.system()));
    }

    @Test
    void resultsAreDeterministic() {
        plantedClusterOfThree();
        List<String> first = run(b.system()).stream().map(f -> f.message() + f.explanation()).toList();
        List<String> second = run(EcoreUtil.copy(b.system())).stream().map(f -> f.message() + f.explanation()).toList();
        assertEquals(first, second);
    }

    @Test
    void clustersAcrossOwnersAreFragmentation() {
        plantedClusterOfThree();
        List<Finding> findings = run(b.system());
        Finding cluster = findings.stream().filter(f -> f.message().startsWith("3 similar initiatives")).findFirst()
                .orElseThrow(() -> new AssertionError(findings.toString()));
        assertTrue(cluster.message().contains("fragmentation"), cluster.message());
        assertEquals(3, cluster.subjects().size());
    }

    private void plantedClusterOfThree() {
        Actor hee = b.actor("hee", "HEE", ActorKind.ARMS_LENGTH_BODY, ActorLevel.NATIONAL);
        String text = "Training clinicians in digital skills and innovation leadership for the NHS workforce.";
        initiative("t1", "Digital skills training for clinicians", text, nhsx, "clinicians", ActivityType.TRAINING_AND_SKILLS, "adoption");
        initiative("t2", "Clinician digital skills programme", "NHS workforce training: digital skills and leadership in innovation for clinicians.",
                ukri, "clinicians", ActivityType.TRAINING_AND_SKILLS, "adoption");
        initiative("t3", "Digital leadership training", "Training in innovation leadership and digital skills for clinicians in the NHS.",
                hee, "clinicians", ActivityType.TRAINING_AND_SKILLS, "adoption");
    }

    @Test
    void reviewedPairsStayQuietUntilAnInitiativeChanges() {
        PolicyInitiative a = initiative("a", "Innovation exchange", "Links regional networks to spread proven innovations.",
                nhsx, "adopters", ActivityType.NETWORKING_AND_BROKERAGE, "spread");
        PolicyInitiative c = EcoreUtil.copy(a);
        c.setId("c");
        b.system().getInitiatives().add(c);
        DuplicateReview review = InnoscapeFactory.eINSTANCE.createDuplicateReview();
        review.setFirst(a);
        review.setSecond(c);
        review.setVerdict(ReviewVerdict.NOT_DUPLICATE);
        review.setFingerprint(ReviewFingerprint.of(c, a)); // order does not matter
        review.setReviewer("analyst");
        b.system().getDuplicateReviews().add(review);
        assertEquals(List.of(), run(b.system()));

        c.setDescription(c.getDescription() + " Now also funds adopters.");
        assertFalse(run(b.system()).isEmpty(), "a change to either initiative brings the pair back");
    }

    @Test
    void theInvertedIndexFindsWhatComparingAllPairsFinds() {
        plantedClusterOfThree();
        initiative("x", "Rapid evaluation centre", "Rapid evaluation of new services for commissioners.", nhsx, "managers",
                ActivityType.EVALUATION_AND_EVIDENCE, "testing");
        initiative("y", "Centre for rapid evaluation", "New services evaluated rapidly for commissioners.", ukri, "managers",
                ActivityType.EVALUATION_AND_EVIDENCE, "testing");
        List<String> allPairs = run(b.system()).stream().map(Finding::message).toList();
        List<String> indexed = AnalysisRunner.run(b.system(), List.of(new DuplicationAnalysis()),
                Map.of("duplication.initiatives", Map.of("exhaustive-limit", "0")), new NullProgressMonitor()).findings().stream()
                .map(Finding::message).toList();
        assertTrue(allPairs.size() >= 4, allPairs.toString());
        assertEquals(allPairs, indexed);
    }

    /** A max-posting limit that leaves lists unsearched says so, with a count; searching every list says nothing. */
    @Test
    void candidatesLeftUnscoredAreReportedNotDroppedSilently() {
        for (int i = 0; i < 40; i++) {
            b.initiative("same" + i, "Regional programme " + i).setDescription("A regional programme that supports adoption of "
                    + "digital tools in hospitals, number " + i + ".");
        }
        InnovationSystem model = b.system();
        Map<String, Map<String, String>> capped = Map.of("duplication.initiatives", Map.of("max-posting", "5", "exhaustive-limit", "0"));
        List<Finding> findings = AnalysisRunner.run(model, List.of(new DuplicationAnalysis()), capped, new NullProgressMonitor()).findings();
        Finding skipped = findings.stream().filter(f -> f.message().contains("were not scored")).findFirst().orElseThrow();
        assertTrue(skipped.message().matches("Up to [0-9,]+ candidate pairs were not scored because index lists longer than max-posting \\(5\\).*"),
                skipped.message());
        assertTrue(skipped.suggestedFix().contains("max-posting=10000000"));
        Map<String, Map<String, String>> everyList = Map.of("duplication.initiatives", Map.of("max-posting", "10000000", "exhaustive-limit", "0"));
        assertTrue(AnalysisRunner.run(model, List.of(new DuplicationAnalysis()), everyList, new NullProgressMonitor()).findings().stream()
                .noneMatch(f -> f.message().contains("were not scored")));
    }
}
