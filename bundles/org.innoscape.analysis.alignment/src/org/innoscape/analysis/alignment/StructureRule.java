package org.innoscape.analysis.alignment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisContext;
import org.innoscape.analysis.AnalysisDescriptor;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.Severity;
import org.innoscape.analysis.network.ActorNetwork;
import org.innoscape.analysis.network.NetworkMetrics;
import org.innoscape.model.Actor;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Relationship;
import org.innoscape.model.StakeholderGroup;
import org.innoscape.model.values.Wording;

/**
 * Structural gaps: initiatives with no owner, actors with no relationship, and owners with no path in
 * the network to the groups their initiative targets.
 */
public class StructureRule implements Analysis {
    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("alignment.structure", "Ownership and reach",
            "Initiatives with no owner; actors with no relationship or membership; and owners with no chain of relationships "
                    + "to any member of a group their initiative targets. The report asks that roles and remits be clear and "
                    + "that implementation relationships be identified (R Box 4 Rec 11; Box 7 Rec 22).",
            "Alignment gaps", Severity.WARNING, List.of());

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> run(AnalysisContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PolicyInitiative initiative : context.model().getInitiatives()) {
            if (initiative.getOwners().isEmpty()) {
                findings.add(Finding.of(DESCRIPTOR, initiative.getName() + " has no owner").subject(initiative)
                        .explanation("No actor is recorded as owning or running this initiative.")
                        .fix("Record the body that runs it (the sources may not say; then it stays a gap in the evidence).").build());
            }
        }
        context.checkCanceled();
        Set<Actor> linked = new HashSet<>();
        for (Relationship relationship : context.model().getRelationships()) {
            linked.add(relationship.getSource());
            linked.add(relationship.getTarget());
        }
        for (Actor actor : context.model().getActors()) {
            if (!actor.getMemberOf().isEmpty()) {
                linked.add(actor);
                linked.addAll(actor.getMemberOf());
            }
        }
        for (Actor actor : context.model().getActors()) {
            if (!linked.contains(actor)) {
                findings.add(Finding.of(DESCRIPTOR, actor.getName() + " has no relationship with any other actor")
                        .severity(Severity.INFO).subject(actor)
                        .explanation("The actor is neither the source nor the target of a relationship, and belongs to no network.")
                        .build());
            }
        }
        context.checkCanceled();
        ActorNetwork network = ActorNetwork.of(context.model(), true);
        int[] component = NetworkMetrics.components(network);
        for (PolicyInitiative initiative : context.model().getInitiatives()) {
            for (Actor owner : initiative.getOwners()) {
                for (StakeholderGroup group : initiative.getTargetGroups()) {
                    if (group.getMembers().isEmpty()) {
                        continue;
                    }
                    int ownerPart = component[network.node(owner)];
                    boolean reaches = group.getMembers().stream().anyMatch(m -> component[network.node(m)] == ownerPart);
                    if (!reaches) {
                        findings.add(Finding.of(DESCRIPTOR, owner.getName() + " has no path to " + Wording.inSentence(group.getName())
                                + ", whom " + initiative.getName() + " targets")
                                .subjects(List.of(initiative, owner)).related(group.getMembers())
                                .explanation("No chain of relationships or memberships links " + owner.getName() + " to any of the "
                                        + group.getMembers().size() + " members of the group.")
                                .fix("Record the relationships through which the owner reaches the group, or a partner that does.")
                                .build());
                    }
                }
            }
        }
        return findings;
    }
}
