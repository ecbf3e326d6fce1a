package org.innoscape.model.tests;

import java.math.BigDecimal;

import org.innoscape.model.Actor;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.ActivityType;
import org.innoscape.model.Budget;
import org.innoscape.model.Focus;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.IndicatorCategory;
import org.innoscape.model.InitiativeStatus;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.InstrumentType;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.SourceDocument;
import org.innoscape.model.TimeFrame;
import org.innoscape.model.Tristate;
import org.innoscape.model.build.DefaultTemplate;
import org.innoscape.model.build.InnovationSystemBuilder;

/** Small models that use every part of the metamodel, for the model tests. */
final class SampleModels {

    private SampleModels() {
    }

    static InnovationSystem complete() {
        InnovationSystemBuilder b = new InnovationSystemBuilder("sample", "Sample system");
        InnovationSystem system = b.system();
        system.setJurisdiction("England");
        system.setSnapshotDate("2021-05");
        system.setDescription("A sample with every kind of element; <quotes> & \"ampersands\" survive.");
        DefaultTemplate.addTo(b);
        SourceDocument blog = b.document("blog", "Mapping the landscape", "000_blog.txt");
        Actor nhsx = InnovationSystemBuilder.cite(b.actor("nhsx", "NHSX", ActorKind.ARMS_LENGTH_BODY, ActorLevel.NATIONAL), blog, "list");
        nhsx.setAcronym("NHSX");
        nhsx.setInfluence(4);
        nhsx.getGoals().add("digital productivity");
        Actor ahsn = b.actor("ahsn", "AHSN Network", ActorKind.NETWORK, ActorLevel.NATIONAL);
        Actor yh = b.actor("yh", "Yorkshire and Humber AHSN", ActorKind.NETWORK, ActorLevel.REGIONAL);
        yh.getMemberOf().add(ahsn);
        b.relationship("funds", nhsx, RelationshipKind.FUNDS, ahsn).setStrength(3);
        b.get(org.innoscape.model.StakeholderGroup.class, "adopters").getMembers().add(yh);
        b.get(org.innoscape.model.Driver.class, "skills").getSubFactors();
        b.subFactor(b.get(org.innoscape.model.Driver.class, "skills"), "social", "Social skills");

        PolicyInitiative dpp = b.initiative("dpp", "Digital Productivity Programme");
        dpp.getOwners().add(nhsx);
        dpp.getPartners().add(ahsn);
        dpp.getActivityTypes().add(ActivityType.FUNDING);
        dpp.getActivityTypes().add(ActivityType.EVALUATION_AND_EVIDENCE);
        dpp.setInstrumentType(InstrumentType.GRANTS_FOR_BUSINESS_RND_AND_INNOVATION);
        dpp.setFocus(Focus.BOTH);
        dpp.setProductivityFocus(Tristate.YES);
        dpp.setOffersFunding(Tristate.YES);
        dpp.setFundingRecipients(FundingRecipients.BOTH);
        dpp.getStagesSupported().add(b.get(org.innoscape.model.PathwayStage.class, "adoption"));
        dpp.getDriversAddressed().add(b.get(org.innoscape.model.Driver.class, "funding"));
        dpp.getTargetGroups().add(b.get(org.innoscape.model.StakeholderGroup.class, "adopters"));
        dpp.setTechnologyArea("digital");
        Budget budget = InnoscapeFactory.eINSTANCE.createBudget();
        budget.setAmount(new BigDecimal("5000000"));
        budget.setUpperAmount(new BigDecimal("7500000.50"));
        budget.setCurrency("GBP");
        budget.setPeriod("5 years");
        dpp.setBudget(budget);
        dpp.setStatus(InitiativeStatus.ACTIVE);
        dpp.setStartDate("2020");
        dpp.setEndDate("2021-03-31");
        dpp.setEvaluated(Tristate.UNKNOWN);
        dpp.setRapidEvaluation(Tristate.NO);
        var indicator = b.indicator("uptake", "Uptake of innovations", IndicatorCategory.OUTCOME);
        indicator.setGroup("Adoption and diffusion");
        indicator.setStage(b.get(org.innoscape.model.PathwayStage.class, "spread"));
        dpp.getIndicators().add(indicator);
        var recommendation = b.recommendation("r1", 1, "Recommendation 1", "Fund adopters.");
        recommendation.setDriver(b.get(org.innoscape.model.Driver.class, "funding"));
        recommendation.getAddressedActors().add(nhsx);
        recommendation.setTimeFrame(TimeFrame.SHORT);
        recommendation.getImplementingInitiatives().add(dpp);
        return system;
    }
}
