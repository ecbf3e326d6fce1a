package org.innoscape.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.innoscape.model.Actor;
import org.innoscape.model.Budget;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Relationship;
import org.innoscape.model.Tristate;
import org.innoscape.model.validation.InnoscapeValidator;
import org.innoscape.model.validation.ModelValidation;
import org.junit.jupiter.api.Test;

class ValidatorTest {
    private final InnovationSystem system = SampleModels.complete();
    private final PolicyInitiative initiative = system.getInitiatives().get(0);

    private List<Diagnostic> problems() {
        return ModelValidation.problems(system);
    }

    private Diagnostic onlyProblem(int code) {
        List<Diagnostic> problems = problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(code, problems.get(0).getCode(), problems.get(0).getMessage());
        return problems.get(0);
    }

    @Test
    void theSampleIsValid() {
        assertEquals(List.of(), problems().stream().map(Diagnostic::getMessage).toList());
    }

    @Test
    void namesAreRequired() {
        system.getActors().get(0).setName(" ");
        Diagnostic problem = onlyProblem(InnoscapeValidator.NAME_REQUIRED);
        assertTrue(problem.getMessage().startsWith("Actor (id "), problem.getMessage());
        assertEquals(system.getActors().get(0), problem.getData().get(0));
    }

    @Test
    void idsAreUnique() {
        system.getActors().get(1).setId(system.getActors().get(0).getId());
        assertTrue(onlyProblem(InnoscapeValidator.ID_DUPLICATE).getMessage().contains("also used by Actor 'NHSX'"));
    }

    @Test
    void endMustNotBeBeforeStart() {
        initiative.setStartDate("2021-04");
        initiative.setEndDate("2021-03-31");
        Diagnostic problem = onlyProblem(InnoscapeValidator.END_BEFORE_START);
        assertTrue(problem.getMessage().contains("Digital Productivity Programme"), problem.getMessage());
        initiative.setEndDate("2021");
        assertEquals(List.of(), problems(), "a year includes April");
    }

    @Test
    void datesMustBePartialIsoDates() {
        initiative.setStartDate("April 2020");
        assertTrue(onlyProblem(InnoscapeValidator.DATE_FORMAT).getMessage().contains("yyyy, yyyy-mm or yyyy-mm-dd"));
        initiative.setStartDate("2021-02-30");
        onlyProblem(InnoscapeValidator.DATE_FORMAT);
    }

    @Test
    void noSelfRelationship() {
        Relationship relationship = system.getRelationships().get(0);
        relationship.setTarget(relationship.getSource());
        assertTrue(onlyProblem(InnoscapeValidator.RELATIONSHIP_SELF).getMessage().contains("itself (NHSX)"));
    }

    @Test
    void relationshipNeedsBothEnds() {
        system.getRelationships().get(0).setTarget(null);
        onlyProblem(InnoscapeValidator.RELATIONSHIP_ENDS_REQUIRED);
    }

    @Test
    void strengthAndInfluenceRanges() {
        system.getRelationships().get(0).setStrength(9);
        onlyProblem(InnoscapeValidator.RELATIONSHIP_STRENGTH_RANGE);
        system.getRelationships().get(0).setStrength(5);
        Actor actor = system.getActors().get(0);
        actor.setInfluence(-1);
        onlyProblem(InnoscapeValidator.INFLUENCE_RANGE);
    }

    @Test
    void budgetMustNotBeNegativeOrReversed() {
        Budget budget = initiative.getBudget();
        budget.setAmount(new BigDecimal("-1"));
        onlyProblem(InnoscapeValidator.BUDGET_NEGATIVE);
        budget.setAmount(new BigDecimal("9000000"));
        onlyProblem(InnoscapeValidator.BUDGET_RANGE_REVERSED);
        budget.setUpperAmount(null);
        budget.setCurrency("pounds");
        onlyProblem(InnoscapeValidator.BUDGET_CURRENCY);
    }

    @Test
    void fundingRecipientsOnlyWhenFundingIsOffered() {
        initiative.setOffersFunding(Tristate.NO);
        onlyProblem(InnoscapeValidator.FUNDING_RECIPIENTS_WITHOUT_FUNDING);
        initiative.setFundingRecipients(FundingRecipients.NONE);
        assertEquals(List.of(), problems());
        initiative.setOffersFunding(Tristate.YES);
        onlyProblem(InnoscapeValidator.FUNDING_WITHOUT_RECIPIENTS);
    }

    @Test
    void sourceReferencesNameADocument() {
        system.getActors().get(0).getSources().get(0).setDocument(null);
        onlyProblem(InnoscapeValidator.SOURCE_DOCUMENT_REQUIRED);
    }

    @Test
    void recommendationNumbersArePositive() {
        system.getRecommendations().get(0).setNumber(0);
        onlyProblem(InnoscapeValidator.RECOMMENDATION_NUMBER);
    }

    @Test
    void missingIdIsReported() {
        Actor actor = InnoscapeFactory.eINSTANCE.createActor();
        actor.setName("No id");
        system.getActors().add(actor);
        onlyProblem(InnoscapeValidator.ID_REQUIRED);
    }
}
