package org.innoscape.diagram.edit;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.innoscape.diagram.view.ViewNode;

/**
 * Moving nodes between lanes changes the model: the lane a node sits in is an element its
 * mapping's {@linkplain org.innoscape.diagram.description.NodeMapping#laneMembership lane
 * membership} reference holds.
 */
public final class LaneCommands {

    private LaneCommands() {
    }

    /**
     * Puts the elements of {@code nodes} in {@code lane}: they leave the lanes they were dragged from,
     * or, with {@code alsoKeep}, stay there too. Unexecutable when no node can go to that lane.
     */
    public static Command moveToLane(EditingDomain domain, Collection<ViewNode> nodes, ViewNode lane, boolean alsoKeep) {
        CompoundCommand command = new CompoundCommand(alsoKeep ? "Add to " + lane.label() : "Move to " + lane.label());
        for (ViewNode node : nodes) {
            EReference membership = node.mapping().getLaneMembership();
            ViewNode from = node.parent();
            if (membership == null || from == null || from == lane || !acceptsChildrenOf(lane, membership)) {
                continue;
            }
            EObject element = node.element();
            List<?> members = (List<?>) element.eGet(membership);
            // A lane whose element cannot be a member (the lane of the unplaced) is left by removing, never joined.
            boolean joins = membership.getEReferenceType().isInstance(lane.element()) && !members.contains(lane.element());
            boolean leaves = !alsoKeep && members.contains(from.element());
            if (!joins && !leaves) {
                continue;
            }
            if (leaves) {
                command.append(RemoveCommand.create(domain, element, membership, from.element()));
            }
            if (joins) {
                command.append(AddCommand.create(domain, element, membership, lane.element()));
            }
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /** Whether the lane holds nodes placed by {@code membership} (the same reference decides lanes). */
    private static boolean acceptsChildrenOf(ViewNode lane, EReference membership) {
        return lane.mapping().getChildren().stream().anyMatch(child -> child.getLaneMembership() == membership);
    }
}
