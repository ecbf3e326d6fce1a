package org.innoscape.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.innoscape.diagram.view.HoverCards;
import org.innoscape.examples.EnglandHealthInnovation2021;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Relationship;
import org.junit.jupiter.api.Test;

/** The cards shown when the pointer rests on a node or an edge. */
class HoverCardsTest {
    private final InnovationSystem model = EnglandHealthInnovation2021.build();

    @Test
    void anInitiativesCardNamesItsOwnersAndStagesAndStartsItsDescription() {
        PolicyInitiative initiative = model.getInitiatives().stream()
                .filter(i -> !i.getOwners().isEmpty() && !i.getStagesSupported().isEmpty() && i.getDescription() != null).findFirst()
                .orElseThrow();
        String card = HoverCards.of(initiative);
        String[] lines = card.split("\n");
        assertEquals("Initiative: " + initiative.getName(), lines[0]);
        assertTrue(lines[1].startsWith(initiative.getDescription().substring(0, Math.min(40, initiative.getDescription().length()))), card);
        assertTrue(card.contains("Owners: " + initiative.getOwners().get(0).getName()), card);
        assertTrue(card.contains("Stages supported: " + initiative.getStagesSupported().get(0).getName()), card);
        assertTrue(card.lines().allMatch(l -> l.length() <= 400), "short lines: " + card);
    }

    @Test
    void aRelationshipsCardSaysWhoDoesWhatToWhomAndWhy() {
        Relationship relationship = model.getRelationships().get(0);
        String card = HoverCards.of(relationship);
        assertTrue(card.startsWith("Relationship: " + relationship.getSource().getName() + " funds " + relationship.getTarget().getName()),
                card);
        assertTrue(card.contains(relationship.getEvidence()), card);
    }

    @Test
    void nothingThatIsNotAnElementHasACard() {
        assertEquals("", HoverCards.of(null));
        assertEquals("", HoverCards.of(model), "the model behind the lane of the unplaced has no card");
    }
}
