package org.innoscape.diagram.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.innoscape.diagram.description.NodeFactory;
import org.innoscape.diagram.description.EdgeCreationTool;
import org.innoscape.diagram.description.ElementEdgeMapping;
import org.innoscape.diagram.description.NodeCreationTool;
import org.innoscape.diagram.description.NodeMapping;
import org.innoscape.diagram.description.RelationEdgeMapping;
import org.innoscape.diagram.layout.LayoutResult;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.Rect;
import org.innoscape.diagram.view.ViewEdge;
import org.innoscape.diagram.view.ViewNode;
import org.innoscape.model.Diagram;
import org.innoscape.model.DiagramEdge;
import org.innoscape.model.DiagramFilter;
import org.innoscape.model.DiagramNode;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.ModelElement;
import org.innoscape.model.persistence.ElementIds;

/**
 * Every change a diagram editor makes, as EMF commands on the model's command stack, so that
 * diagram edits share one undo history with the explorer and the properties view. Notation
 * changes (positions, shown elements, layers, filters) and model changes (create, connect,
 * rename, delete) are both here; nothing in a diagram changes the model any other way.
 */
public final class DiagramCommands {
    private static final InnoscapePackage PKG = InnoscapePackage.eINSTANCE;

    private DiagramCommands() {
    }

    /** A node to put on a diagram. */
    public record NewNode(String mapping, EObject element, Rect bounds) {
    }

    public static DiagramNode newNotation(String mapping, EObject element, Rect bounds) {
        DiagramNode node = InnoscapeFactory.eINSTANCE.createDiagramNode();
        node.setId(ElementIds.newId());
        node.setMapping(mapping);
        node.setElement(element);
        node.setX(bounds.x());
        node.setY(bounds.y());
        node.setWidth(bounds.width());
        node.setHeight(bounds.height());
        return node;
    }

    /** Shows existing elements on the diagram (drop from the explorer). */
    public static Command addNodes(EditingDomain domain, Diagram diagram, List<NewNode> nodes) {
        if (nodes.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        List<DiagramNode> notation = nodes.stream().map(n -> newNotation(n.mapping(), n.element(), n.bounds())).toList();
        return labelled("Add to Diagram", AddCommand.create(domain, diagram, PKG.getDiagram_Nodes(), notation));
    }

    /**
     * Moves or resizes nodes. Stored routes of edges whose two ends move together move with them;
     * routes of edges with one moved end are dropped (they are drawn straight until the next layout).
     */
    public static Command setBounds(EditingDomain domain, DiagramView view, Map<ViewNode, Rect> newBounds) {
        CompoundCommand command = new CompoundCommand("Move");
        Map<ViewNode, DiagramNode> created = new HashMap<>();
        for (Map.Entry<ViewNode, Rect> entry : newBounds.entrySet()) {
            ViewNode node = entry.getKey();
            Rect bounds = relative(node, node.toNotation(entry.getValue()));
            if (node.notation() == null) {
                DiagramNode notation = newNotation(node.mapping().getId(), node.element(), bounds);
                created.put(node, notation);
                command.append(AddCommand.create(domain, notationOwner(view, node), notationFeature(node), notation));
            } else {
                setBounds(domain, command, node.notation(), bounds);
            }
        }
        for (ViewEdge edge : view.edges()) {
            DiagramEdge notation = edge.notation();
            if (notation == null || notation.getBendpoints().isEmpty() && notation.getLabelPosition().isEmpty()) {
                continue;
            }
            Rect sourceMove = newBounds.get(edge.source());
            Rect targetMove = newBounds.get(edge.target());
            if (sourceMove == null && targetMove == null) {
                continue;
            }
            int dx = sourceMove == null ? 0 : sourceMove.x() - edge.source().bounds().x();
            int dy = sourceMove == null ? 0 : sourceMove.y() - edge.source().bounds().y();
            boolean together = sourceMove != null && targetMove != null
                    && targetMove.x() - edge.target().bounds().x() == dx && targetMove.y() - edge.target().bounds().y() == dy;
            List<Integer> route = new ArrayList<>();
            if (together) {
                List<Integer> old = notation.getBendpoints();
                for (int i = 0; i + 1 < old.size(); i += 2) {
                    route.add(old.get(i) + dx);
                    route.add(old.get(i + 1) + dy);
                }
            }
            command.append(SetCommand.create(domain, notation, PKG.getDiagramEdge_Bendpoints(), route));
            // The label moves with its line, or goes back to the middle of the line drawn straight.
            List<Integer> label = new ArrayList<>();
            if (together && notation.getLabelPosition().size() == 2) {
                label.add(notation.getLabelPosition().get(0) + dx);
                label.add(notation.getLabelPosition().get(1) + dy);
            }
            command.append(SetCommand.create(domain, notation, PKG.getDiagramEdge_LabelPosition(), label));
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    private static void setBounds(EditingDomain domain, CompoundCommand command, DiagramNode notation, Rect bounds) {
        command.append(SetCommand.create(domain, notation, PKG.getDiagramNode_X(), bounds.x()));
        command.append(SetCommand.create(domain, notation, PKG.getDiagramNode_Y(), bounds.y()));
        command.append(SetCommand.create(domain, notation, PKG.getDiagramNode_Width(), bounds.width()));
        command.append(SetCommand.create(domain, notation, PKG.getDiagramNode_Height(), bounds.height()));
    }

    /** Child notation is stored relative to its container, so moving a container moves its content. */
    private static Rect relative(ViewNode node, Rect absolute) {
        return node.parent() == null ? absolute
                : absolute.translate(-node.parent().bounds().x(), -node.parent().bounds().y());
    }

    private static EObject notationOwner(DiagramView view, ViewNode node) {
        return node.parent() == null ? view.diagram() : node.parent().notation();
    }

    private static EStructuralFeature notationFeature(ViewNode node) {
        return node.parent() == null ? PKG.getDiagram_Nodes() : PKG.getDiagramNode_Children();
    }

    /** Stores a layout: node bounds and edge routes, creating notation where there was none. */
    public static Command applyLayout(EditingDomain domain, DiagramView view, LayoutResult result) {
        CompoundCommand command = new CompoundCommand("Arrange");
        Map<String, DiagramNode> notationByKey = new HashMap<>();
        for (ViewNode node : view.roots()) {
            Rect laidOut = result.nodeBounds().get(node.key());
            if (laidOut == null) {
                continue;
            }
            Rect bounds = node.toNotation(laidOut);
            if (node.notation() == null) {
                DiagramNode notation = newNotation(node.mapping().getId(), node.element(), bounds);
                command.append(AddCommand.create(domain, view.diagram(), PKG.getDiagram_Nodes(), notation));
                notationByKey.put(node.key(), notation);
            } else {
                setBounds(domain, command, node.notation(), bounds);
                notationByKey.put(node.key(), node.notation());
            }
        }
        for (ViewEdge edge : view.edges()) {
            List<Integer> route = result.bendpoints().get(edge.key());
            if (route == null || edge.isTransient()) {
                continue;
            }
            List<Integer> label = result.labelPosition(edge.key());
            if (edge.notation() != null) {
                command.append(SetCommand.create(domain, edge.notation(), PKG.getDiagramEdge_Bendpoints(), route));
                command.append(SetCommand.create(domain, edge.notation(), PKG.getDiagramEdge_LabelPosition(), label));
            } else if (!route.isEmpty() || !label.isEmpty()) {
                DiagramEdge notation = InnoscapeFactory.eINSTANCE.createDiagramEdge();
                notation.setMapping(edge.mapping().getId());
                notation.setElement(edge.element());
                notation.setSource(notationByKey.getOrDefault(edge.source().key(), edge.source().notation()));
                notation.setTarget(notationByKey.getOrDefault(edge.target().key(), edge.target().notation()));
                notation.getBendpoints().addAll(route);
                notation.getLabelPosition().addAll(label);
                command.append(AddCommand.create(domain, view.diagram(), PKG.getDiagram_Edges(), notation));
            }
        }
        if (result.direction() != view.diagram().getLayoutDirection()) {
            command.append(SetCommand.create(domain, view.diagram(), PKG.getDiagram_LayoutDirection(), result.direction()));
        }
        if (result.routing() != view.diagram().getLineRouting()) {
            command.append(SetCommand.create(domain, view.diagram(), PKG.getDiagram_LineRouting(), result.routing()));
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /**
     * Removes nodes and edges from this diagram only; the model keeps the elements. Elements of
     * synchronised mappings and relationship edges are remembered as hidden; links that follow a
     * plain reference cannot be hidden one by one and are left alone.
     */
    public static Command removeFromDiagram(EditingDomain domain, DiagramView view, Collection<ViewNode> nodes,
            Collection<ViewEdge> edges) {
        CompoundCommand command = new CompoundCommand("Remove from Diagram");
        Set<DiagramNode> removed = new HashSet<>();
        List<EObject> hide = new ArrayList<>();
        for (ViewNode node : nodes) {
            if (node.notation() != null && !node.mapping().isSynchronizedWithModel()) {
                removed.add(node.notation());
                command.append(RemoveCommand.create(domain, node.notation().eContainer(),
                        node.notation().eContainingFeature(), node.notation()));
            } else if (!hide.contains(node.element())) {
                hide.add(node.element());
            }
        }
        for (ViewEdge edge : edges) {
            if (edge.element() != null && !hide.contains(edge.element())) {
                hide.add(edge.element());
            }
        }
        for (DiagramEdge edge : view.diagram().getEdges()) {
            if (removed.contains(edge.getSource()) || removed.contains(edge.getTarget()) || hide.contains(edge.getElement())) {
                command.append(RemoveCommand.create(domain, view.diagram(), PKG.getDiagram_Edges(), edge));
            }
        }
        if (!hide.isEmpty()) {
            command.append(AddCommand.create(domain, view.diagram(), PKG.getDiagram_HiddenElements(), hide));
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /** Deletes the link a relation-based edge stands for (the reference from source to target). */
    public static Command unlink(EditingDomain domain, ViewEdge edge) {
        if (!(edge.mapping() instanceof RelationEdgeMapping mapping)) {
            return UnexecutableCommand.INSTANCE;
        }
        return RemoveCommand.create(domain, edge.source().element(), mapping.getReference(), edge.target().element());
    }

    /** Shows again every element hidden from the diagram. */
    public static Command showHidden(EditingDomain domain, Diagram diagram) {
        if (diagram.getHiddenElements().isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        return labelled("Show Hidden Elements", RemoveCommand.create(domain, diagram, PKG.getDiagram_HiddenElements(),
                List.copyOf(diagram.getHiddenElements())));
    }

    public static Command setLayerEnabled(EditingDomain domain, Diagram diagram, String layerId, boolean enabled) {
        boolean present = diagram.getEnabledLayers().contains(layerId);
        if (present == enabled) {
            return UnexecutableCommand.INSTANCE;
        }
        return enabled ? AddCommand.create(domain, diagram, PKG.getDiagram_EnabledLayers(), layerId)
                : RemoveCommand.create(domain, diagram, PKG.getDiagram_EnabledLayers(), layerId);
    }

    /** Narrows the diagram by a filter; no values switches the filter off. */
    public static Command setFilter(EditingDomain domain, Diagram diagram, String filterId,
            Collection<? extends EObject> values) {
        DiagramFilter existing = diagram.getFilters().stream().filter(f -> filterId.equals(f.getFilter())).findFirst()
                .orElse(null);
        if (existing != null) {
            return values.isEmpty()
                    ? RemoveCommand.create(domain, diagram, PKG.getDiagram_Filters(), existing)
                    : SetCommand.create(domain, existing, PKG.getDiagramFilter_Values(), List.copyOf(values));
        }
        if (values.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        DiagramFilter filter = InnoscapeFactory.eINSTANCE.createDiagramFilter();
        filter.setFilter(filterId);
        filter.getValues().addAll(values);
        return AddCommand.create(domain, diagram, PKG.getDiagram_Filters(), filter);
    }

    /** Direct label edit: sets the mapping's label feature of the element. */
    public static Command setLabel(EditingDomain domain, ViewNode node, String text) {
        if (node.mapping().getLabelFeature() == null || text == null) {
            return UnexecutableCommand.INSTANCE;
        }
        return labelled("Rename", SetCommand.create(domain, node.element(), node.mapping().getLabelFeature(), text.strip()));
    }

    /**
     * Runs a creation tool at (x, y): creates the element and, for mappings the user fills by hand,
     * shows it there. {@code container} is the container node clicked into, or null.
     */
    public static Command createNode(EditingDomain domain, DiagramView view, NodeCreationTool tool, ViewNode container,
            int x, int y) {
        NodeMapping mapping = tool.getMapping();
        if (mapping == null) {
            return UnexecutableCommand.INSTANCE;
        }
        EObject semanticContainer = container == null ? view.system() : container.element();
        NodeFactory.Creation creation = tool.getFactory().create(domain, view.system(), semanticContainer);
        CompoundCommand command = new CompoundCommand("Create " + tool.getLabel());
        command.append(creation.command());
        if (container != null && mapping.getLaneMembership() != null) {
            command.append(AddCommand.create(domain, creation.element(), mapping.getLaneMembership(), container.element()));
        }
        if (!mapping.isSynchronizedWithModel()) {
            var style = mapping.styleOf(creation.element());
            Rect bounds = new Rect(x - style.width() / 2, y - style.height() / 2, style.width(), style.height());
            DiagramNode notation = newNotation(mapping.getId(), creation.element(), bounds);
            command.append(container == null || container.notation() == null
                    ? AddCommand.create(domain, view.diagram(), PKG.getDiagram_Nodes(), notation)
                    : AddCommand.create(domain, container.notation(), PKG.getDiagramNode_Children(), notation));
        }
        return command;
    }

    public static Command createEdge(EditingDomain domain, DiagramView view, EdgeCreationTool tool, ViewNode source,
            ViewNode target) {
        if (source == null || target == null || !tool.getCanConnect().allows(source.element(), target.element())) {
            return UnexecutableCommand.INSTANCE;
        }
        return labelled("Create " + tool.getLabel(), tool.getFactory().create(domain, view.system(), source.element(),
                target.element()));
    }

    /** Moves one end of an edge to another node, changing the model accordingly. */
    public static Command reconnect(EditingDomain domain, DiagramView view, ViewEdge edge, boolean sourceEnd,
            ViewNode newEnd) {
        if (edge.isTransient() || newEnd == null) {
            return UnexecutableCommand.INSTANCE;
        }
        List<NodeMapping> allowed = sourceEnd ? edge.mapping().getSourceMappings() : edge.mapping().getTargetMappings();
        if (!allowed.contains(newEnd.mapping())) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand("Reconnect");
        if (edge.mapping() instanceof ElementEdgeMapping mapping) {
            EReference feature = sourceEnd ? mapping.getSourceFeature() : mapping.getTargetFeature();
            command.append(SetCommand.create(domain, edge.element(), feature, newEnd.element()));
        } else if (edge.mapping() instanceof RelationEdgeMapping mapping) {
            EObject owner = edge.source().element();
            EObject oldTarget = edge.target().element();
            EReference reference = mapping.getReference();
            if (sourceEnd) {
                command.append(RemoveCommand.create(domain, owner, reference, oldTarget));
                command.append(AddCommand.create(domain, newEnd.element(), reference, oldTarget));
            } else {
                command.append(RemoveCommand.create(domain, owner, reference, oldTarget));
                command.append(AddCommand.create(domain, owner, reference, newEnd.element()));
            }
        }
        if (edge.notation() != null) {
            command.append(RemoveCommand.create(domain, view.diagram(), PKG.getDiagram_Edges(), edge.notation()));
        }
        return command;
    }

    /**
     * Pastes copies of the elements of {@code nodes} (top-level nodes of unsynchronised mappings)
     * next to the originals: new ids, names marked as copies, references to elements outside the
     * copy kept.
     */
    public static Command paste(EditingDomain domain, DiagramView view, Collection<ViewNode> nodes, int dx, int dy) {
        List<ViewNode> copyable = nodes.stream()
                .filter(n -> n.parent() == null && !n.mapping().isSynchronizedWithModel() && n.element().eContainer() != null)
                .toList();
        if (copyable.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        for (ViewNode node : copyable) {
            copier.copy(node.element());
        }
        copier.copyReferences();
        CompoundCommand command = new CompoundCommand("Paste");
        for (ViewNode node : copyable) {
            EObject copy = copier.get(node.element());
            clearIds(copy);
            ElementIds.assignMissing(copy);
            if (copy instanceof ModelElement named && named.getName() != null) {
                named.setName(named.getName() + " (copy)");
            }
            command.append(AddCommand.create(domain, node.element().eContainer(), node.element().eContainmentFeature(),
                    copy));
            command.append(AddCommand.create(domain, view.diagram(), PKG.getDiagram_Nodes(),
                    newNotation(node.mapping().getId(), copy, node.toNotation(node.bounds()).translate(dx, dy))));
        }
        return command;
    }

    private static void clearIds(EObject copy) {
        if (copy instanceof ModelElement named) {
            named.setId(null);
        }
        copy.eAllContents().forEachRemaining(o -> {
            if (o instanceof ModelElement named) {
                named.setId(null);
            }
        });
    }

    private static Command labelled(String label, Command command) {
        CompoundCommand compound = new CompoundCommand(label);
        compound.append(command);
        return compound;
    }
}
