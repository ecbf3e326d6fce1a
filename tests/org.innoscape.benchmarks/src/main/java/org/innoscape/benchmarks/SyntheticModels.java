package org.innoscape.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.innoscape.model.ActivityType;
import org.innoscape.model.Actor;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.Budget;
import org.innoscape.model.Driver;
import org.innoscape.model.Focus;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.InitiativeStatus;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PathwayStage;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.StakeholderGroup;
import org.innoscape.model.Tristate;
import org.innoscape.model.build.DefaultTemplate;
import org.innoscape.model.build.InnovationSystemBuilder;

/**
 * Generates large, realistic-looking models for benchmarks: actors of every kind, a sparse
 * relationship network, and initiatives with owners, stages, drivers, groups, dates and budgets.
 * The same seed always gives the same model.
 */
public final class SyntheticModels {
    private static final String[] WORDS = {"digital", "adoption", "spread", "evaluation", "innovation", "primary care",
            "diagnostics", "workforce", "skills", "funding", "network", "regional", "patients", "data", "productivity",
            "procurement", "evidence", "testing", "medtech", "mental health"};

    private SyntheticModels() {
    }

    /**
     * A model of about {@code elements} elements: 20 % actors, 40 % relationships, 40 % initiatives
     * (each initiative also holds a budget, counted with it).
     */
    public static InnovationSystem generate(int elements, long seed) {
        int actorCount = Math.max(2, elements / 5);
        int relationshipCount = elements * 2 / 5;
        return generate(elements, seed, actorCount, relationshipCount, elements - actorCount - relationshipCount);
    }

    /** A model with exactly these numbers of actors, relationships and initiatives. */
    public static InnovationSystem generate(int elements, long seed, int actorCount, int relationshipCount, int initiativeCount) {
        Random random = new Random(seed);
        InnovationSystemBuilder b = new InnovationSystemBuilder("synthetic-" + seed + "-" + elements, "Synthetic " + elements);
        DefaultTemplate.addTo(b);
        InnovationSystem system = b.system();

        ActorKind[] kinds = ActorKind.VALUES.toArray(ActorKind[]::new);
        ActorLevel[] levels = ActorLevel.VALUES.toArray(ActorLevel[]::new);
        List<Actor> actors = new ArrayList<>(actorCount);
        for (int i = 0; i < actorCount; i++) {
            Actor actor = b.actor("a" + i, "Actor " + i + " " + WORDS[random.nextInt(WORDS.length)], kinds[random.nextInt(kinds.length)],
                    levels[random.nextInt(levels.length)]);
            actor.setInfluence(random.nextInt(11));
            actors.add(actor);
        }
        RelationshipKind[] relationKinds = RelationshipKind.VALUES.toArray(RelationshipKind[]::new);
        for (int i = 0; i < relationshipCount; i++) {
            Actor source = actors.get(random.nextInt(actorCount));
            Actor target = actors.get(random.nextInt(actorCount));
            if (source == target) {
                target = actors.get((actors.indexOf(source) + 1) % actorCount);
            }
            b.relationship("r" + i, source, relationKinds[random.nextInt(relationKinds.length)], target).setStrength(1 + random.nextInt(5));
        }
        List<PathwayStage> stages = system.getStages();
        List<Driver> drivers = system.getDrivers();
        List<StakeholderGroup> groups = system.getStakeholderGroups();
        for (int i = 0; i < initiativeCount; i++) {
            PolicyInitiative initiative = b.initiative("i" + i, "Programme " + i + " for " + WORDS[random.nextInt(WORDS.length)]);
            initiative.setDescription("Supports " + WORDS[random.nextInt(WORDS.length)] + " and " + WORDS[random.nextInt(WORDS.length)]
                    + " across the " + WORDS[random.nextInt(WORDS.length)] + " pathway.");
            initiative.getOwners().add(actors.get(random.nextInt(actorCount)));
            initiative.getStagesSupported().add(stages.get(random.nextInt(stages.size())));
            initiative.getDriversAddressed().add(drivers.get(random.nextInt(drivers.size())));
            initiative.getTargetGroups().add(groups.get(random.nextInt(groups.size())));
            initiative.getActivityTypes().add(ActivityType.VALUES.get(random.nextInt(ActivityType.VALUES.size())));
            initiative.setFocus(Focus.VALUES.get(random.nextInt(Focus.VALUES.size())));
            boolean funds = random.nextBoolean();
            initiative.setOffersFunding(funds ? Tristate.YES : Tristate.NO);
            initiative.setFundingRecipients(funds ? FundingRecipients.INNOVATORS : FundingRecipients.NONE);
            initiative.setStatus(InitiativeStatus.ACTIVE);
            int start = 2010 + random.nextInt(10);
            initiative.setStartDate(Integer.toString(start));
            initiative.setEndDate(start + 1 + random.nextInt(5) + "-03");
            Budget budget = InnoscapeFactory.eINSTANCE.createBudget();
            budget.setAmount(BigDecimal.valueOf(100_000L * (1 + random.nextInt(500))));
            budget.setCurrency("GBP");
            initiative.setBudget(budget);
        }
        return system;
    }
}
