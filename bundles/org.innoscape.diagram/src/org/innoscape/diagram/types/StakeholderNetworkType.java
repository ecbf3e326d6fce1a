package org.innoscape.diagram.types;

import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.innoscape.diagram.DiagramTypeProvider;
import org.innoscape.diagram.description.Arrangement;
import org.innoscape.diagram.description.ArrowHead;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.description.EdgeCreationTool;
import org.innoscape.diagram.description.EdgeMapping;
import org.innoscape.diagram.description.EdgeStyle;
import org.innoscape.diagram.description.ElementEdgeMapping;
import org.innoscape.diagram.description.Layer;
import org.innoscape.diagram.description.LineStyle;
import org.innoscape.diagram.description.NodeCreationTool;
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
        DiagramDescription d = new DiagramDescription(ID, "Stakeholder network",
                "Actors and their relationships; influence shown by size.", Arrangement.FREE);
        d.addLayer(new Layer(INITIATIVES_LAYER, "Initiatives linking owners to target groups", true, false));

        d.addNodeMapping(NodeMapping.of(ACTOR, PKG.getActor(), element -> InnoscapeStyles.actor((Actor) element))
                .label("Actor")
                .candidates(root -> Queries.system(root).getActors())
                .labelText(e -> Queries.shortName(e, ((Actor) e).getAcronym()), PKG.getModelElement_Name()));
        d.addNodeMapping(NodeMapping.of(INITIATIVE, PKG.getPolicyInitiative(),
                InnoscapeStyles.initiative(Rgb.hex("#fff7bc")).withShape(NodeShape.ROUNDED))
                .label("Initiative").layer(INITIATIVES_LAYER).synchronizedWithModel(true)
                .candidates(Queries::initiatives)
                .precondition(e -> !((PolicyInitiative) e).getOwners().isEmpty()
                        && !((PolicyInitiative) e).getTargetGroups().isEmpty())
                .labelText(e -> Queries.shortName(e, ((PolicyInitiative) e).getAcronym()), PKG.getModelElement_Name()));
        d.addNodeMapping(NodeMapping.of(GROUP, PKG.getStakeholderGroup(),
                NodeStyle.of(NodeShape.ELLIPSE, Rgb.hex("#e5f5e0"), Rgb.hex("#31a354")).withSize(140, 56))
                .label("Target group").layer(INITIATIVES_LAYER).synchronizedWithModel(true)
                .candidates(root -> Queries.system(root).getStakeholderGroups())
                .precondition(g -> Queries.initiatives(g).stream().anyMatch(i -> i.getTargetGroups().contains(g)))
                .labelText(e -> Queries.shortName(e, null), PKG.getModelElement_Name()));

        d.addEdgeMapping(relationshipEdges());
        d.addEdgeMapping(RelationEdgeMapping.of(MEMBER_OF, PKG.getActor_MemberOf(),
                new EdgeStyle(Rgb.hex("#888888"), 1, LineStyle.DOT, ArrowHead.NONE, ArrowHead.DIAMOND))
                .label("Member of").between(Set.of(ACTOR), Set.of(ACTOR)));
        d.addEdgeMapping(RelationEdgeMapping.of("owns", PKG.getPolicyInitiative_Owners(),
                new EdgeStyle(Rgb.hex("#b8860b"), 1, LineStyle.DASH, ArrowHead.CLOSED, ArrowHead.NONE))
                .label("Run by").layer(INITIATIVES_LAYER).between(Set.of(INITIATIVE), Set.of(ACTOR)));
        d.addEdgeMapping(RelationEdgeMapping.of("targets", PKG.getPolicyInitiative_TargetGroups(),
                new EdgeStyle(Rgb.hex("#31a354"), 1, LineStyle.DASH, ArrowHead.NONE, ArrowHead.OPEN))
                .label("Targets").layer(INITIATIVES_LAYER).between(Set.of(INITIATIVE), Set.of(GROUP)));

        d.addTool(new NodeCreationTool("actor", "Actor", ACTOR, Creations::actor));
        d.addTool(new EdgeCreationTool("relationship", "Relationship", RELATIONSHIP,
                (source, target) -> source instanceof Actor && target instanceof Actor, Creations::relationship));
        d.addTool(new EdgeCreationTool("memberOf", "Member of", MEMBER_OF,
                (source, target) -> source instanceof Actor a && target instanceof Actor b && a != b
                        && !a.getMemberOf().contains(b),
                (domain, system, source, target) -> AddCommand.create(domain, source, PKG.getActor_MemberOf(), target)));
        return d;
    }

    private static EdgeMapping relationshipEdges() {
        ElementEdgeMapping mapping = ElementEdgeMapping.of(RELATIONSHIP, PKG.getRelationship(),
                PKG.getRelationship_Source(), PKG.getRelationship_Target(), EdgeStyle.of(Rgb.hex("#666666")))
                .candidates(root -> Queries.system(root).getRelationships());
        mapping.label("Relationship").between(Set.of(ACTOR), Set.of(ACTOR))
                .labelText(e -> kindLabel(((Relationship) e).getKind()));
        mapping.styles()
                .when("funds", kind(RelationshipKind.FUNDS), EdgeStyle.of(Rgb.hex("#238b45")).withWidth(2)
                        .withArrows(ArrowHead.NONE, ArrowHead.CLOSED))
                .when("commissions", kind(RelationshipKind.COMMISSIONS), EdgeStyle.of(Rgb.hex("#d94801")).withWidth(2))
                .when("regulates", kind(RelationshipKind.REGULATES), EdgeStyle.of(Rgb.hex("#cb181d"))
                        .withArrows(ArrowHead.NONE, ArrowHead.CLOSED))
                .when("accountable to", kind(RelationshipKind.ACCOUNTABLE_TO), EdgeStyle.of(Rgb.hex("#54278f"))
                        .withLine(LineStyle.DASH))
                .when("partners with", kind(RelationshipKind.PARTNERS_WITH), EdgeStyle.of(Rgb.hex("#2171b5"))
                        .withArrows(ArrowHead.NONE, ArrowHead.NONE))
                .when("hosts", kind(RelationshipKind.HOSTS), EdgeStyle.of(Rgb.hex("#737373"))
                        .withArrows(ArrowHead.DIAMOND, ArrowHead.NONE))
                .when("advises or brokers", e -> ((Relationship) e).getKind() == RelationshipKind.ADVISES
                        || ((Relationship) e).getKind() == RelationshipKind.BROKERS,
                        EdgeStyle.of(Rgb.hex("#fd8d3c")).withLine(LineStyle.DASH));
        return mapping;
    }

    private static Predicate<EObject> kind(RelationshipKind kind) {
        return e -> ((Relationship) e).getKind() == kind;
    }

    static String kindLabel(RelationshipKind kind) {
        return kind == null || kind == RelationshipKind.OTHER ? null : kind.getLiteral().toLowerCase().replace('_', ' ');
    }
}
