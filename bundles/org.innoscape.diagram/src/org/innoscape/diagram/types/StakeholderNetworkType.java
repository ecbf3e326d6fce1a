package org.innoscape.diagram.types;

import static org.innoscape.diagram.description.Descriptions.between;
import static org.innoscape.diagram.description.Descriptions.diagram;
import static org.innoscape.diagram.description.Descriptions.edgeTool;
import static org.innoscape.diagram.description.Descriptions.elementEdges;
import static org.innoscape.diagram.description.Descriptions.layer;
import static org.innoscape.diagram.description.Descriptions.nodeMapping;
import static org.innoscape.diagram.description.Descriptions.nodeTool;
import static org.innoscape.diagram.description.Descriptions.relationEdges;
import static org.innoscape.diagram.description.Descriptions.rule;

import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.innoscape.diagram.DiagramTypeProvider;
import org.innoscape.diagram.description.Arrangement;
import org.innoscape.diagram.description.ArrowHead;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.description.EdgeStyle;
import org.innoscape.diagram.description.ElementCondition;
import org.innoscape.diagram.description.ElementEdgeMapping;
import org.innoscape.diagram.description.LineStyle;
import org.innoscape.diagram.description.NodeMapping;
import org.innoscape.diagram.description.NodeShape;
import org.innoscape.diagram.description.NodeStyle;
import org.innoscape.diagram.description.RelationEdgeMapping;
import org.innoscape.diagram.description.Rgb;
import org.innoscape.model.Actor;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Relationship;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.values.Wording;

/**
 * Stakeholder network: actors styled by kind and level and sized by influence; relationships as
 * edges styled by kind; membership as dotted links. An optional layer shows initiatives linking
 * their owners to the groups they target.
 */
public final class StakeholderNetworkType implements DiagramTypeProvider {
    public static final String ID = "org.innoscape.diagram.stakeholderNetwork";
    public static final String ACTOR = "actor";
    public static final String INITIATIVE = "initiative";
    public static final String GROUP = "group";
    public static final String RELATIONSHIP = "relationship";
    public static final String MEMBER_OF = "memberOf";
    public static final String INITIATIVES_LAYER = "initiatives";
    private static final InnoscapePackage PKG = InnoscapePackage.eINSTANCE;

    @Override
    public DiagramDescription create() {
        DiagramDescription d = diagram(ID, "Stakeholder network",
                "Actors and their relationships; influence shown by size.", Arrangement.FREE);
        d.getLayers().add(layer(INITIATIVES_LAYER, "Initiatives linking owners to target groups", true, false));

        NodeMapping actor = nodeMapping(ACTOR, PKG.getActor(), element -> InnoscapeStyles.actor((Actor) element));
        actor.setLabel("Actor");
        actor.setCandidates(root -> Queries.system(root).getActors());
        actor.setLabelText(e -> Queries.shortName(e, ((Actor) e).getAcronym()));
        actor.setLabelFeature(PKG.getModelElement_Name());
        actor.setInitialSizeSource(PKG.getActor_Influence().getName());

        NodeMapping initiative = nodeMapping(INITIATIVE, PKG.getPolicyInitiative(),
                InnoscapeStyles.initiative(Rgb.hex("#fff7bc")).withShape(NodeShape.ROUNDED));
        initiative.setLabel("Initiative");
        initiative.setLayer(INITIATIVES_LAYER);
        initiative.setSynchronizedWithModel(true);
        initiative.setCandidates(Queries::initiatives);
        initiative.setPrecondition(e -> !((PolicyInitiative) e).getOwners().isEmpty()
                && !((PolicyInitiative) e).getTargetGroups().isEmpty());
        initiative.setLabelText(e -> Queries.shortName(e, ((PolicyInitiative) e).getAcronym()));
        initiative.setLabelFeature(PKG.getModelElement_Name());

        NodeMapping group = nodeMapping(GROUP, PKG.getStakeholderGroup(),
                NodeStyle.of(NodeShape.ELLIPSE, Rgb.hex("#e5f5e0"), Rgb.hex("#31a354")).withSize(140, 56));
        group.setLabel("Target group");
        group.setLayer(INITIATIVES_LAYER);
        group.setSynchronizedWithModel(true);
        group.setCandidates(root -> Queries.system(root).getStakeholderGroups());
        group.setPrecondition(g -> Queries.initiatives(g).stream().anyMatch(i -> i.getTargetGroups().contains(g)));
        group.setLabelText(e -> Queries.shortName(e, null));
        group.setLabelFeature(PKG.getModelElement_Name());
        d.getNodeMappings().addAll(List.of(actor, initiative, group));

        ElementEdgeMapping relationships = relationshipEdges(actor);
        RelationEdgeMapping memberOf = between(relationEdges(MEMBER_OF, PKG.getActor_MemberOf(),
                new EdgeStyle(Rgb.hex("#888888"), 1, LineStyle.DOT, ArrowHead.NONE, ArrowHead.DIAMOND)),
                List.of(actor), List.of(actor));
        memberOf.setLabel("Member of");
        RelationEdgeMapping owns = between(relationEdges("owns", PKG.getPolicyInitiative_Owners(),
                new EdgeStyle(Rgb.hex("#b8860b"), 1, LineStyle.DASH, ArrowHead.CLOSED, ArrowHead.NONE)),
                List.of(initiative), List.of(actor));
        owns.setLabel("Run by");
        owns.setLayer(INITIATIVES_LAYER);
        RelationEdgeMapping targets = between(relationEdges("targets", PKG.getPolicyInitiative_TargetGroups(),
                new EdgeStyle(Rgb.hex("#31a354"), 1, LineStyle.DASH, ArrowHead.NONE, ArrowHead.OPEN)),
                List.of(initiative), List.of(group));
        targets.setLabel("Targets");
        targets.setLayer(INITIATIVES_LAYER);
        d.getEdgeMappings().addAll(List.of(relationships, memberOf, owns, targets));

        d.getNodeTools().add(nodeTool("actor", "Actor", actor, Creations::actor));
        d.getEdgeTools().add(edgeTool("relationship", "Relationship", relationships,
                (source, target) -> source instanceof Actor && target instanceof Actor, Creations::relationship));
        d.getEdgeTools().add(edgeTool("memberOf", "Member of", memberOf,
                (source, target) -> source instanceof Actor a && target instanceof Actor b && a != b
                        && !a.getMemberOf().contains(b),
                (domain, system, source, target) -> AddCommand.create(domain, source, PKG.getActor_MemberOf(), target)));
        return d;
    }

    private static ElementEdgeMapping relationshipEdges(NodeMapping actor) {
        ElementEdgeMapping mapping = between(elementEdges(RELATIONSHIP, PKG.getRelationship(),
                PKG.getRelationship_Source(), PKG.getRelationship_Target(), EdgeStyle.of(Rgb.hex("#666666"))),
                List.of(actor), List.of(actor));
        mapping.setLabel("Relationship");
        mapping.setCandidates(root -> Queries.system(root).getRelationships());
        mapping.setLabelText(e -> kindLabel(((Relationship) e).getKind()));
        mapping.getStyleRules().addAll(List.of(
                rule("funds", kind(RelationshipKind.FUNDS), EdgeStyle.of(Rgb.hex("#238b45")).withWidth(2)
                        .withArrows(ArrowHead.NONE, ArrowHead.CLOSED)),
                rule("commissions", kind(RelationshipKind.COMMISSIONS), EdgeStyle.of(Rgb.hex("#d94801")).withWidth(2)),
                rule("regulates", kind(RelationshipKind.REGULATES), EdgeStyle.of(Rgb.hex("#cb181d"))
                        .withArrows(ArrowHead.NONE, ArrowHead.CLOSED)),
                rule("accountable to", kind(RelationshipKind.ACCOUNTABLE_TO), EdgeStyle.of(Rgb.hex("#54278f"))
                        .withLine(LineStyle.DASH)),
                rule("partners with", kind(RelationshipKind.PARTNERS_WITH), EdgeStyle.of(Rgb.hex("#2171b5"))
                        .withArrows(ArrowHead.NONE, ArrowHead.NONE)),
                rule("hosts", kind(RelationshipKind.HOSTS), EdgeStyle.of(Rgb.hex("#737373"))
                        .withArrows(ArrowHead.DIAMOND, ArrowHead.NONE)),
                rule("advises or brokers", e -> ((Relationship) e).getKind() == RelationshipKind.ADVISES
                        || ((Relationship) e).getKind() == RelationshipKind.BROKERS,
                        EdgeStyle.of(Rgb.hex("#fd8d3c")).withLine(LineStyle.DASH))));
        return mapping;
    }

    private static ElementCondition kind(RelationshipKind kind) {
        return e -> ((Relationship) e).getKind() == kind;
    }

    static String kindLabel(RelationshipKind kind) {
        return kind == null || kind == RelationshipKind.OTHER ? null : Wording.of(kind);
    }
}
