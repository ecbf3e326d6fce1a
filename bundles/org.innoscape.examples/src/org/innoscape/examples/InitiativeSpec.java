package org.innoscape.examples;

import java.math.BigDecimal;

import org.innoscape.model.ActivityType;
import org.innoscape.model.Actor;
import org.innoscape.model.Budget;
import org.innoscape.model.Driver;
import org.innoscape.model.Focus;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.Indicator;
import org.innoscape.model.InitiativeStatus;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InstrumentType;
import org.innoscape.model.PathwayStage;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.SourceDocument;
import org.innoscape.model.StakeholderGroup;
import org.innoscape.model.Tristate;
import org.innoscape.model.build.InnovationSystemBuilder;

/** Fills in one initiative of the example in a readable chain; elements are looked up by key. */
final class InitiativeSpec {
    private final InnovationSystemBuilder b;
    private final PolicyInitiative initiative;

    InitiativeSpec(InnovationSystemBuilder b, String key, String name, SourceDocument document, String section, String description) {
        this.b = b;
        this.initiative = InnovationSystemBuilder.cite(b.initiative(key, name), document, section);
        initiative.setDescription(description);
    }

    PolicyInitiative initiative() {
        return initiative;
    }

    InitiativeSpec acronym(String acronym) {
        initiative.setAcronym(acronym);
        return this;
    }

    InitiativeSpec also(SourceDocument document, String section) {
        InnovationSystemBuilder.cite(initiative, document, section);
        return this;
    }

    /** A fact worked out from the sources rather than printed in them. */
    InitiativeSpec derived(SourceDocument document, String section, String note) {
        DerivedCitation.add(initiative, document, section, note);
        return this;
    }

    InitiativeSpec owners(String... keys) {
        for (String key : keys) {
            initiative.getOwners().add(b.get(Actor.class, key));
        }
        return this;
    }

    InitiativeSpec partners(String... keys) {
        for (String key : keys) {
            initiative.getPartners().add(b.get(Actor.class, key));
        }
        return this;
    }

    InitiativeSpec stages(String... keys) {
        for (String key : keys) {
            initiative.getStagesSupported().add(b.get(PathwayStage.class, key));
        }
        return this;
    }

    InitiativeSpec drivers(String... keys) {
        for (String key : keys) {
            initiative.getDriversAddressed().add(b.get(Driver.class, key));
        }
        return this;
    }

    InitiativeSpec targets(String... keys) {
        for (String key : keys) {
            initiative.getTargetGroups().add(b.get(StakeholderGroup.class, key));
        }
        return this;
    }

    InitiativeSpec measures(String... keys) {
        for (String key : keys) {
            initiative.getIndicators().add(b.get(Indicator.class, key));
        }
        return this;
    }

    InitiativeSpec activities(ActivityType... types) {
        initiative.getActivityTypes().addAll(java.util.List.of(types));
        return this;
    }

    InitiativeSpec instrument(InstrumentType type) {
        initiative.setInstrumentType(type);
        return this;
    }

    InitiativeSpec supportsInnovation(Tristate value) {
        initiative.setSupportsInnovation(value);
        return this;
    }

    InitiativeSpec funding(Tristate offered, FundingRecipients recipients) {
        initiative.setOffersFunding(offered);
        initiative.setFundingRecipients(recipients);
        return this;
    }

    InitiativeSpec focus(Focus focus) {
        initiative.setFocus(focus);
        return this;
    }

    InitiativeSpec productivity(Tristate value) {
        initiative.setProductivityFocus(value);
        return this;
    }

    InitiativeSpec status(InitiativeStatus status) {
        initiative.setStatus(status);
        return this;
    }

    InitiativeSpec dates(String start, String end) {
        initiative.setStartDate(start);
        initiative.setEndDate(end);
        return this;
    }

    InitiativeSpec budget(String amount, String upperAmount, String period) {
        Budget budget = InnoscapeFactory.eINSTANCE.createBudget();
        budget.setAmount(amount == null ? null : new BigDecimal(amount));
        budget.setUpperAmount(upperAmount == null ? null : new BigDecimal(upperAmount));
        budget.setCurrency("GBP");
        budget.setPeriod(period);
        initiative.setBudget(budget);
        return this;
    }

    InitiativeSpec evaluated(Tristate value) {
        initiative.setEvaluated(value);
        return this;
    }

    InitiativeSpec rapidEvaluation(Tristate value) {
        initiative.setRapidEvaluation(value);
        return this;
    }

    InitiativeSpec technology(String area) {
        initiative.setTechnologyArea(area);
        return this;
    }
}
