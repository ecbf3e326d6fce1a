package org.innoscape.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.innoscape.diagram.types.StakeholderNetworkType;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.NodeSearch;
import org.innoscape.diagram.view.ViewNode;
import org.innoscape.model.Actor;
import org.junit.jupiter.api.Test;

/** The diagram's Find box: which nodes the words typed point to, and in which order Enter visits them. */
class NodeSearchTest {
    private final DiagramFixture fixture = new DiagramFixture();

    @Test
    void everyWordMustMatchWhateverTheCaseAccentsAndOrder() {
        Actor actor = fixture.system.getActors().get(0);
        actor.setName("Réseau d'Évaluation Rapide");
        DiagramView view = fixture.view(fixture.newLaidOutDiagram(StakeholderNetworkType.ID));
        List<ViewNode> found = NodeSearch.matches(view, "  rapide EVALUATION ");
        assertEquals(List.of(view.nodesOf(actor).get(0)), found);
        assertEquals(List.of(), NodeSearch.matches(view, "evaluation nowhere"), "every word must match");
        assertEquals(List.of(), NodeSearch.matches(view, "   "), "no words, no matches");
    }

    @Test
    void matchesAreInReadingOrderAndAcronymsCount() {
        DiagramView view = fixture.view(fixture.newLaidOutDiagram(StakeholderNetworkType.ID));
        List<ViewNode> nhs = NodeSearch.matches(view, "nhs");
        assertTrue(nhs.size() > 3, "several NHS bodies: " + nhs.size());
        for (int i = 1; i < nhs.size(); i++) {
            ViewNode before = nhs.get(i - 1);
            ViewNode after = nhs.get(i);
            assertTrue(before.bounds().y() < after.bounds().y()
                    || before.bounds().y() == after.bounds().y() && before.bounds().x() <= after.bounds().x(), "top to bottom, left to right");
        }
        Actor withAcronym = fixture.system.getActors().stream().filter(a -> a.getAcronym() != null && !a.getAcronym().isBlank())
                .findFirst().orElseThrow();
        withAcronym.setAcronym("ZQXJ");
        DiagramView again = fixture.view(fixture.system.getDiagrams().get(fixture.system.getDiagrams().size() - 1));
        assertEquals(again.nodesOf(withAcronym), NodeSearch.matches(again, "zqxj"));
    }
}
