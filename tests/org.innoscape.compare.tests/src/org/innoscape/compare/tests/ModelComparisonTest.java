package org.innoscape.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.alignment.StageCoverageRule;
import org.innoscape.compare.Comparison;
import org.innoscape.compare.ElementChange;
import org.innoscape.compare.FeatureChange;
import org.innoscape.compare.ModelComparison;
import org.innoscape.compare.ModelDifference;
import org.innoscape.compare.ModelText;
import org.innoscape.compare.report.ComparisonFormat;
import org.innoscape.model.Actor;
import org.innoscape.model.InitiativeStatus;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PathwayStage;
import org.innoscape.model.PolicyInitiative;
import org.junit.jupiter.api.Test;

class ModelComparisonTest {

    @Test
    void aModelComparedWithItselfHasNoDifference() {
        ModelDifference difference = ModelComparison.compare(Examples.england(), Examples.england());
        assertTrue(difference.isEmpty(), difference.toString());
    }

    @Test
    void changesAreMatchedByIdAndSaidInWords() {
        InnovationSystem before = Examples.england();
        InnovationSystem after = Examples.england();
        PolicyInitiative initiative = after.getInitiatives().get(0);
        String oldName = initiative.getName();
        initiative.setName("Renamed programme");
        initiative.setStatus(InitiativeStatus.CONCLUDED);
        Actor added = after.getActors().get(after.getActors().size() - 1);
        initiative.getOwners().add(added);
        Actor removedOwner = initiative.getOwners().get(0);
        initiative.getOwners().remove(removedOwner);

        ModelDifference difference = ModelComparison.compare(before, after);

        assertTrue(difference.added().isEmpty() && difference.removed().isEmpty(), "a rename is a change, not a removal: " + difference);
        assertEquals(1, difference.changed().size(), difference.toString());
        ElementChange change = difference.changed().get(0);
        assertEquals(initiative.getId(), change.element().id());
        List<String> sentences = change.changes().stream().map(FeatureChange::sentence).toList();
        assertTrue(sentences.contains("name changed from '" + oldName + "' to 'Renamed programme'"), sentences.toString());
        assertTrue(sentences.stream().anyMatch(s -> s.startsWith("status ") && s.endsWith("'concluded'")), sentences.toString());
        String owners = sentences.stream().filter(s -> s.startsWith("owners:")).findFirst().orElseThrow();
        assertTrue(owners.contains("added '" + added.getName() + "'") && owners.contains("removed '" + removedOwner.getName() + "'"), owners);
    }

    @Test
    void addedAndRemovedElementsAreListedAndAReorderingIsNoChange() {
        InnovationSystem before = Examples.england();
        InnovationSystem after = Examples.england();
        Actor newcomer = InnoscapeFactory.eINSTANCE.createActor();
        newcomer.setId("new-actor");
        newcomer.setName("New body");
        after.getActors().add(newcomer);
        PolicyInitiative gone = after.getInitiatives().remove(3);
        after.getActors().move(0, after.getActors().size() - 2);
        PolicyInitiative withStages = after.getInitiatives().stream().filter(i -> i.getStagesSupported().size() > 1).findFirst().orElseThrow();
        withStages.getStagesSupported().move(0, withStages.getStagesSupported().size() - 1);

        ModelDifference difference = ModelComparison.compare(before, after);

        assertEquals(List.of("new-actor"), difference.added().stream().map(e -> e.id()).toList());
        assertTrue(difference.removed().stream().anyMatch(e -> e.id().equals(gone.getId())), difference.toString());
        assertTrue(difference.changed().stream().noneMatch(c -> c.element().id().equals(withStages.getId())), difference.toString());
    }

    @Test
    void aGapThatOpensIsAFindingThatAppearsAndTheLandscapeCountsMove() {
        InnovationSystem before = Examples.england();
        InnovationSystem after = Examples.england();
        PathwayStage stage = after.getStages().get(0);
        long supporting = after.getInitiatives().stream().filter(i -> i.getStagesSupported().contains(stage)).count();
        after.getInitiatives().forEach(i -> i.getStagesSupported().remove(stage));

        Comparison comparison = Comparison.of("old", before, "new", after, List.of(new StageCoverageRule()), new NullProgressMonitor());

        assertTrue(comparison.findings().appeared().stream().anyMatch(f -> f.message().contains(stage.getName())),
                comparison.findings().toString());
        assertTrue(comparison.findings().disappeared().isEmpty(), comparison.findings().toString());
        var row = comparison.landscape().sections().stream().filter(s -> s.key().equals("stages")).findFirst().orElseThrow().rows().stream()
                .filter(r -> r.label().equals(stage.getName())).findFirst().orElseThrow();
        assertEquals(supporting, row.before());
        assertEquals(0, row.after());

        String text = write(comparison, ComparisonFormat.TEXT);
        assertTrue(text.contains("appeared: No current initiative supports the stage '" + stage.getName() + "'"), text);
        assertTrue(text.contains(stage.getName() + ": " + supporting + " -> 0"), text);
    }

    @Test
    void everyFormatCarriesTheChangesAndNamesAreDataNotMarkup() {
        InnovationSystem before = Examples.england();
        InnovationSystem after = Examples.england();
        after.getActors().get(0).setName("<script>alert(1)</script> *bold* | pipe");
        Comparison comparison = Comparison.of("old", before, "new", after, List.of(), new NullProgressMonitor());

        String html = write(comparison, ComparisonFormat.HTML);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        String markdown = write(comparison, ComparisonFormat.MARKDOWN);
        assertTrue(markdown.contains("\\*bold\\*") && markdown.contains("\\|"), markdown);
        JsonObject json = JsonParser.parseString(write(comparison, ComparisonFormat.JSON)).getAsJsonObject();
        assertEquals(1, json.getAsJsonArray("changed").size());
        assertEquals(before.getActors().get(0).getId(), json.getAsJsonArray("changed").get(0).getAsJsonObject().get("id").getAsString());
        assertTrue(json.getAsJsonArray("landscape").size() > 3);
    }

    @Test
    void textconvPrintsOneSortedLinePerElementSoALineDiffShowsTheChange() {
        InnovationSystem model = Examples.england();
        StringWriter before = new StringWriter();
        ModelText.write(model, new PrintWriter(before));
        model.getInitiatives().add(0, model.getInitiatives().remove(5));
        model.getActors().get(2).setDescription("Line one\nline two");
        StringWriter after = new StringWriter();
        ModelText.write(model, new PrintWriter(after));

        List<String> old = before.toString().lines().toList();
        List<String> current = after.toString().lines().toList();
        assertEquals(old.size(), current.size());
        long differing = java.util.stream.IntStream.range(0, old.size()).filter(i -> !old.get(i).equals(current.get(i))).count();
        assertEquals(1, differing, "only the edited actor's line differs, whatever the order in the file");
        assertTrue(current.stream().anyMatch(l -> l.contains("Line one line two")));
    }

    private static String write(Comparison comparison, ComparisonFormat format) {
        StringWriter text = new StringWriter();
        format.write(comparison, new PrintWriter(text));
        return text.toString();
    }
}
