package org.innoscape.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.innoscape.io.ImportProblem;
import org.innoscape.io.ImportResult;
import org.innoscape.io.RegisterImporter;
import org.innoscape.io.RegisterReader;
import org.innoscape.model.Actor;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.ModelElement;
import org.innoscape.model.PathwaySide;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Property;
import org.innoscape.model.Relationship;
import org.innoscape.model.SourceDocument;
import org.innoscape.model.SourceReference;
import org.innoscape.model.build.DefaultTemplate;
import org.innoscape.model.persistence.ElementIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the importer finds what a row means (an element by its register id, not by a name that looks
 * like one; a reference by the id an earlier import gave it, by some of its words, or created), what it
 * leaves alone (another document's citations, a model's own jurisdiction, a second row with a repeated
 * id) and that one importer used again starts afresh. Written against mutants PIT found surviving.
 */
class ImporterReferencesTest {
    @TempDir
    Path folder;

    private Path write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static ImportResult importInto(InnovationSystem model, Path... files) {
        return RegisterRoundTripTest.importInto(model, List.of(files), true);
    }

    private static <T extends ModelElement> T named(List<T> elements, String name) {
        return elements.stream().filter(e -> name.equals(e.getName())).findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }

    private static Actor actor(InnovationSystem model, String id, String name, String registerId) {
        Actor actor = InnoscapeFactory.eINSTANCE.createActor();
        actor.setId(id);
        actor.setName(name);
        actor.setExternalId(registerId);
        model.getActors().add(actor);
        return actor;
    }

    @Test
    void oneImporterUsedAgainStartsAfreshEveryTime() throws Exception {
        RegisterImporter importer = new RegisterImporter(new RegisterImporter.Options(true));
        InnovationSystem original = DefaultTemplate.create("Again");
        ImportResult refused = importer.apply(original, RegisterReader.readAll(List.of(write("bad/initiatives.csv", "id,name\nP1,\n"))));
        assertFalse(refused.succeeded());

        List<Path> registers = List.of(write("actors.csv", "id,name,kind\nA1,Network,network\nA2,Funder,research funder\n"),
                write("relationships.csv", "source,target,kind\nA2,A1,funds\n"));
        ImportResult first = importer.apply(original, RegisterReader.readAll(registers));
        ImportResult second = importer.apply(original, RegisterReader.readAll(registers));
        for (ImportResult result : List.of(first, second)) {
            assertEquals(List.of(), result.problems(), "nothing of the refused import is carried over");
            assertEquals(3, result.created(), "two actors and a relationship, each time");
            assertEquals(0, result.updated());
            assertEquals(1, result.model().getRelationships().size());
            Relationship funds = result.model().getRelationships().get(0);
            assertSame(named(result.model().getActors(), "Funder"), funds.getSource(), "in the model imported into, not an earlier copy");
        }
        assertTrue(original.getActors().isEmpty() && original.getRelationships().isEmpty(), "the original is never changed");
    }

    @Test
    void aRowIsFoundByItsRegisterIdNeverByANameThatLooksLikeOne() throws Exception {
        InnovationSystem model = DefaultTemplate.create("Ids");
        Actor registered = actor(model, "x-1", "Network", "N-1");
        Actor namedLikeAnId = actor(model, "x-2", "N-2", null);
        ImportResult result = importInto(model, write("actors.csv", "id,name,kind\nN-1,Network renamed,network\nN-2,Other body,charity\n"));
        assertTrue(result.succeeded(), result.problems().toString());
        assertEquals(1, result.updated());
        assertEquals(1, result.created());
        InnovationSystem imported = result.model();
        assertEquals("Network renamed", named(imported.getActors(), "Network renamed").getName());
        assertEquals(registered.getId(), named(imported.getActors(), "Network renamed").getId(), "the actor with register id N-1");
        assertEquals(namedLikeAnId.getId(), named(imported.getActors(), "N-2").getId(), "an actor merely named N-2 is left alone");
        assertEquals("N-2", named(imported.getActors(), "Other body").getExternalId());
    }

    @Test
    void referencesFindTheElementsAnEarlierImportCreatedEvenRenamedAndNameSomeByTheirWords() throws Exception {
        InnovationSystem model = DefaultTemplate.create("References");
        Path initiatives = write("initiatives.csv", """
                id,name,owner,stages,drivers,target_groups
                P1,One,New Body,New stage,New driver,New group
                """);
        ImportResult first = importInto(model, initiatives);
        assertTrue(first.succeeded(), first.problems().toString());
        PolicyInitiative one = named(first.model().getInitiatives(), "One");
        Actor owner = one.getOwners().get(0);
        assertEquals("New Body", owner.getName());
        assertEquals(ElementIds.stableId("register/actor/New Body"), owner.getId(), "a created reference has an id derived from its text");
        assertEquals("New stage", one.getStagesSupported().get(0).getName());
        assertEquals(PathwaySide.CROSS_CUTTING, one.getStagesSupported().get(0).getSide(), "a created stage is on neither side");
        assertEquals("New driver", one.getDriversAddressed().get(0).getName());
        assertEquals("New group", one.getTargetGroups().get(0).getName());
        assertEquals(5, first.created(), "the initiative and the four it refers to");

        // Renamed in the model since: the same register still means the same elements.
        InnovationSystem edited = first.model();
        owner.setName("Renamed body");
        one.getStagesSupported().get(0).setName("Renamed stage");
        one.getDriversAddressed().get(0).setName("Renamed driver");
        one.getTargetGroups().get(0).setName("Renamed group");
        ImportResult again = importInto(edited, initiatives);
        assertTrue(again.succeeded(), again.problems().toString());
        assertEquals(0, again.created(), again.problems().toString());
        PolicyInitiative reimported = named(again.model().getInitiatives(), "One");
        assertEquals("Renamed body", reimported.getOwners().get(0).getName());
        assertEquals("Renamed stage", reimported.getStagesSupported().get(0).getName());
        assertEquals("Renamed driver", reimported.getDriversAddressed().get(0).getName());
        assertEquals("Renamed group", reimported.getTargetGroups().get(0).getName());

        // Some of an element's words name it, with a warning saying which it was taken as.
        ImportResult partly = importInto(again.model(), write("more/initiatives.csv",
                "id,name,owner,stages,drivers,target_groups\nP2,Two,Body renamed,Stage renamed,,Group renamed\n"));
        assertTrue(partly.succeeded(), partly.problems().toString());
        assertEquals(1, partly.created(), "only the initiative: " + partly.problems());
        PolicyInitiative two = named(partly.model().getInitiatives(), "Two");
        assertEquals("Renamed body", two.getOwners().get(0).getName());
        assertEquals("Renamed stage", two.getStagesSupported().get(0).getName());
        assertEquals("Renamed group", two.getTargetGroups().get(0).getName());
        assertTrue(partly.problems().stream().anyMatch(p -> !p.fatal() && p.reason().startsWith("taken as 'Renamed body'")), partly.problems()
                .toString());
    }

    @Test
    void initiativesAndRelationshipsCiteTheirRegisterKeepOtherCitationsAndTheirExtraColumns() throws Exception {
        InnovationSystem model = DefaultTemplate.create("Citations");
        SourceDocument report = InnoscapeFactory.eINSTANCE.createSourceDocument();
        report.setId("report");
        report.setName("A report");
        model.getDocuments().add(report);
        Actor network = actor(model, "a-1", "Network", "A1");
        SourceReference fromReport = InnoscapeFactory.eINSTANCE.createSourceReference();
        fromReport.setDocument(report);
        network.getSources().add(fromReport);
        actor(model, "a-2", "Funder", "A2");

        ImportResult result = importInto(model, write("actors.csv", "id,name,kind\nA1,Network,network\n"),
                write("initiatives.csv", "id,name,source\nP1,One,p. 4\n"),
                write("relationships.csv", "source,target,kind,id,note\nA2,A1,funds,,yearly\nA1,A2,advises,R-9,\n"));
        assertTrue(result.succeeded(), result.problems().toString());
        InnovationSystem imported = result.model();
        Actor cited = named(imported.getActors(), "Network");
        assertEquals(List.of("A report", "Imported register actors.csv"), cited.getSources().stream().map(s -> s.getDocument().getName()).toList(),
                "the report's citation is kept beside the register's");
        SourceReference initiativeSource = named(imported.getInitiatives(), "One").getSources().get(0);
        assertEquals("Imported register initiatives.csv", initiativeSource.getDocument().getName());
        assertEquals("row 2", initiativeSource.getSection());
        assertEquals("p. 4", initiativeSource.getNote());

        Map<String, Relationship> byKind = imported.getRelationships().stream().collect(Collectors.toMap(r -> r.getKind().getName(), r -> r));
        Relationship funds = byKind.get("FUNDS");
        assertNull(funds.getExternalId(), "a row without an id gives no register id");
        assertEquals(Map.of("note", "yearly"), funds.getProperties().stream().collect(Collectors.toMap(Property::getKey, Property::getValue)));
        assertEquals("Imported register relationships.csv", funds.getSources().get(0).getDocument().getName());
        assertEquals("R-9", byKind.get("ADVISES").getExternalId());
        assertTrue(byKind.get("ADVISES").getProperties().isEmpty(), "an empty extra cell is no property");

        ImportResult changed = importInto(imported, write("again/relationships.csv", "source,target,kind,note\nA2,A1,funds,monthly\n"));
        assertTrue(changed.succeeded(), changed.problems().toString());
        Relationship updated = changed.model().getRelationships().stream().filter(r -> r.getKind().getName().equals("FUNDS")).findFirst()
                .orElseThrow();
        assertEquals("monthly", updated.getProperties().get(0).getValue(), "a changed extra cell updates its property");
        assertEquals(1, updated.getProperties().size());
    }

    /** A name or acronym two actors share is not taken blindly: the first is, with a warning naming both (session 29's pass). */
    @Test
    void anOwnerNamingTwoActorsIsSaidWithBoth() throws Exception {
        Path actors = write("actors.csv", "id,name,kind,acronym\nA1,Alpha Agency,regulator,AB\nA2,Beta Board,regulator,AB\n");
        Path initiatives = write("initiatives.csv", "id,name,owner\nP1,One,AB\nP2,Two,A2\n");
        ImportResult result = importInto(DefaultTemplate.create("Alike"), actors, initiatives);
        assertTrue(result.succeeded(), result.problems().toString());
        List<ImportProblem> warnings = result.problems().stream().filter(p -> "owner".equals(p.column())).toList();
        assertEquals(1, warnings.size(), "only the row naming both: " + warnings);
        assertEquals(initiatives + ", row 2, column owner, value 'AB': names 2 actors (A1 'Alpha Agency', A2 'Beta Board'); the first is "
                + "taken: give the id of the one meant (warning)", warnings.get(0).toString());
        assertEquals("Beta Board", named(result.model().getInitiatives(), "Two").getOwners().get(0).getName());
    }

    /** A membership of itself is left out with a warning, not without a word (session 29's pass). */
    @Test
    void anActorListedAsAMemberOfItselfIsSaid() throws Exception {
        Path actors = write("self.csv", "id,name,kind,member_of\nC4,Self,network,C4\n");
        ImportResult result = importInto(DefaultTemplate.create("Self"), actors);
        assertTrue(result.succeeded(), result.problems().toString());
        assertEquals(List.of("an actor is not a member of itself; left out"), result.problems().stream()
                .filter(p -> "member_of".equals(p.column())).map(ImportProblem::reason).toList());
        assertTrue(named(result.model().getActors(), "Self").getMemberOf().isEmpty());
    }

    /** A row that names no recipients, refused for the model's own: said as that, with what to write (session 29's pass). */
    @Test
    void recipientsKeptFromTheModelAreNamedWhenTheRowStopsOfferingFunding() throws Exception {
        ImportResult first = importInto(DefaultTemplate.create("Funding"), write("a.csv",
                "id,name,offers_funding,funding_recipients\nP1,One,yes,innovators\n"));
        InnovationSystem model = first.model();
        ImportResult again = RegisterRoundTripTest.importInto(model, List.of(write("b.csv", "id,name,offers_funding,funding_recipients\nP1,One,no,\n")),
                true);
        assertEquals(List.of("offers_funding is no, but the model already gives this initiative's funding recipients (innovators), which an "
                + "empty cell keeps: write none"), again.fatalProblems().stream().map(ImportProblem::reason).toList());
        assertTrue(RegisterRoundTripTest.importInto(model, List.of(write("c.csv", "id,name,offers_funding,funding_recipients\nP1,One,no,none\n")),
                true).succeeded(), "none is accepted");
    }

    @Test
    void aBudgetEmptiedInTheRegisterIsNoLongerStated() throws Exception {
        ImportResult first = importInto(DefaultTemplate.create("Budgets"), write("initiatives.csv", "id,name,budget\nP1,One,100000\n"));
        assertNotNull(first.model().getInitiatives().get(0).getBudget());
        ImportResult emptied = importInto(first.model(), write("again/initiatives.csv", "id,name,budget\nP1,One,\n"));
        assertTrue(emptied.succeeded(), emptied.problems().toString());
        assertNull(emptied.model().getInitiatives().get(0).getBudget(), "an empty cell means not stated");
    }

    @Test
    void aRelationshipWithItsOwnIdIsOneRelationshipWhateverItsKindBecomes() throws Exception {
        InnovationSystem model = DefaultTemplate.create("Own ids");
        actor(model, "a-1", "Network", "A1");
        actor(model, "a-2", "Funder", "A2");
        ImportResult first = importInto(model, write("relationships.csv", "id,source,target,kind\nR-1,A2,A1,funds\n"));
        ImportResult second = importInto(first.model(), write("again/relationships.csv", "id,source,target,kind\nR-1,A2,A1,advises\n"));
        assertTrue(second.succeeded(), second.problems().toString());
        assertEquals(List.of("ADVISES"), second.model().getRelationships().stream().map(r -> r.getKind().getName()).toList());
        assertEquals(0, second.created());
        assertEquals(1, second.updated());
        assertEquals(first.model().getRelationships().get(0).getId(), second.model().getRelationships().get(0).getId());
    }

    @Test
    void aRowThatIsRefusedIsNotAppliedEvenInPlace() throws Exception {
        InnovationSystem model = DefaultTemplate.create("In place");
        ImportResult result = new RegisterImporter(new RegisterImporter.Options(true)).applyInPlace(model,
                RegisterReader.readAll(List.of(write("initiatives.csv", "id,name\nP1,First\nP1,Second\nP2,\n"))));
        assertFalse(result.succeeded());
        assertEquals(List.of("First"), model.getInitiatives().stream().map(ModelElement::getName).toList(),
                "the repeated id and the row without a name are not applied");
    }

    @Test
    void aModelsOwnJurisdictionIsKeptAndAStipExportsOwnColumnsAreNoExtraColumns() throws Exception {
        InnovationSystem model = DefaultTemplate.create("Jurisdiction");
        model.setJurisdiction("Scotland");
        Path export = write("STIP-Data-Flatcsv.csv", StipCompassImportTest.HEADER
                + "101|GBR|United Kingdom|Small Business Research Initiative|procurement|0|1|1|0|Innovation vouchers|20M-50M|1\n");
        ImportResult result = importInto(model, export);
        assertTrue(result.succeeded(), result.problems().toString());
        assertEquals("Scotland", result.model().getJurisdiction());
        assertTrue(result.problems().stream().noneMatch(p -> p.reason().contains("not a column") || p.reason().contains("kept as the property")),
                result.problems().toString());

        InnovationSystem blank = DefaultTemplate.create("Blank");
        blank.setJurisdiction(" ");
        assertEquals("United Kingdom", importInto(blank, export).model().getJurisdiction(), "a blank jurisdiction is none");

        ImportResult emptyHeader = importInto(DefaultTemplate.create("Empty header"), write("empty/initiatives.csv", "id,name,\nP1,One,\n"));
        assertTrue(emptyHeader.succeeded(), emptyHeader.problems().toString());
        assertEquals(List.of(), emptyHeader.problems(), "a column without a header is no extra column");
    }
}
