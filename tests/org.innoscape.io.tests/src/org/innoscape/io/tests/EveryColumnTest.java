package org.innoscape.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.innoscape.io.ImportResult;
import org.innoscape.io.RegisterExporter;
import org.innoscape.model.ActivityType;
import org.innoscape.model.Actor;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.Budget;
import org.innoscape.model.Focus;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.InitiativeStatus;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.InstrumentType;
import org.innoscape.model.ModelElement;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Relationship;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.Tristate;
import org.innoscape.model.build.DefaultTemplate;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every column of every register reaches its attribute: a model with every register field set is
 * exported and imported into a fresh template, and each field compared; then an edited register
 * updates the same elements. Written against the importer's mutants that PIT found surviving (a
 * setter dropped, a list not cleared, a citation not replaced).
 */
class EveryColumnTest {
    private static final List<String> ACTOR_FIELDS = List.of("name", "description", "kind", "level", "acronym", "memberOf");
    private static final List<String> INITIATIVE_FIELDS = List.of("name", "description", "owners", "partners", "activityTypes",
            "instrumentType", "focus", "productivityFocus", "offersFunding", "fundingRecipients", "stagesSupported", "driversAddressed",
            "targetGroups", "technologyArea", "status", "startDate", "endDate", "evaluated", "rapidEvaluation");
    private static final List<String> RELATIONSHIP_FIELDS = List.of("source", "target", "kind", "strength", "evidence");

    @TempDir
    Path folder;

    private static InnovationSystem everythingSet() {
        InnovationSystemBuilder b = new InnovationSystemBuilder("every-column", "Every column");
        DefaultTemplate.addTo(b);
        Actor funder = b.actor("funder", "Funder Agency", ActorKind.RESEARCH_FUNDER, ActorLevel.NATIONAL);
        funder.setAcronym("FA");
        funder.setDescription("Funds research and adoption.");
        Actor network = b.actor("network", "Regional Network", ActorKind.NETWORK, ActorLevel.REGIONAL);
        network.getMemberOf().add(funder);
        Actor provider = b.actor("provider", "City Hospital", ActorKind.HEALTHCARE_PROVIDER, ActorLevel.LOCAL);
        PolicyInitiative p = b.initiative("p1", "Adoption fund");
        p.setDescription("Money and support for adopters.");
        p.getOwners().add(funder);
        p.getPartners().addAll(List.of(network, provider));
        p.getActivityTypes().addAll(List.of(ActivityType.FUNDING, ActivityType.TRAINING_AND_SKILLS));
        p.setInstrumentType(InstrumentType.CORPORATE_TAX_RELIEF);
        p.setFocus(Focus.BOTH);
        p.setProductivityFocus(Tristate.YES);
        p.setOffersFunding(Tristate.YES);
        p.setFundingRecipients(FundingRecipients.ADOPTERS);
        p.getStagesSupported().addAll(b.system().getStages().subList(3, 5));
        p.getDriversAddressed().add(b.system().getDrivers().get(0));
        p.getTargetGroups().add(b.system().getStakeholderGroups().get(1));
        p.setTechnologyArea("Digital");
        Budget budget = InnoscapeFactory.eINSTANCE.createBudget();
        budget.setAmount(new BigDecimal("1000000"));
        budget.setUpperAmount(new BigDecimal("2500000"));
        budget.setCurrency("EUR");
        budget.setPeriod("per year");
        p.setBudget(budget);
        p.setStartDate("2019-04");
        p.setEndDate("2023");
        p.setStatus(InitiativeStatus.CONCLUDED);
        p.setEvaluated(Tristate.NO);
        p.setRapidEvaluation(Tristate.YES);
        Relationship funds = b.relationship("r1", funder, RelationshipKind.FUNDS, network);
        funds.setStrength(4);
        funds.setEvidence("£2m a year.");
        b.relationship("r2", network, RelationshipKind.BROKERS, provider);
        return b.system();
    }

    @Test
    void everyFieldSurvivesExportAndImport() throws Exception {
        InnovationSystem original = everythingSet();
        List<Path> files = RegisterExporter.writeCsv(original, folder.resolve("registers"));
        ImportResult result = RegisterRoundTripTest.importInto(DefaultTemplate.create("Imported"), files, false);
        assertTrue(result.succeeded(), result.problems().toString());
        InnovationSystem imported = result.model();

        for (Actor actor : original.getActors()) {
            assertSame(actor, find(imported.getActors(), actor.getName()), ACTOR_FIELDS);
        }
        PolicyInitiative p = original.getInitiatives().get(0);
        PolicyInitiative q = find(imported.getInitiatives(), p.getName());
        assertSame(p, q, INITIATIVE_FIELDS);
        assertEquals(0, p.getBudget().getAmount().compareTo(q.getBudget().getAmount()), "amount");
        assertEquals(0, p.getBudget().getUpperAmount().compareTo(q.getBudget().getUpperAmount()), "upper amount");
        assertEquals("EUR", q.getBudget().getCurrency());
        assertEquals("per year", q.getBudget().getPeriod());
        assertEquals(original.getRelationships().size(), imported.getRelationships().size());
        for (Relationship relationship : original.getRelationships()) {
            Relationship match = imported.getRelationships().stream()
                    .filter(r -> r.getSource().getName().equals(relationship.getSource().getName()) && r.getKind() == relationship.getKind())
                    .findFirst().orElseThrow();
            assertSame(relationship, match, RELATIONSHIP_FIELDS);
        }
        // Each element cites the register it came from, with its row.
        Actor funder = find(imported.getActors(), "Funder Agency");
        assertEquals(1, funder.getSources().size());
        assertEquals("Imported register actors.csv", funder.getSources().get(0).getDocument().getName());
        assertEquals("actors.csv", funder.getSources().get(0).getDocument().getFileName());
        assertTrue(funder.getSources().get(0).getSection().startsWith("row "), funder.getSources().get(0).getSection());
        assertEquals(1, imported.getDocuments().stream().filter(d -> "actors.csv".equals(d.getFileName())).count());
        assertEquals(6, result.created(), "three actors, one initiative, two relationships");
    }

    @Test
    void anEditedRegisterUpdatesTheSameElementsAndReplacesTheirCitation() throws Exception {
        Path registers = folder.resolve("registers");
        List<Path> files = RegisterExporter.writeCsv(everythingSet(), registers);
        InnovationSystem model = RegisterRoundTripTest.importInto(DefaultTemplate.create("Imported"), files, false).model();
        int actors = model.getActors().size();
        int relationships = model.getRelationships().size();

        Path actorsCsv = registers.resolve("actors.csv");
        Files.writeString(actorsCsv, Files.readString(actorsCsv).replace("Regional Network", "Regional Health Network")
                .replace("Funds research and adoption.", ""));
        Path initiativesCsv = registers.resolve("initiatives.csv");
        String initiatives = Files.readString(initiativesCsv);
        Files.writeString(initiativesCsv, initiatives.replace("Digital", "").replace("Regional Network", "Regional Health Network"));
        Path relationshipsCsv = registers.resolve("relationships.csv");
        Files.writeString(relationshipsCsv, Files.readString(relationshipsCsv).replace("Regional Network", "Regional Health Network")
                .replace("£2m a year.", "£3m a year."));

        ImportResult again = RegisterRoundTripTest.importInto(model, files, false);
        assertTrue(again.succeeded(), again.problems().toString());
        model = again.model();
        assertEquals(actors, model.getActors().size(), "updated, not added");
        assertEquals(relationships, model.getRelationships().size(), "relationships updated in place");
        assertEquals(0, again.created());
        assertEquals(6, again.updated() + again.unchanged(), "every element of the registers found again");
        assertEquals(4, again.updated(), "two actors, the initiative and one relationship edited; the rest unchanged");
        Actor network = find(model.getActors(), "Regional Health Network");
        assertEquals(List.of("Funder Agency"), network.getMemberOf().stream().map(Actor::getName).toList());
        assertEquals(null, find(model.getActors(), "Funder Agency").getDescription(), "an emptied cell empties the field");
        PolicyInitiative p = model.getInitiatives().get(0);
        assertEquals(null, p.getTechnologyArea());
        assertEquals(List.of("Regional Health Network", "City Hospital"), p.getPartners().stream().map(Actor::getName).toList(),
                "the partner list is replaced, not added to");
        Relationship funds = model.getRelationships().stream().filter(r -> r.getKind() == RelationshipKind.FUNDS).findFirst().orElseThrow();
        assertEquals("£3m a year.", funds.getEvidence());
        assertEquals(1, funds.getSources().size(), "the citation of the register is replaced, not repeated");
        assertEquals(1, model.getDocuments().stream().filter(d -> "relationships.csv".equals(d.getFileName())).count());
    }

    @Test
    void aSecondImportByTheSameImporterReplacesEveryListAndForgetsTheFirstModel() throws Exception {
        Path first = folder.resolve("first");
        Files.createDirectories(first);
        Files.writeString(first.resolve("actors.csv"), """
                id,name,kind,level,member_of
                A1,Funder Agency,research-funder,national,
                A2,Regional Network,network,regional,A1
                A3,City Hospital,healthcare-provider,local,A1; A2
                """);
        Files.writeString(first.resolve("initiatives.csv"), """
                id,name,owner,partners,activity_types,stages,drivers,target_groups
                P1,Adoption fund,A1; A2,A2; A3,funding; training & skills,adoption; spread and scale-up,funding and commissioning,adopters; innovators
                """);
        org.innoscape.io.RegisterImporter importer = new org.innoscape.io.RegisterImporter(new org.innoscape.io.RegisterImporter.Options(false));
        ImportResult once = importer.apply(DefaultTemplate.create("Lists"),
                org.innoscape.io.RegisterReader.readAll(List.of(first.resolve("actors.csv"), first.resolve("initiatives.csv"))));
        assertTrue(once.succeeded(), once.problems().toString());

        Path second = folder.resolve("second");
        Files.createDirectories(second);
        Files.writeString(second.resolve("actors.csv"), """
                id,name,kind,level,member_of
                A3,City Hospital,healthcare-provider,local,A2
                """);
        Files.writeString(second.resolve("initiatives.csv"), """
                id,name,owner,partners,activity_types,stages,drivers,target_groups
                P1,Adoption fund,A3,A1,evaluation & evidence,adoption,,
                """);
        ImportResult twice = importer.apply(once.model(),
                org.innoscape.io.RegisterReader.readAll(List.of(second.resolve("actors.csv"), second.resolve("initiatives.csv"))));
        assertTrue(twice.succeeded(), twice.problems().toString());
        assertEquals(0, twice.created(), "the same importer counts afresh: nothing new in the second registers");
        assertEquals(2, twice.updated());
        InnovationSystem model = twice.model();
        assertEquals(List.of("Regional Network"), find(model.getActors(), "City Hospital").getMemberOf().stream().map(Actor::getName).toList());
        PolicyInitiative p = find(model.getInitiatives(), "Adoption fund");
        assertEquals(List.of("City Hospital"), p.getOwners().stream().map(Actor::getName).toList());
        assertEquals(List.of("Funder Agency"), p.getPartners().stream().map(Actor::getName).toList());
        assertEquals(List.of(ActivityType.EVALUATION_AND_EVIDENCE), List.copyOf(p.getActivityTypes()));
        assertEquals(List.of("Adoption"), p.getStagesSupported().stream().map(ModelElement::getName).toList());
        assertTrue(p.getDriversAddressed().isEmpty(), "an emptied cell empties the list");
        assertTrue(p.getTargetGroups().isEmpty());
        assertTrue(twice.problems().isEmpty(), "the first import's problems are not reported again: " + twice.problems());
    }

    private static <T extends ModelElement> T find(List<T> elements, String name) {
        return elements.stream().filter(e -> name.equals(e.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no element named " + name));
    }

    /** Each field equal; references compared by the names of what they point to. */
    private static void assertSame(EObject expected, EObject actual, List<String> fields) {
        assertNotNull(actual);
        for (String field : fields) {
            EStructuralFeature feature = expected.eClass().getEStructuralFeature(field);
            assertNotNull(feature, field);
            Object want = expected.eGet(feature);
            Object got = actual.eGet(feature);
            assertEquals(comparable(want), comparable(got), expected.eClass().getName() + "." + field);
        }
    }

    private static Object comparable(Object value) {
        if (value instanceof ModelElement element) {
            return element.getName();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(EveryColumnTest::comparable).toList();
        }
        return value;
    }
}
