package org.innoscape.diagram.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.innoscape.diagram.description.Arrangement;
import org.innoscape.diagram.edit.DiagramCommands;
import org.innoscape.diagram.edit.LaneCommands;
import org.innoscape.diagram.render.DiagramPainter;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.HoverCards;
import org.innoscape.diagram.view.Rect;
import org.innoscape.diagram.view.ViewEdge;
import org.innoscape.diagram.view.ViewNode;

/**
 * Mouse and keyboard on the canvas: select (click, Ctrl/Shift-click, marquee), move, resize,
 * reconnect, drag between lanes (Ctrl keeps the old lane too), create and connect with palette
 * tools, zoom with Ctrl+wheel, nudge with arrows, Del, Ctrl+A and F2. Every change goes through a
 * command.
 */
final class CanvasInteraction {
    private static final int DRAG_THRESHOLD = 3;
    private static final int HANDLE_REACH = 6;
    private static final double ZOOM_STEP = 1.2;

    private enum Gesture {
        NONE, MOVE, MOVE_TO_LANE, RESIZE, MARQUEE, CONNECT, RECONNECT
    }

    private final DiagramCanvas canvas;
    private final DiagramHost host;
    private Gesture gesture = Gesture.NONE;
    private int startX;
    private int startY;
    private int[] lastPoint;
    private ViewNode anchorNode;
    private ViewEdge reconnecting;
    private boolean reconnectSource;
    private int resizeCorner;

    CanvasInteraction(DiagramCanvas canvas, DiagramHost host) {
        this.canvas = canvas;
        this.host = host;
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
        canvas.addListener(SWT.MouseWheel, this::wheel);
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.MouseHover, this::hover);
    }

    /** The element whose card the canvas's tooltip shows, or null. */
    private EObject hovered;

    /** Resting the pointer on a node or an edge shows its card (what it is, its main facts). */
    private void hover(Event event) {
        DiagramView view = canvas.view();
        if (view == null || gesture != Gesture.NONE) {
            return;
        }
        hovered = elementAt(view, event.x, event.y);
        String card = hovered == null ? "" : HoverCards.of(hovered); //$NON-NLS-1$
        canvas.setToolTipText(card.isEmpty() ? null : card);
    }

    private EObject elementAt(DiagramView view, int x, int y) {
        int[] p = canvas.toDiagram(x, y);
        ViewNode node = view.hitIndex().nodeAt(p[0], p[1]);
        if (node != null) {
            return node.element();
        }
        ViewEdge edge = view.hitIndex().edgeAt(p[0], p[1], (int) Math.ceil(4 / canvas.zoom()));
        return edge == null ? null : edge.element();
    }

    private void mouseDown(Event event) {
        DiagramView view = canvas.view();
        if (view == null) {
            return;
        }
        canvas.setFocus();
        int[] p = canvas.toDiagram(event.x, event.y);
        startX = p[0];
        startY = p[1];
        lastPoint = p;
        if (event.button == 3) {
            // The context menu (opened by SWT) acts on the node under the pointer.
            ViewNode node = view.hitIndex().nodeAt(p[0], p[1]);
            if (node != null && !canvas.selection().contains(node.key())) {
                canvas.select(List.of(node.key()));
            }
            return;
        }
        if (event.button != 1) {
            return;
        }
        PaletteTool tool = host.activeTool();
        if (tool instanceof PaletteTool.CreateNode create) {
            ViewNode container = view.hitIndex().nodeAt(p[0], p[1]);
            while (container != null && !container.isContainer()) {
                container = container.parent();
            }
            if (host.execute(DiagramCommands.createNode(editingDomain(), view, create.tool(), container, p[0], p[1]))) {
                selectCreated(view);
            }
            host.toolDone();
            return;
        }
        if (tool instanceof PaletteTool.Connect) {
            anchorNode = view.hitIndex().nodeAt(p[0], p[1]);
            gesture = anchorNode == null ? Gesture.NONE : Gesture.CONNECT;
            return;
        }
        if (startHandleGesture(view, p)) {
            return;
        }
        ViewNode node = view.hitIndex().nodeAt(p[0], p[1]);
        boolean additive = (event.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0;
        if (node != null) {
            if (additive) {
                canvas.toggle(node.key());
            } else if (!canvas.selection().contains(node.key())) {
                canvas.select(List.of(node.key()));
            }
            gesture = canMove(view) ? Gesture.MOVE : laneChildren().isEmpty() ? Gesture.NONE : Gesture.MOVE_TO_LANE;
            return;
        }
        ViewEdge edge = view.hitIndex().edgeAt(p[0], p[1], (int) Math.ceil(4 / canvas.zoom()));
        if (edge != null) {
            if (additive) {
                canvas.toggle(edge.key());
            } else {
                canvas.select(List.of(edge.key()));
            }
            return;
        }
        if (!additive) {
            canvas.select(List.of());
        }
        gesture = Gesture.MARQUEE;
    }

    /** Resize handles of a single selected node, end handles of a single selected edge. */
    private boolean startHandleGesture(DiagramView view, int[] p) {
        int reach = (int) Math.ceil(HANDLE_REACH / canvas.zoom());
        List<ViewNode> nodes = canvas.selectedNodes();
        if (nodes.size() == 1 && canvas.selectedEdges().isEmpty() && canMove(view)) {
            int[][] handles = DiagramPainter.handles(nodes.get(0).bounds());
            for (int i = 0; i < handles.length; i++) {
                if (Math.abs(handles[i][0] - p[0]) <= reach && Math.abs(handles[i][1] - p[1]) <= reach) {
                    anchorNode = nodes.get(0);
                    resizeCorner = i;
                    gesture = Gesture.RESIZE;
                    return true;
                }
            }
        }
        List<ViewEdge> edges = canvas.selectedEdges();
        if (edges.size() == 1 && nodes.isEmpty() && !edges.get(0).isTransient()) {
            int[] points = edges.get(0).points();
            int n = points.length;
            boolean atSource = Math.abs(points[0] - p[0]) <= reach && Math.abs(points[1] - p[1]) <= reach;
            boolean atTarget = Math.abs(points[n - 2] - p[0]) <= reach && Math.abs(points[n - 1] - p[1]) <= reach;
            if (atSource || atTarget) {
                reconnecting = edges.get(0);
                reconnectSource = atSource;
                gesture = Gesture.RECONNECT;
                return true;
            }
        }
        return false;
    }

    private static boolean canMove(DiagramView view) {
        return view.description().getArrangement() == Arrangement.FREE;
    }

    private void mouseMove(Event event) {
        if (gesture == Gesture.NONE) {
            // A card belongs to the element it was shown for: moving off it takes the card away.
            if (hovered != null && canvas.view() != null && elementAt(canvas.view(), event.x, event.y) != hovered) {
                hovered = null;
                canvas.setToolTipText(null);
            }
            return;
        }
        int[] p = canvas.toDiagram(event.x, event.y);
        lastPoint = p;
        int dx = p[0] - startX;
        int dy = p[1] - startY;
        switch (gesture) {
            case MOVE -> canvas.setFeedback(movableSelection().stream().map(n -> n.bounds().translate(dx, dy)).toList(),
                    null);
            case MOVE_TO_LANE -> canvas.setFeedback(laneChildren().stream().map(n -> n.bounds().translate(dx, dy)).toList(),
                    null);
            case RESIZE -> canvas.setFeedback(List.of(resized(anchorNode.bounds(), dx, dy)), null);
            case MARQUEE -> canvas.setFeedback(List.of(Rect.spanning(startX, startY, p[0], p[1])), null);
            case CONNECT -> canvas.setFeedback(List.of(),
                    new int[] { anchorNode.bounds().centerX(), anchorNode.bounds().centerY(), p[0], p[1] });
            case RECONNECT -> {
                int[] points = reconnecting.points();
                int fixedX = reconnectSource ? points[points.length - 2] : points[0];
                int fixedY = reconnectSource ? points[points.length - 1] : points[1];
                canvas.setFeedback(List.of(), new int[] { fixedX, fixedY, p[0], p[1] });
            }
            default -> {
                // nothing to show
            }
        }
    }

    private void mouseUp(Event event) {
        DiagramView view = canvas.view();
        Gesture finished = gesture;
        gesture = Gesture.NONE;
        canvas.setFeedback(List.of(), null);
        if (view == null || finished == Gesture.NONE) {
            return;
        }
        int[] p = canvas.toDiagram(event.x, event.y);
        int dx = p[0] - startX;
        int dy = p[1] - startY;
        boolean dragged = Math.abs(dx) >= DRAG_THRESHOLD || Math.abs(dy) >= DRAG_THRESHOLD;
        switch (finished) {
            case MOVE -> {
                if (dragged) {
                    Map<ViewNode, Rect> moves = new HashMap<>();
                    movableSelection().forEach(n -> moves.put(n, n.bounds().translate(dx, dy)));
                    host.execute(DiagramCommands.setBounds(editingDomain(), view, moves));
                }
            }
            case MOVE_TO_LANE -> {
                ViewNode lane = laneAt(view, p);
                if (dragged && lane != null) {
                    boolean alsoKeep = (event.stateMask & SWT.MOD1) != 0;
                    List<EObject> moved = laneChildren().stream().map(ViewNode::element).toList();
                    if (host.execute(LaneCommands.moveToLane(editingDomain(), laneChildren(), lane, alsoKeep))) {
                        selectInLane(lane.element(), moved);
                    }
                }
            }
            case RESIZE -> {
                if (dragged) {
                    host.execute(DiagramCommands.setBounds(editingDomain(), view,
                            Map.of(anchorNode, resized(anchorNode.bounds(), dx, dy))));
                }
            }
            case MARQUEE -> {
                List<String> keys = new ArrayList<>(canvas.selection());
                view.hitIndex().nodesInside(Rect.spanning(startX, startY, p[0], p[1])).stream()
                        .map(ViewNode::key).filter(k -> !keys.contains(k)).forEach(keys::add);
                canvas.select(keys);
            }
            case CONNECT -> {
                ViewNode target = view.hitIndex().nodeAt(p[0], p[1]);
                if (target != null && host.activeTool() instanceof PaletteTool.Connect connect) {
                    host.execute(DiagramCommands.createEdge(editingDomain(), view, connect.tool(), anchorNode, target));
                }
                host.toolDone();
            }
            case RECONNECT -> {
                ViewNode target = view.hitIndex().nodeAt(p[0], p[1]);
                host.execute(DiagramCommands.reconnect(editingDomain(), view, reconnecting, reconnectSource, target));
            }
            default -> {
                // nothing to do
            }
        }
    }

    /** Selected nodes that sit in a lane they can be dragged out of. */
    private List<ViewNode> laneChildren() {
        return canvas.selectedNodes().stream()
                .filter(n -> n.parent() != null && n.mapping().getLaneMembership() != null).toList();
    }

    /** Selects, in the rebuilt view, the nodes of {@code elements} that sit in the lane of {@code laneElement}. */
    private void selectInLane(EObject laneElement, List<EObject> elements) {
        canvas.select(elements.stream().flatMap(element -> canvas.view().nodesOf(element).stream())
                .filter(node -> node.parent() != null && node.parent().element() == laneElement)
                .map(ViewNode::key).toList());
    }

    /** The lane (a top-level container) under the point, if any. */
    private static ViewNode laneAt(DiagramView view, int[] p) {
        ViewNode node = view.hitIndex().nodeAt(p[0], p[1]);
        while (node != null && node.parent() != null) {
            node = node.parent();
        }
        return node != null && node.isContainer() ? node : null;
    }

    /** Top-level selected nodes: children of lanes are placed by their lane. */
    private List<ViewNode> movableSelection() {
        return canvas.selectedNodes().stream().filter(n -> n.parent() == null).toList();
    }

    private Rect resized(Rect bounds, int dx, int dy) {
        int left = bounds.x();
        int top = bounds.y();
        int right = bounds.right();
        int bottom = bounds.bottom();
        switch (resizeCorner) {
            case 0 -> {
                left += dx;
                top += dy;
            }
            case 1 -> {
                right += dx;
                top += dy;
            }
            case 2 -> {
                right += dx;
                bottom += dy;
            }
            default -> {
                left += dx;
                bottom += dy;
            }
        }
        int width = Math.max(20, right - left);
        int height = Math.max(16, bottom - top);
        return new Rect(Math.min(left, right - 20), Math.min(top, bottom - 16), width, height);
    }

    private void doubleClick(Event event) {
        DiagramView view = canvas.view();
        if (view == null || event.button != 1) {
            return;
        }
        int[] p = canvas.toDiagram(event.x, event.y);
        ViewNode node = view.hitIndex().nodeAt(p[0], p[1]);
        if (node != null) {
            host.directEdit(node);
        }
    }

    private void wheel(Event event) {
        if ((event.stateMask & SWT.MOD1) != 0) {
            canvas.setZoom(event.count > 0 ? canvas.zoom() * ZOOM_STEP : canvas.zoom() / ZOOM_STEP, event.x, event.y);
        } else {
            int step = (int) Math.round(-event.count * 15 / canvas.zoom());
            if ((event.stateMask & SWT.SHIFT) != 0) {
                canvas.scrollBy(step, 0);
            } else {
                canvas.scrollBy(0, step);
            }
        }
        event.doit = false;
    }

    private void key(Event event) {
        DiagramView view = canvas.view();
        if (view == null) {
            return;
        }
        boolean mod = (event.stateMask & SWT.MOD1) != 0;
        if (event.keyCode == SWT.DEL) {
            host.deleteSelection();
        } else if (mod && (event.keyCode == 'f' || event.keyCode == 'F')) {
            host.focusFind();
        } else if (mod && (event.keyCode == 'a' || event.keyCode == 'A')) {
            canvas.select(view.nodes().stream().map(ViewNode::key).collect(Collectors.toList()));
        } else if (event.keyCode == SWT.F2 && canvas.selectedNodes().size() == 1) {
            host.directEdit(canvas.selectedNodes().get(0));
        } else if (event.keyCode == SWT.ESC) {
            canvas.select(List.of());
            host.toolDone();
        } else if (isArrow(event.keyCode) && canMove(view) && !movableSelection().isEmpty()) {
            int step = (event.stateMask & SWT.SHIFT) != 0 ? 10 : 1;
            int dx = event.keyCode == SWT.ARROW_LEFT ? -step : event.keyCode == SWT.ARROW_RIGHT ? step : 0;
            int dy = event.keyCode == SWT.ARROW_UP ? -step : event.keyCode == SWT.ARROW_DOWN ? step : 0;
            Map<ViewNode, Rect> moves = new HashMap<>();
            movableSelection().forEach(n -> moves.put(n, n.bounds().translate(dx, dy)));
            host.execute(DiagramCommands.setBounds(editingDomain(), view, moves));
        }
    }

    private static boolean isArrow(int keyCode) {
        return keyCode == SWT.ARROW_LEFT || keyCode == SWT.ARROW_RIGHT || keyCode == SWT.ARROW_UP
                || keyCode == SWT.ARROW_DOWN;
    }

    /** After a creation the new element's node becomes the selection. */
    private void selectCreated(DiagramView before) {
        DiagramView after = canvas.view();
        if (after == null || after == before) {
            return;
        }
        after.nodes().stream().filter(n -> before.node(n.key()).isEmpty()).reduce((first, second) -> second)
                .ifPresent(n -> canvas.select(List.of(n.key())));
    }

    private EditingDomain editingDomain() {
        return host.editingDomain();
    }
}
