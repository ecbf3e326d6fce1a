package org.innoscape.diagram.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.innoscape.diagram.description.Descriptions;
import org.innoscape.diagram.description.NodeMapping;
import org.innoscape.diagram.description.NodeStyle;
import org.innoscape.diagram.edit.DiagramCommands;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.Rect;

/** Dropping model elements from the explorer shows them on the diagram where they were dropped. */
final class DiagramDropSupport {
    private static final int STACK_OFFSET = 24;
    private final DiagramCanvas canvas;
    private final DiagramEditor editor;

    DiagramDropSupport(DiagramCanvas canvas, DiagramEditor editor) {
        this.canvas = canvas;
        this.editor = editor;
        DropTarget target = new DropTarget(canvas, DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_LINK);
        target.setTransfer(new Transfer[] { LocalSelectionTransfer.getTransfer() });
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
            }

            @Override
            public void dragOperationChanged(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection) {
                    Point local = canvas.toControl(event.x, event.y);
                    dropElements(selection.toList(), local.x, local.y);
                }
            }
        });
    }

    /** Adds the elements a free diagram can show and does not show yet, stacked from (screenX, screenY). */
    boolean dropElements(List<?> items, int screenX, int screenY) {
        DiagramView view = canvas.view();
        int[] p = canvas.toDiagram(screenX, screenY);
        List<DiagramCommands.NewNode> nodes = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof EObject element && element.eResource() == editor.diagram().eResource()
                    && view.nodesOf(element).isEmpty()) {
                mappingFor(view, element).ifPresent(mapping -> {
                    NodeStyle style = mapping.styleOf(element);
                    int offset = nodes.size() * STACK_OFFSET;
                    nodes.add(new DiagramCommands.NewNode(mapping.getId(), element,
                            new Rect(p[0] + offset, p[1] + offset, style.width(), style.height())));
                });
            }
        }
        return editor.execute(DiagramCommands.addNodes(editor.editingDomain(), editor.diagram(), nodes));
    }

    private Optional<NodeMapping> mappingFor(DiagramView view, EObject element) {
        return view.description().getNodeMappings().stream()
                .filter(m -> !m.isSynchronizedWithModel() && m.accepts(element))
                .filter(m -> Descriptions.shownLayers(view.description(), editor.diagram()).contains(m.getLayer()))
                .findFirst();
    }
}
