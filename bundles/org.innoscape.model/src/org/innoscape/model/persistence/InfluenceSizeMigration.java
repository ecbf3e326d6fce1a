package org.innoscape.model.persistence;

import org.innoscape.model.Actor;
import org.innoscape.model.AppearanceChannel;
import org.innoscape.model.Diagram;
import org.innoscape.model.DiagramNode;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.NodeAppearance;

/**
 * Model version 1 to 2. Up to version 1 a stakeholder network sized an actor by its influence only
 * when the node was first placed (100 + 15 x influence wide, influence 1 to 5); from version 2 the size
 * by influence is an appearance of the diagram, drawn over the node's own size. So each stakeholder
 * network gets that appearance, and actor nodes whose stored size is still the one version 1 gave them
 * take the plain size back (around their centre), lest influence be counted twice. Sizes a user chose
 * are kept.
 */
final class InfluenceSizeMigration implements ModelMigrations.Step {
    /** The diagram type and mapping as the diagram bundle names them (the model bundle cannot see it). */
    static final String STAKEHOLDER_NETWORK = "org.innoscape.diagram.stakeholderNetwork";
    static final String ACTOR_MAPPING = "actor";
    static final int PLAIN_WIDTH = 130;
    static final int PLAIN_HEIGHT = 52;

    @Override
    public int from() {
        return 1;
    }

    @Override
    public void migrate(InnovationSystem system) {
        for (Diagram diagram : system.getDiagrams()) {
            if (!STAKEHOLDER_NETWORK.equals(diagram.getType()) || !diagram.getAppearances().isEmpty()) {
                continue;
            }
            NodeAppearance bySize = InnoscapeFactory.eINSTANCE.createNodeAppearance();
            bySize.setMapping(ACTOR_MAPPING);
            bySize.setChannel(AppearanceChannel.SIZE);
            bySize.setSource("influence");
            diagram.getAppearances().add(bySize);
            for (DiagramNode node : diagram.getNodes()) {
                if (ACTOR_MAPPING.equals(node.getMapping()) && node.getElement() instanceof Actor actor && sizedByVersion1(node, actor)) {
                    node.setX(node.getX() + (node.getWidth() - PLAIN_WIDTH) / 2);
                    node.setY(node.getY() + (node.getHeight() - PLAIN_HEIGHT) / 2);
                    node.setWidth(PLAIN_WIDTH);
                    node.setHeight(PLAIN_HEIGHT);
                }
            }
        }
    }

    private static boolean sizedByVersion1(DiagramNode node, Actor actor) {
        int influence = actor.getInfluence() == null ? 2 : Math.max(1, Math.min(5, actor.getInfluence()));
        return node.getWidth() == 100 + 15 * influence && node.getHeight() == 40 + 6 * influence;
    }
}
