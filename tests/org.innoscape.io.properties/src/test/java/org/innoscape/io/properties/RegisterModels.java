package org.innoscape.io.properties;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.innoscape.model.Actor;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.Budget;
import org.innoscape.model.Focus;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.InitiativeStatus;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Property;
import org.innoscape.model.Relationship;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.Tristate;
import org.innoscape.model.build.DefaultTemplate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitrary models whose every register value can be written to a register: text is stripped and not
 * blank (registers trim cells), dates are ordered, and no initiative names funding recipients while
 * offering no funding (the importer refuses that, rightly).
 */
final class RegisterModels {
    private static final InnoscapeFactory FACTORY = InnoscapeFactory.eINSTANCE;

    private RegisterModels() {
    }

    /** Register text: any printable characters including quotes, commas, semicolons, formula starts and non-Latin letters. */
    static Arbitrary<String> text() {
        return Arbitraries.strings().withChars("abcXYZ 019,;\"'=+-@|¬\t\néßлд中文").ofMinLength(1).ofMaxLength(30)
                .map(String::strip).filter(s -> !s.isEmpty());
    }

    static Arbitrary<String> optionalText() {
        return text().injectNull(0.3);
    }

    static Arbitrary<InnovationSystem> models() {
        Arbitrary<List<ActorSpec>> actors = actor().list().ofMinSize(1).ofMaxSize(8);
        Arbitrary<List<InitiativeSpec>> initiatives = initiative().list().ofMaxSize(8);
        Arbitrary<List<int[]>> relationships = Arbitraries.integers().between(0, 63).array(int[].class).ofSize(3).list().ofMaxSize(10);
        return Combinators.combine(actors, initiatives, relationships).as(RegisterModels::build);
    }

    record ActorSpec(String name, ActorKind kind, ActorLevel level, String description, String region) {
    }

    record InitiativeSpec(String name, String description, int owners, int stages, int drivers, Focus focus, Tristate offersFunding,
            FundingRecipients recipients, BigDecimal budget, int startYear, int years, InitiativeStatus status, Tristate evaluated,
            String note) {
    }

    private static Arbitrary<ActorSpec> actor() {
        return Combinators.combine(text(), Arbitraries.of(ActorKind.class), Arbitraries.of(ActorLevel.class).filter(l -> l.getValue() != 0),
                optionalText(), optionalText()).as(ActorSpec::new);
    }

    private static Arbitrary<InitiativeSpec> initiative() {
        Arbitrary<BigDecimal> budget = Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("1000000000")).ofScale(2).injectNull(0.4);
        List<Arbitrary<Object>> parts = List.of(text().asGeneric(), optionalText().asGeneric(), Arbitraries.integers().between(0, 255).asGeneric(),
                Arbitraries.integers().between(0, 255).asGeneric(), Arbitraries.integers().between(0, 63).asGeneric(),
                Arbitraries.of(Focus.class).asGeneric(), Arbitraries.of(Tristate.class).asGeneric(), Arbitraries.of(FundingRecipients.class).asGeneric(),
                budget.asGeneric(), Arbitraries.integers().between(1990, 2040).asGeneric(), Arbitraries.integers().between(-1, 10).asGeneric(),
                Arbitraries.of(InitiativeStatus.class).asGeneric(), Arbitraries.of(Tristate.class).asGeneric(), optionalText().asGeneric());
        return Combinators.combine(parts)
                .as(v -> new InitiativeSpec((String) v.get(0), (String) v.get(1), (Integer) v.get(2), (Integer) v.get(3), (Integer) v.get(4),
                        (Focus) v.get(5), (Tristate) v.get(6), (FundingRecipients) v.get(7), (BigDecimal) v.get(8), (Integer) v.get(9),
                        (Integer) v.get(10), (InitiativeStatus) v.get(11), (Tristate) v.get(12), (String) v.get(13)));
    }

    private static InnovationSystem build(List<ActorSpec> actorSpecs, List<InitiativeSpec> initiativeSpecs, List<int[]> relationshipSpecs) {
        InnovationSystem model = DefaultTemplate.create("Arbitrary");
        for (ActorSpec spec : actorSpecs) {
            Actor actor = FACTORY.createActor();
            actor.setId(UUID.randomUUID().toString());
            actor.setName(spec.name());
            actor.setKind(spec.kind());
            actor.setLevel(spec.level());
            actor.setDescription(spec.description());
            property(actor.getProperties(), "region", spec.region());
            model.getActors().add(actor);
        }
        List<Actor> actors = model.getActors();
        for (InitiativeSpec spec : initiativeSpecs) {
            PolicyInitiative p = FACTORY.createPolicyInitiative();
            p.setId(UUID.randomUUID().toString());
            p.setName(spec.name());
            p.setDescription(spec.description());
            p.getOwners().addAll(pick(actors, spec.owners()));
            p.getStagesSupported().addAll(pick(model.getStages(), spec.stages()));
            p.getDriversAddressed().addAll(pick(model.getDrivers(), spec.drivers()));
            p.setFocus(spec.focus());
            p.setOffersFunding(spec.offersFunding());
            boolean names = spec.recipients() != FundingRecipients.UNKNOWN && spec.recipients() != FundingRecipients.NONE;
            p.setFundingRecipients(spec.offersFunding() == Tristate.NO && names ? FundingRecipients.NONE : spec.recipients());
            if (spec.budget() != null) {
                Budget budget = FACTORY.createBudget();
                budget.setAmount(spec.budget());
                budget.setCurrency("GBP");
                p.setBudget(budget);
            }
            if (spec.years() >= 0) {
                p.setStartDate(Integer.toString(spec.startYear()));
                p.setEndDate(Integer.toString(spec.startYear() + spec.years()));
            }
            p.setStatus(spec.status());
            p.setEvaluated(spec.evaluated());
            property(p.getProperties(), "note", spec.note());
            model.getInitiatives().add(p);
        }
        Set<String> seen = new HashSet<>();
        for (int[] spec : relationshipSpecs) {
            Actor source = actors.get(spec[0] % actors.size());
            Actor target = actors.get(spec[1] % actors.size());
            RelationshipKind kind = RelationshipKind.VALUES.get(spec[2] % RelationshipKind.VALUES.size());
            if (source == target || !seen.add(source.getId() + kind + target.getId())) {
                continue;
            }
            Relationship relationship = FACTORY.createRelationship();
            relationship.setId(UUID.randomUUID().toString());
            relationship.setSource(source);
            relationship.setTarget(target);
            relationship.setKind(kind);
            model.getRelationships().add(relationship);
        }
        return model;
    }

    /** The elements whose bit is set in {@code mask}. */
    private static <T> List<T> pick(List<T> all, int mask) {
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < all.size() && i < 8; i++) {
            if ((mask & (1 << i)) != 0) {
                picked.add(all.get(i));
            }
        }
        return picked;
    }

    private static void property(List<Property> properties, String key, String value) {
        if (value != null) {
            Property property = FACTORY.createProperty();
            property.setKey(key);
            property.setValue(value);
            properties.add(property);
        }
    }
}
