package org.innoscape.model.edit;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.innoscape.model.Diagram;
import org.innoscape.model.DiagramEdge;
import org.innoscape.model.DiagramNode;
import org.innoscape.model.DuplicateReview;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.Relationship;

/**
 * Deleting elements from the model, as one undoable command: the elements, what cannot exist
 * without them (relationships of a deleted actor, reviews of a deleted initiative), every diagram
 * node and edge that shows any of them, and every reference to them. Used by diagrams and the
 * model explorer alike.
 */
public final class ModelDeletion {

    private ModelDeletion() {
    }

    public static Command delete(EditingDomain domain, InnovationSystem system, Collection<? extends EObject> elements) {
        if (elements.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        Set<EObject> roots = withDependents(system, elements);
        Set<EObject> gone = new LinkedHashSet<>();
        for (EObject root : roots) {
            gone.add(root);
            for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
                gone.add(it.next());
            }
        }
        CompoundCommand command = new CompoundCommand("Delete from Model");
        Set<EObject> removedNotation = new LinkedHashSet<>();
        for (Diagram diagram : system.getDiagrams()) {
            if (gone.contains(diagram)) {
                continue;
            }
            Set<DiagramNode> removedNodes = new LinkedHashSet<>();
            collectNodesShowing(diagram.getNodes(), gone, removedNodes);
            for (DiagramNode node : removedNodes) {
                removedNotation.add(node);
                node.eAllContents().forEachRemaining(removedNotation::add);
            }
            for (DiagramEdge edge : diagram.getEdges()) {
                if (gone.contains(edge.getElement()) || removedNotation.contains(edge.getSource())
                        || removedNotation.contains(edge.getTarget())) {
                    removedNotation.add(edge);
                    command.append(RemoveCommand.create(domain, diagram, InnoscapePackage.Literals.DIAGRAM__EDGES, edge));
                }
            }
            for (DiagramNode node : removedNodes) {
                command.append(RemoveCommand.create(domain, node.eContainer(), node.eContainingFeature(), node));
            }
        }
        appendUnlinking(domain, system, gone, removedNotation, command);
        for (EObject root : roots) {
            command.append(RemoveCommand.create(domain, root.eContainer(), root.eContainmentFeature(), root));
        }
        return command;
    }

    /** Clears every reference that stays behind to a deleted element (owners, targets, filters...). */
    private static void appendUnlinking(EditingDomain domain, InnovationSystem system, Set<EObject> gone,
            Set<EObject> removedNotation, CompoundCommand command) {
        Map<EObject, Collection<EStructuralFeature.Setting>> usages = EcoreUtil.UsageCrossReferencer.findAll(gone, system);
        for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> usage : usages.entrySet()) {
            for (EStructuralFeature.Setting setting : usage.getValue()) {
                EObject owner = setting.getEObject();
                EStructuralFeature feature = setting.getEStructuralFeature();
                if (gone.contains(owner) || removedNotation.contains(owner) || !feature.isChangeable()
                        || feature.isDerived()) {
                    continue;
                }
                command.append(feature.isMany() ? RemoveCommand.create(domain, owner, feature, usage.getKey())
                        : SetCommand.create(domain, owner, feature, null));
            }
        }
    }

    /** The elements and those that cannot exist without them. */
    static Set<EObject> withDependents(InnovationSystem system, Collection<? extends EObject> elements) {
        Set<EObject> result = new LinkedHashSet<>(elements);
        for (Relationship relationship : system.getRelationships()) {
            if (result.contains(relationship.getSource()) || result.contains(relationship.getTarget())) {
                result.add(relationship);
            }
        }
        for (DuplicateReview review : system.getDuplicateReviews()) {
            if (result.contains(review.getFirst()) || result.contains(review.getSecond())) {
                result.add(review);
            }
        }
        return result;
    }

    private static void collectNodesShowing(List<DiagramNode> nodes, Set<EObject> gone, Set<DiagramNode> out) {
        for (DiagramNode node : nodes) {
            if (gone.contains(node.getElement())) {
                out.add(node);
            } else {
                collectNodesShowing(node.getChildren(), gone, out);
            }
        }
    }

    /** Whether deleting {@code element} also deletes other elements (for the confirmation message). */
    public static int dependentCount(InnovationSystem system, Collection<? extends EObject> elements) {
        return withDependents(system, elements).size() - new LinkedHashSet<>(elements).size();
    }
}
