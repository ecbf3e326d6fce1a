package org.innoscape.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.innoscape.io.ImportProblem;
import org.innoscape.io.ImportResult;
import org.innoscape.model.ActorKind;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Relationship;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.build.DefaultTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edges of the importer that the round trips do not reach: how many extra columns are warned about one
 * by one, a kind left empty on re-import, open-ended budgets, self-relationships, a relationship found by
 * its own id after its kind changed, properties and citation notes emptied. Written against mutants PIT
 * found surviving.
 */
class ImporterEdgesTest {
    @TempDir
    Path folder;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text);
    }

    private static ImportResult importInto(InnovationSystem model, Path... files) {
        return RegisterRoundTripTest.importInto(model, List.of(files), true);
    }

    private static List<ImportProblem> warningsAbout(ImportResult result, String text) {
        return result.problems().stream().filter(p -> !p.fatal() && p.reason().contains(text)).toList();
    }

    @Test
    void upToFiveExtraColumnsAreWarnedOneByOneAndMoreInOneLine() throws Exception {
        ImportResult five = importInto(DefaultTemplate.create("Five"), write("five.csv", "id,name,a,b,c,d,e\nP1,One,1,2,3,4,5\n"));
        assertEquals(5, warningsAbout(five, "its values are kept as the property").size(), five.problems().toString());
        ImportResult seven = importInto(DefaultTemplate.create("Seven"), write("seven.csv", "id,name,a,b,c,d,e,f,g\nP1,One,1,2,3,4,5,6,7\n"));
        List<ImportProblem> summary = warningsAbout(seven, "columns are not columns of the initiatives register");
        assertEquals(1, summary.size(), seven.problems().toString());
        assertTrue(summary.get(0).reason().startsWith("7 columns"), summary.get(0).reason());
        assertTrue(summary.get(0).reason().endsWith("a, b, c, d, e and 2 more"), summary.get(0).reason());
        assertTrue(warningsAbout(seven, "its values are kept as the property").isEmpty());
    }

    @Test
    void anActorsKindLeftEmptyOnReimportIsKeptAndANewActorWithoutOneIsOther() throws Exception {
        ImportResult first = importInto(DefaultTemplate.create("Kinds"), write("actors.csv", "id,name,kind\nA1,Network,network\nA2,Nobody,\n"));
        assertTrue(first.succeeded(), first.problems().toString());
        assertEquals(ActorKind.OTHER, first.model().getActors().stream().filter(a -> "Nobody".equals(a.getName())).findFirst().orElseThrow().getKind());
        ImportResult again = importInto(first.model(), write("actors.csv", "id,name,kind\nA1,Network renamed,\n"));
        assertEquals(ActorKind.NETWORK, again.model().getActors().stream().filter(a -> "Network renamed".equals(a.getName()))
                .findFirst().orElseThrow().getKind(), "an empty cell does not reset the kind");
    }

    @Test
    void budgetsMayBeRangesOrOpenEnded() throws Exception {
        ImportResult result = importInto(DefaultTemplate.create("Budgets"), write("initiatives.csv", """
                id,name,budget,currency,budget_period
                P1,Capped,"up to 5,000,000",eur,per year
                P2,Range,1000000 - 2000000,,
                P3,None,,,
                """));
        assertTrue(result.succeeded(), result.problems().toString());
        List<PolicyInitiative> initiatives = result.model().getInitiatives();
        assertNull(initiatives.get(0).getBudget().getAmount());
        assertEquals(0, new BigDecimal("5000000").compareTo(initiatives.get(0).getBudget().getUpperAmount()));
        assertEquals("EUR", initiatives.get(0).getBudget().getCurrency());
        assertEquals("per year", initiatives.get(0).getBudget().getPeriod());
        assertEquals(0, new BigDecimal("1000000").compareTo(initiatives.get(1).getBudget().getAmount()));
        assertEquals(0, new BigDecimal("2000000").compareTo(initiatives.get(1).getBudget().getUpperAmount()));
        assertEquals("GBP", initiatives.get(1).getBudget().getCurrency(), "the default currency");
        assertNull(initiatives.get(1).getBudget().getPeriod());
        assertNull(initiatives.get(2).getBudget());
        ImportResult badCurrency = importInto(DefaultTemplate.create("Budgets"), write("bad.csv", "id,name,budget,currency\nP1,X,100,pounds\n"));
        assertFalse(badCurrency.succeeded());
        assertEquals("currency", badCurrency.fatalProblems().get(0).column());
    }

    @Test
    void anActorCannotRelateToItselfAndARowWithoutANameIsRefused() throws Exception {
        Path actors = write("actors.csv", "id,name,kind\nA1,Funder,\nA2,,\n");
        Path relationships = write("relationships.csv", "source,target,kind\nA1,A1,funds\n");
        ImportResult result = importInto(DefaultTemplate.create("Self"), actors, relationships);
        assertFalse(result.succeeded());
        assertTrue(result.fatalProblems().stream().anyMatch(p -> p.reason().equals("an actor cannot relate to itself")),
                result.problems().toString());
        assertTrue(result.fatalProblems().stream().anyMatch(p -> "name".equals(p.column()) && p.reason().equals("a value is required")),
                result.problems().toString());
    }

    @Test
    void aRelationshipWithItsOwnIdIsUpdatedWhenItsKindChanges() throws Exception {
        Path actors = write("actors.csv", "id,name,kind\nA1,Funder,\nA2,Network,\n");
        ImportResult first = importInto(DefaultTemplate.create("Own id"), actors,
                write("relationships.csv", "id,source,target,kind,description,source_ref\nR1,A1,A2,funds,Money.,p. 4\n"));
        assertTrue(first.succeeded(), first.problems().toString());
        Relationship before = first.model().getRelationships().get(0);
        assertEquals("p. 4", before.getSources().get(0).getNote(), "the source_ref cell is the citation's note");
        ImportResult again = importInto(first.model(), actors,
                write("relationships.csv", "id,source,target,kind,description,source_ref\nR1,A1,A2,advises,,\n"));
        assertTrue(again.succeeded(), again.problems().toString());
        assertEquals(1, again.model().getRelationships().size(), "the same relationship, now of another kind");
        Relationship after = again.model().getRelationships().get(0);
        assertEquals(RelationshipKind.ADVISES, after.getKind());
        assertEquals(before.getId(), after.getId());
        assertNull(after.getEvidence());
        assertEquals(1, after.getSources().size());
        assertNull(after.getSources().get(0).getNote(), "an empty source_ref leaves no note");

        // A row without an id is matched by its ends and kind instead.
        ImportResult byEnds = importInto(again.model(), actors, write("relationships.csv", "source,target,kind,strength\nA1,A2,advises,5\n"));
        assertEquals(1, byEnds.model().getRelationships().size());
        assertEquals(5, byEnds.model().getRelationships().get(0).getStrength());
        assertSame(null, byEnds.model().getRelationships().get(0).getEvidence());
    }

    @Test
    void anEmptiedExtraCellRemovesThePropertyAndAnUnknownStageCountsAsCreated() throws Exception {
        ImportResult first = importInto(DefaultTemplate.create("Properties"), write("initiatives.csv", "id,name,theme,stages\nP1,One,Digital,Moonshot\n"));
        assertTrue(first.succeeded(), first.problems().toString());
        assertEquals(2, first.created(), "the initiative and the stage it named");
        assertEquals("Digital", first.model().getInitiatives().get(0).getProperties().stream()
                .filter(p -> "theme".equalsIgnoreCase(p.getKey())).findFirst().orElseThrow().getValue());
        ImportResult again = importInto(first.model(), write("initiatives.csv", "id,name,theme,stages\nP1,One,,Moonshot\n"));
        assertTrue(again.model().getInitiatives().get(0).getProperties().stream().noneMatch(p -> "theme".equalsIgnoreCase(p.getKey())),
                "an empty cell removes the property");
        assertEquals(0, again.created());
    }
}
