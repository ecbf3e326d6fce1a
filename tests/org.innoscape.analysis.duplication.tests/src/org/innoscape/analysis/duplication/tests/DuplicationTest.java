package org.innoscape.analysis.duplication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.junit.jupiter.api.Tag;
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

    /** Parameters of the duplication analysis, words only, and these key-value pairs. */
    private static Map<String, Map<String, String>> lexical(String... keyValues) {
        Map<String, String> parameters = new java.util.HashMap<>(Map.of("text", "lexical"));
        for (int i = 0; i < keyValues.length; i += 2) {
            parameters.put(keyValues[i], keyValues[i + 1]);
        }
        return Map.of("duplication.initiatives", parameters);
    }

    /** Words only: similarity of meaning is tested in org.innoscape.analysis.semantic.tests. */
    private List<Finding> run(InnovationSystem model) {
        return AnalysisRunner.run(model, List.of(new DuplicationAnalysis()), Map.of("duplication.initiatives", Map.of("text", "lexical")),
                new NullProgressMonitor()).findings();
    }

    /**
     * This test runtime has no semantic bundle (it is an optional dependency): asked for meaning, the
     * analysis compares words alone and says why, once; the pairs are still found.
     */
    @Test
    @Tag("osgi") // the semantic bundle is absent from this runtime; a plain class path has it
    void withoutTheSemanticComponentWordsAloneAreUsedAndSaidSo() {
        plantedClusterOfThree();
        for (String mode : List.of("semantic", "auto")) {
            List<Finding> findings = AnalysisRunner.run(b.system(), List.of(new DuplicationAnalysis()),
                    Map.of("duplication.initiatives", Map.of("text", mode)), new NullProgressMonitor()).findings();
            List<Finding> notes = findings.stream().filter(f -> f.message().startsWith("Similarity of meaning was not used")).toList();
            assertEquals(1, notes.size(), findings.toString());
            assertTrue(notes.get(0).message().contains("the semantic component is not installed"), notes.get(0).message());
            assertEquals(Severity.INFO, notes.get(0).severity());
            assertTrue(findings.stream().filter(f -> f.data().containsKey("score")).count() >= 3, "pairs found by words");
            assertTrue(findings.stream().noneMatch(f -> f.data().containsKey("meaning")));
        }
        assertTrue(run(b.system()).stream().noneMatch(f -> f.message().startsWith("Similarity of meaning")), "lexical says nothing");
    }

    /** One adoption fund described by two bodies: the same beneficiaries, activities, stages and year. */
    private List<PolicyInitiative> adoptionFundDescribedTwice() {
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
        return List.of(original, paraphrase);
    }

    @Test
    void theSameSchemeInAnotherRegionIsOverlapNotDuplication() {
        List<PolicyInitiative> pair = adoptionFundDescribedTwice();
        property(pair.get(0), "Region", "London");
        property(pair.get(1), "region", "the North East");
        Finding finding = run(b.system()).get(0);
        assertTrue(finding.message().contains("(overlap, score"), finding.message());
        assertTrue(finding.explanation().contains("different region (London / the North East)"), finding.explanation());
        property(pair.get(1), "region", "london");
        pair.get(1).getProperties().remove(0);
        finding = run(b.system()).get(0);
        assertTrue(finding.message().contains("(duplication, score"), "one region, however capitalised: " + finding.message());
        assertTrue(finding.explanation().contains("same region (London)"), "as first written: " + finding.explanation());
    }

    private static void property(PolicyInitiative initiative, String key, String value) {
        org.innoscape.model.Property property = InnoscapeFactory.eINSTANCE.createProperty();
        property.setKey(key);
        property.setValue(value);
        initiative.getProperties().add(property);
    }

    @Test
    void plantedParaphraseWithDifferentOwnersIsDuplication() {
        List<PolicyInitiative> pair = adoptionFundDescribedTwice();
        PolicyInitiative original = pair.get(0);
        PolicyInitiative paraphrase = pair.get(1);
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

    /** The model's owners (by name or acronym) and start dates at their precision reach the class. */
    @Test
    void namesNamingTheirOwnOwnersAndStartsMonthsApartAreOverlap() {
        List<PolicyInitiative> pair = adoptionFundDescribedTwice();
        ukri.setName("UK Research and Innovation");
        ukri.setAcronym("UKRI");
        pair.get(0).setName("NHSX adoption fund for digital tools");
        pair.get(1).setName("UKRI digital tool adoption funding");
        Finding finding = run(b.system()).get(0);
        assertTrue(finding.message().contains("(overlap, score"), finding.message());
        assertTrue(finding.explanation().contains("each name names its own owner (NHSX / UK Research and Innovation)"), finding.explanation());
        pair.get(1).setName("UK Research and Innovation: NHSX adoption fund for digital tools");
        assertTrue(run(b.system()).get(0).message().contains("(duplication, score"), "a name naming the other's owner too");
        pair.get(0).setName("Adoption fund for digital tools");
        pair.get(1).setName("Digital tool adoption funding");
        pair.get(0).setStartDate("2020-02");
        pair.get(1).setStartDate("2020-09-14");
        finding = run(b.system()).get(0);
        assertTrue(finding.message().contains("(overlap, score"), finding.message());
        assertTrue(finding.explanation().contains("started at least 198 days apart"), finding.explanation());
        pair.get(0).setStartDate("2020");
        finding = run(b.system()).get(0);
        assertTrue(finding.message().contains("(duplication, score"), "a start stated as a year may be any day of it: " + finding.message());
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
        assertEquals(2, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().contains("score 1.00"), findings.get(0).message());
        assertEquals("2 initiatives are identical copies of others", findings.get(1).message(), "the copy of a, and the second empty one");
    }

    @Test
    void manyCopiesOfOneInitiativeAreLinkedInAChainNotEveryPair() {
        PolicyInitiative a = initiative("a", "Innovation exchange", "Links regional networks to spread proven innovations.",
                nhsx, "adopters", ActivityType.NETWORKING_AND_BROKERAGE, "spread");
        for (int i = 0; i < 400; i++) {
            PolicyInitiative copy = EcoreUtil.copy(a);
            copy.setId("copy-" + i);
            b.system().getInitiatives().add(copy);
        }
        List<Finding> findings = run(b.system());
        assertEquals(400, findings.stream().filter(f -> f.message().contains("score 1.00")).count(), "401 copies, 400 links");
        Finding cluster = findings.stream().filter(f -> f.message().startsWith("401 similar initiatives")).findFirst()
                .orElseThrow(() -> new AssertionError(findings.subList(findings.size() - 2, findings.size()).toString()));
        assertEquals(401, cluster.subjects().size());
        assertTrue(findings.stream().anyMatch(f -> f.message().equals("400 initiatives are identical copies of others")));
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
        String unstated = ReviewFingerprint.of(a, c);
        c.setTechnologyArea("genomic testing");
        assertNotEquals(unstated, ReviewFingerprint.of(a, c), "the technology area decides the class too");
    }

    /** A pair that is not between closest look-alikes names the closer one as the analyst knows it: name and register id. */
    @Test
    void theCloserLookAlikeIsNamedByItsNameAndRegisterId() {
        String name = "Remote monitoring spread programme";
        String text = "Funds remote monitoring at home for people with heart failure in general practice, with an evaluation.";
        PolicyInitiative a = initiative("a", name, text, nhsx, "adopters", ActivityType.FUNDING, "adoption");
        PolicyInitiative again = initiative("b", name, text.replace("evaluation.", "evaluation partner."), nhsx, "adopters",
                ActivityType.FUNDING, "adoption");
        PolicyInitiative nextRound = initiative("c", name, text, nhsx, "adopters", ActivityType.FUNDING, "adoption");
        a.setStartDate("2021-04-01");
        again.setStartDate("2021-04-01");
        nextRound.setStartDate("2023-04-01");
        nextRound.setExternalId("REG-3");
        Finding pair = run(b.system()).stream().filter(f -> f.subjects().containsAll(List.of(a, again))).findFirst().orElseThrow();
        assertTrue(pair.explanation().contains("not each other's closest look-alikes: one of the two is at least as alike to '" + name
                + "' [REG-3]"), pair.explanation());
    }

    @Test
    void blockingFindsWhatComparingAllPairsFinds() {
        plantedClusterOfThree();
        initiative("x", "Rapid evaluation centre", "Rapid evaluation of new services for commissioners.", nhsx, "managers",
                ActivityType.EVALUATION_AND_EVIDENCE, "testing");
        initiative("y", "Centre for rapid evaluation", "New services evaluated rapidly for commissioners.", ukri, "managers",
                ActivityType.EVALUATION_AND_EVIDENCE, "testing");
        List<String> allPairs = run(b.system()).stream().map(Finding::message).toList();
        List<String> indexed = AnalysisRunner.run(b.system(), List.of(new DuplicationAnalysis()),
                lexical("exhaustive-limit", "0"), new NullProgressMonitor()).findings().stream()
                .map(Finding::message).toList();
        assertTrue(allPairs.size() >= 4, allPairs.toString());
        assertEquals(allPairs, indexed);
    }

    /**
     * The search limits of large registers never drop pairs silently: a max-candidates of 1 among 40
     * look-alikes leaves pairs unscored and says how many, and why; generous limits say nothing.
     */
    @Test
    void candidatesLeftUnscoredAreReportedNotDroppedSilently() {
        for (int i = 0; i < 40; i++) {
            b.initiative("same" + i, "Regional programme " + i).setDescription("A regional programme that supports adoption of "
                    + "digital tools in hospitals, number " + i + ".");
        }
        InnovationSystem model = b.system();
        Map<String, Map<String, String>> capped = lexical("max-candidates", "1", "exhaustive-limit", "0");
        List<Finding> findings = AnalysisRunner.run(model, List.of(new DuplicationAnalysis()), capped, new NullProgressMonitor()).findings();
        Finding skipped = findings.stream().filter(f -> f.message().contains("not scored")).findFirst().orElseThrow();
        assertTrue(skipped.message().matches("[0-9,]+ candidate pairs were scored; not scored: [0-9,]+ shared strong terms with an initiative "
                + "but fewer than the max-candidates \\(1\\) that shared the most"), skipped.message());
        assertEquals(Severity.INFO, skipped.severity());
        assertTrue(skipped.suggestedFix().contains("max-candidates"), skipped.suggestedFix());
        assertFalse(skipped.explanation().contains("nearest in meaning"), "words alone search no nearest: " + skipped.explanation());

        Map<String, Map<String, String>> tinyLists = lexical("max-block", "5", "exhaustive-limit", "0");
        Finding blocked = AnalysisRunner.run(model, List.of(new DuplicationAnalysis()), tinyLists, new NullProgressMonitor()).findings()
                .stream().filter(f -> f.message().contains("not scored")).findFirst().orElseThrow();
        assertTrue(blocked.message().contains("shared only pairs of terms too common to search (in more than max-block, 5, initiatives)"),
                blocked.message());

        Map<String, Map<String, String>> generous = lexical("max-candidates", "1000", "exhaustive-limit", "0");
        List<Finding> all = AnalysisRunner.run(model, List.of(new DuplicationAnalysis()), generous, new NullProgressMonitor()).findings();
        assertTrue(all.stream().noneMatch(f -> f.message().contains("not scored")), all.toString());
        assertEquals(all.stream().filter(f -> f.message().contains("score")).count(),
                run(model).stream().filter(f -> f.message().contains("score")).count(), "with no limit reached, as many pairs as comparing all");
    }

    /** The exact index (every list searched) finds every pair that comparing all pairs finds, and reports nothing skipped. */
    @Test
    void theExactIndexFindsWhatComparingAllPairsFinds() {
        plantedClusterOfThree();
        for (int i = 0; i < 30; i++) {
            b.initiative("same" + i, "Regional programme " + i).setDescription("A regional programme that supports adoption of "
                    + "digital tools in hospitals, number " + i + ".");
        }
        List<String> allPairs = run(b.system()).stream().map(Finding::message).toList();
        List<String> exact = AnalysisRunner.run(b.system(), List.of(new DuplicationAnalysis()),
                lexical("exhaustive-limit", "0", "key-terms", "0", "max-posting", "100000000"),
                new NullProgressMonitor()).findings().stream().map(Finding::message).toList();
        assertEquals(allPairs, exact);
    }

    /** Two countries' programmes are similar policy elsewhere: never duplication, never one fragmented group. */
    @Test
    void programmesOfDifferentCountriesAreSimilarPolicyElsewhere() {
        plantedClusterOfThree();
        country("t1", "United Kingdom");
        country("t2", "Ireland");
        country("t3", "united kingdom");
        List<Finding> findings = run(b.system());
        Finding elsewhere = findings.stream().filter(f -> f.subjects().contains(b.get(PolicyInitiative.class, "t2"))).findFirst().orElseThrow();
        assertTrue(elsewhere.message().contains("is similar to") && elsewhere.message().contains("(similar policy elsewhere, score"),
                elsewhere.message());
        assertEquals(Severity.INFO, elsewhere.severity());
        assertTrue(elsewhere.explanation().contains("different country ("), elsewhere.explanation());
        assertEquals(0.0, elsewhere.data().get("country"));
        Finding home = findings.stream().filter(f -> f.subjects().contains(b.get(PolicyInitiative.class, "t1"))
                && f.subjects().contains(b.get(PolicyInitiative.class, "t3"))).findFirst().orElseThrow();
        assertTrue(home.explanation().contains("same country (United Kingdom)"), home.explanation());
        assertTrue(findings.stream().noneMatch(f -> f.message().startsWith("3 similar initiatives")), "no group across countries");
    }

    private void country(String initiative, String country) {
        org.innoscape.model.Property property = InnoscapeFactory.eINSTANCE.createProperty();
        property.setKey(initiative.equals("t2") ? "stip_country" : "Country");
        property.setValue(country);
        b.get(PolicyInitiative.class, initiative).getProperties().add(property);
    }

    /** A pair's figures for tables: both sides' ids, names and owners, class, score, each part's score and weight, shared terms. */
    @Test
    void pairFindingsCarryTheirFigures() {
        PolicyInitiative a = initiative("a", "Regional innovation exchange", "Links regional networks to spread proven innovations.",
                nhsx, "adopters", ActivityType.NETWORKING_AND_BROKERAGE, "spread");
        a.setExternalId("H01");
        PolicyInitiative c = EcoreUtil.copy(a);
        c.setId("c");
        c.setExternalId(null);
        c.getOwners().clear();
        c.getOwners().add(ukri);
        b.system().getInitiatives().add(c);
        Finding pair = run(b.system()).get(0);
        Map<String, Object> data = pair.data();
        assertEquals(List.of("first_id", "first_external_id", "first_name", "first_owners", "second_id", "second_external_id",
                "second_name", "second_owners", "class", "score", "text", "text_weight", "stages", "stages_weight", "groups",
                "groups_weight", "activities", "activities_weight", "same_name", "same_name_weight", "shared_terms"), List.copyOf(data.keySet()));
        assertEquals("H01", data.get("first_external_id"));
        assertEquals("", data.get("second_external_id"));
        assertEquals("NHSX", data.get("first_owners"));
        assertEquals("UKRI", data.get("second_owners"));
        assertEquals(1.0, data.get("score"));
        assertEquals(0.5, data.get("text_weight"));
        assertEquals(0.1, data.get("stages_weight"));
        assertTrue(((List<?>) data.get("shared_terms")).stream().anyMatch(t -> t.toString().startsWith("exchang")), data.toString());
    }

    /** The all-pairs baseline and the default search of a larger register agree on a clear paraphrase among look-alikes. */
    @Test
    void aParaphraseAmongManyLookAlikesIsFound() {
        for (int i = 0; i < 300; i++) {
            initiative("filler" + i, "Regional adoption programme " + i, "A regional programme that supports adoption of digital tools in "
                    + (i % 2 == 0 ? "hospitals" : "primary care") + " for " + (i % 3 == 0 ? "nurses" : "managers") + ", cohort " + i + ".",
                    i % 2 == 0 ? nhsx : ukri, null, null);
        }
        initiative("p", "Virtual wards for long COVID", "Helps small companies bring virtual wards for long COVID patients into community "
                + "pharmacies, with mentoring and introductions.", nhsx, "adopters", ActivityType.NETWORKING_AND_BROKERAGE, "spread");
        initiative("q", "Long COVID virtual ward accelerator", "Mentoring and introductions so that SMEs can bring virtual wards to "
                + "community pharmacies for people with long COVID.", ukri, "adopters", ActivityType.NETWORKING_AND_BROKERAGE, "spread");
        Map<String, Map<String, String>> blocked = lexical("exhaustive-limit", "0", "max-candidates", "5");
        List<Finding> findings = AnalysisRunner.run(b.system(), List.of(new DuplicationAnalysis()), blocked, new NullProgressMonitor())
                .findings();
        assertTrue(findings.stream().anyMatch(f -> f.subjects().equals(List.of(b.get(PolicyInitiative.class, "p"),
                b.get(PolicyInitiative.class, "q")))), "the pair sharing the most strong terms is compared first");
    }
}
