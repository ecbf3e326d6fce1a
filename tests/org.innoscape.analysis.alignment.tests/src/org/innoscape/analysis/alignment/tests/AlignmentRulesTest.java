package org.innoscape.analysis.alignment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.Severity;
import org.innoscape.analysis.alignment.DriverCoverageRule;
import org.innoscape.analysis.alignment.FocusRule;
import org.innoscape.analysis.alignment.FundingRecipientsRule;
import org.innoscape.analysis.alignment.MeasurementRule;
import org.innoscape.analysis.alignment.RapidEvaluationRule;
import org.innoscape.analysis.alignment.StageCoverageRule;
import org.innoscape.analysis.alignment.StructureRule;
import org.innoscape.analysis.alignment.TargetGroupsRule;
import org.innoscape.analysis.alignment.UnimplementedRecommendationsRule;
import org.innoscape.model.Actor;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.Budget;
import org.innoscape.model.Driver;
import org.innoscape.model.Focus;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.IndicatorCategory;
import org.innoscape.model.InitiativeStatus;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.StakeholderGroup;
import org.innoscape.model.Tristate;
import org.innoscape.model.build.DefaultTemplate;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Known answers for every alignment rule on small hand-built models. */
class AlignmentRulesTest {
    private InnovationSystemBuilder b;
    private InnovationSystem model;

    @BeforeEach
    void template() {
        b = new InnovationSystemBuilder("test", "Test");
        DefaultTemplate.addTo(b);
        model = b.system();
    }

    private static List<Finding> run(Analysis analysis, InnovationSystem model, Map<String, String> parameters) {
        var result = AnalysisRunner.run(model, List.of(analysis), Map.of(analysis.descriptor().id(), parameters),
                new NullProgressMonitor());
        assertTrue(result.failures().isEmpty(), result.failures().toString());
        return result.findings();
    }

    private static List<Finding> run(Analysis analysis, InnovationSystem model) {
        return run(analysis, model, Map.of());
    }

    private PolicyInitiative initiative(String key, String... stageKeys) {
        return TestInitiatives.initiative(b, key, stageKeys);
    }

    private PolicyInitiative funding(String key, FundingRecipients recipients) {
        return TestInitiatives.funding(b, key, recipients);
    }

    @Test
    void stageCoverageFindsUnsupportedStagesAndTheBalance() {
        initiative("a", "idea", "development");
        initiative("b", "development");
        initiative("c", "adoption");
        initiative("d", "need").setStatus(InitiativeStatus.CONCLUDED);
        List<Finding> findings = run(new StageCoverageRule(), model);
        List<String> messages = findings.stream().map(Finding::message).toList();
        assertTrue(messages.contains("No current initiative supports the stage 'Need identification'"), messages.toString());
        assertTrue(messages.contains("No current initiative supports the stage 'Testing and evaluation'"), messages.toString());
        assertTrue(messages.contains("No current initiative supports the stage 'Spread and scale-up'"), messages.toString());
        // One of three current initiatives on either side supports adoption: 33 % < 40 %.
        assertTrue(messages.contains("Support leans to the innovation side: 1 of 3 initiatives support adoption or spread"),
                messages.toString());
        assertEquals(4, findings.size());
        assertTrue(run(new StageCoverageRule(), model, Map.of("min-adoption-share", "0.3")).stream()
                .noneMatch(f -> f.message().startsWith("Support leans")), "the threshold is a parameter");
    }

    @Test
    void fundingRecipientsImbalanceWithTheBlogsFigures() {
        for (int i = 0; i < 22; i++) {
            funding("inn" + i, FundingRecipients.INNOVATORS);
        }
        for (int i = 0; i < 4; i++) {
            funding("ado" + i, FundingRecipients.ADOPTERS);
        }
        for (int i = 0; i < 5; i++) {
            funding("both" + i, FundingRecipients.BOTH);
        }
        initiative("no-funding");
        List<Finding> findings = run(new FundingRecipientsRule(), model);
        assertEquals(1, findings.size());
        assertEquals("Funding leans to innovators: 22 of 31 funding initiatives fund innovators only", findings.get(0).message());
        assertTrue(findings.get(0).explanation().contains("Of 31 initiatives offering funding, 22 fund innovators only, 4 adopters only and 5 both"),
                findings.get(0).explanation());
        assertEquals(List.of(), run(new FundingRecipientsRule(), model, Map.of("max-innovator-only-share", "0.75")));
    }

    @Test
    void noAdopterFundingIsAnError() {
        funding("a", FundingRecipients.INNOVATORS);
        List<Finding> findings = run(new FundingRecipientsRule(), model);
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals("No initiative funds adopters", findings.get(0).message());
    }

    @Test
    void driverCoverage() {
        PolicyInitiative active = initiative("a");
        active.getDriversAddressed().add(b.get(Driver.class, "skills"));
        PolicyInitiative old = initiative("b");
        old.setStatus(InitiativeStatus.CONCLUDED);
        old.getDriversAddressed().add(b.get(Driver.class, "funding"));
        List<String> messages = run(new DriverCoverageRule(), model).stream().map(Finding::message).toList();
        assertEquals(7, messages.size(), messages.toString()); // 8 drivers and themes, skills covered
        assertTrue(messages.contains("Only concluded initiatives addressed 'Funding and commissioning'"));
        assertTrue(messages.contains("No initiative addresses 'Patient and public involvement and engagement'"));
    }

    @Test
    void focusCountsClinicalAndNonClinical() {
        for (int i = 0; i < 39; i++) {
            initiative("c" + i).setFocus(Focus.CLINICAL);
        }
        initiative("n1").setFocus(Focus.NON_CLINICAL);
        initiative("n2").setFocus(Focus.NON_CLINICAL);
        PolicyInitiative productive = initiative("p");
        productive.setProductivityFocus(Tristate.YES);
        productive.setFocus(Focus.CLINICAL);
        List<Finding> findings = run(new FocusRule(), model);
        List<String> messages = findings.stream().map(Finding::message).toList();
        assertTrue(messages.contains("Little support for administrative and operational innovation: 2 of 42 initiatives with a stated focus"),
                messages.toString());
        assertTrue(messages.contains("No productivity-focused initiative covers non-clinical work"), messages.toString());
        assertEquals(Severity.INFO, findings.get(findings.size() - 1).severity());
    }

    @Test
    void rapidEvaluation() {
        initiative("a", "development");
        List<String> messages = run(new RapidEvaluationRule(), model).stream().map(Finding::message).toList();
        assertEquals(List.of("No current initiative offers rapid evaluation", "Few initiatives support evaluation: 0"), messages);
        PolicyInitiative rapid = initiative("r", "testing");
        rapid.setRapidEvaluation(Tristate.YES);
        messages = run(new RapidEvaluationRule(), model, Map.of("min-evaluation-initiatives", "1")).stream().map(Finding::message).toList();
        assertEquals(List.of("1 current initiatives offer rapid evaluation"), messages);
    }

    @Test
    void targetGroupsNobodyTargets() {
        initiative("a").getTargetGroups().add(b.get(StakeholderGroup.class, "innovators"));
        PolicyInitiative proposed = initiative("p");
        proposed.setStatus(InitiativeStatus.PROPOSED);
        proposed.getTargetGroups().add(b.get(StakeholderGroup.class, "adopters"));
        List<String> messages = run(new TargetGroupsRule(), model).stream().map(Finding::message).toList();
        assertTrue(messages.contains("No current initiative targets adopters"), messages.toString());
        assertEquals(4, messages.size());
        assertEquals(3, run(new TargetGroupsRule(), model, Map.of("include-planned", "true")).size());
    }

    @Test
    void anUnnamedGroupIsNamedInWordsNotAFailure() {
        b.get(StakeholderGroup.class, "adopters").setName(null);
        List<String> messages = run(new TargetGroupsRule(), model).stream().map(Finding::message).toList();
        assertTrue(messages.contains("No current initiative targets (unnamed)"), messages.toString());
    }

    @Test
    void recommendationsWithoutInitiatives() {
        var r1 = b.recommendation("r1", 1, "Recommendation 1", "Do this.");
        var r2 = b.recommendation("r2", 2, "Recommendation 2", "Do that.");
        r2.getImplementingInitiatives().add(initiative("a"));
        List<Finding> findings = run(new UnimplementedRecommendationsRule(), model);
        assertEquals(1, findings.size());
        assertEquals(List.of(r1), findings.get(0).subjects());
    }

    @Test
    void measurement() {
        PolicyInitiative unmeasured = initiative("u");
        PolicyInitiative evaluated = initiative("e");
        evaluated.setEvaluated(Tristate.YES);
        PolicyInitiative measured = initiative("m");
        measured.getIndicators().add(b.indicator("o", "Outcome", IndicatorCategory.OUTCOME));
        PolicyInitiative outputOnly = initiative("x");
        outputOnly.getIndicators().add(b.indicator("p", "Output", IndicatorCategory.OUTPUT));
        List<Finding> findings = run(new MeasurementRule(), model);
        assertEquals(List.of(List.of(unmeasured), List.of(outputOnly)), findings.stream().map(Finding::subjects).toList());
    }

    @Test
    void structure() {
        Actor owner = b.actor("owner", "Owner", ActorKind.ARMS_LENGTH_BODY, ActorLevel.NATIONAL);
        Actor broker = b.actor("broker", "Broker", ActorKind.NETWORK, ActorLevel.REGIONAL);
        Actor trust = b.actor("trust", "A trust", ActorKind.HEALTHCARE_PROVIDER, ActorLevel.LOCAL);
        Actor loner = b.actor("loner", "Loner", ActorKind.INDUSTRY, ActorLevel.LOCAL);
        Actor faraway = b.actor("far", "Far away", ActorKind.CHARITY, ActorLevel.LOCAL);
        b.relationship("r1", owner, RelationshipKind.FUNDS, broker);
        trust.getMemberOf().add(broker);
        StakeholderGroup adopters = b.get(StakeholderGroup.class, "adopters");
        adopters.getMembers().add(trust);
        StakeholderGroup patients = b.get(StakeholderGroup.class, "patients");
        patients.getMembers().add(faraway);
        PolicyInitiative reaching = initiative("reach");
        reaching.getOwners().add(owner);
        reaching.getTargetGroups().add(adopters);
        reaching.getTargetGroups().add(patients);
        initiative("orphan");
        List<String> messages = run(new StructureRule(), model).stream().map(Finding::message).toList();
        assertTrue(messages.contains("Programme orphan has no owner"), messages.toString());
        assertTrue(messages.contains("Loner has no relationship with any other actor"), messages.toString());
        assertTrue(messages.contains("Far away has no relationship with any other actor"), messages.toString());
        assertTrue(messages.contains("Owner has no path to patients and the public, whom Programme reach targets"), messages.toString());
        assertTrue(messages.stream().noneMatch(m -> m.contains("no path to adopters")), "the owner reaches the trust through the broker");
        assertEquals(4, messages.size(), messages.toString());
    }

    @Test
    void budgetsAppearInTheStageBalance() {
        PolicyInitiative a = initiative("a", "development");
        Budget budget = InnoscapeFactory.eINSTANCE.createBudget();
        budget.setAmount(new BigDecimal("35000000"));
        budget.setCurrency("GBP");
        a.setBudget(budget);
        initiative("b", "development");
        List<Finding> findings = run(new StageCoverageRule(), model);
        Finding balance = findings.stream().filter(f -> f.message().startsWith("Support leans")).findFirst().orElseThrow();
        assertTrue(balance.explanation().contains("budget 35,000,000 (known for 1)"), balance.explanation());
    }
}
