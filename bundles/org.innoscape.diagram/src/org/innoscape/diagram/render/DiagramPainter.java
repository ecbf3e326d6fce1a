package org.innoscape.diagram.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.innoscape.diagram.decoration.Decorations;
import org.innoscape.diagram.description.Arrangement;
import org.innoscape.diagram.description.ArrowHead;
import org.innoscape.diagram.description.EdgeStyle;
import org.innoscape.diagram.description.LineStyle;
import org.innoscape.diagram.description.NodeShape;
import org.innoscape.diagram.description.NodeStyle;
import org.innoscape.diagram.description.Rgb;
import org.innoscape.diagram.view.DiagramView;
import org.innoscape.diagram.view.Rect;
import org.innoscape.diagram.view.ViewEdge;
import org.innoscape.diagram.view.ViewNode;

/**
 * Paints a diagram view: containers, then edges, then the other nodes, their labels and badges,
 * then selection handles. Only what touches the viewport is painted, so a repaint costs what is
 * visible, not what the diagram holds. On screen, a view crowded with edges draws them without
 * anti-aliasing ({@link Detail#ADAPTIVE}): smoothing hundreds of long crossing lines costs several
 * times the rest of the repaint and shows little in such a tangle.
 */
public final class DiagramPainter {
    /** How much a paint may simplify to stay fast. */
    public enum Detail {
        /** Everything smooth: for export, where the picture matters more than the time. */
        FULL,
        /** Edges drawn without anti-aliasing when more than {@link #CROWDED_EDGES} are in view. */
        ADAPTIVE
    }

    /** Above this many edges in the viewport, an adaptive paint draws them unsmoothed. */
    public static final int CROWDED_EDGES = 150;
    public static final Rgb SELECTION = new Rgb(0, 120, 215);
    private static final int HANDLE = 6;
    private static final int LABEL_PADDING = 4;
    /** Edge labels are short; one centred this far outside the viewport cannot reach into it. */
    private static final int MAX_EDGE_LABEL_HALF_WIDTH = 120;

    /** How many nodes and edges one paint drew, and whether the edges were smoothed. */
    public record Painted(int nodes, int edges, boolean smoothEdges) {
    }

    private final Detail detail;

    public DiagramPainter() {
        this(Detail.FULL);
    }

    public DiagramPainter(Detail detail) {
        this.detail = detail;
    }

    public Painted paint(DiagramView view, Canvas2D canvas, Rect viewport, Set<String> selectedKeys) {
        int nodes = 0;
        List<ViewNode> all = view.nodes();
        for (ViewNode node : all) {
            if (node.isContainer() && visible(node.bounds(), viewport)) {
                paintNode(node, canvas);
                nodes++;
            }
        }
        Rect edgeArea = viewport == null ? null : viewport.expand(HANDLE + 12);
        List<ViewEdge> visibleEdges = new ArrayList<>();
        for (ViewEdge edge : view.edges()) {
            // The bounding box of a long diagonal edge covers much that the edge never crosses.
            if (edgeArea == null || edgeArea.intersects(edge.boundingBox()) && Polylines.crosses(edge.points(), edgeArea)) {
                visibleEdges.add(edge);
            }
        }
        boolean crowded = detail == Detail.ADAPTIVE && visibleEdges.size() > CROWDED_EDGES;
        canvas.setSmoothLines(!crowded);
        for (ViewEdge edge : visibleEdges) {
            paintEdge(edge, canvas, selectedKeys.contains(edge.key()), edgeArea);
        }
        // Labels after every line, so no other line crosses a label's white box.
        for (ViewEdge edge : visibleEdges) {
            paintEdgeLabel(edge, canvas, selectedKeys.contains(edge.key()), edgeArea);
        }
        canvas.setSmoothLines(true);
        for (ViewNode node : all) {
            if (!node.isContainer() && visible(node.bounds(), viewport)) {
                paintNode(node, canvas);
                nodes++;
            }
        }
        // Lanes place their nodes: a selected node there gets its outline but no resize handles.
        boolean resizable = view.description().getArrangement() == Arrangement.FREE;
        for (ViewNode node : all) {
            if (selectedKeys.contains(node.key()) && visible(node.bounds().expand(HANDLE), viewport)) {
                paintSelection(node.bounds(), resizable, canvas);
            }
        }
        return new Painted(nodes, visibleEdges.size(), !crowded);
    }

    private static boolean inside(Rect area, int x, int y) {
        return area == null || area.contains(x, y);
    }

    private static boolean visible(Rect bounds, Rect viewport) {
        return viewport == null || viewport.intersects(bounds.expand(HANDLE + 12));
    }

    private void paintNode(ViewNode node, Canvas2D canvas) {
        canvas.beginElement(node.element(), node.label());
        paintShapeAndLabel(node, canvas);
        canvas.endElement();
    }

    private void paintShapeAndLabel(ViewNode node, Canvas2D canvas) {
        NodeStyle style = node.style();
        Rect bounds = node.bounds();
        canvas.fillShape(style.shape(), bounds, style.fill());
        if (style.shape() == NodeShape.LANE) {
            Rect header = new Rect(bounds.x(), bounds.y(), Math.min(bounds.width(), 150), bounds.height());
            canvas.fillShape(NodeShape.RECTANGLE, header, style.fill().shade(-0.12));
            paintLabel(node.label(), header, style, canvas);
        }
        if (style.borderWidth() > 0) {
            canvas.drawShape(style.shape(), bounds, style.border(), style.borderWidth(), LineStyle.SOLID);
        }
        if (style.shape() != NodeShape.LANE) {
            paintLabel(node.label(), bounds, style, canvas);
        }
        paintBadges(node, canvas);
    }

    private void paintLabel(String label, Rect area, NodeStyle style, Canvas2D canvas) {
        int lineHeight = canvas.lineHeight(style.fontSize());
        int inset = style.shape() == NodeShape.ELLIPSE ? area.width() / 7 : 0;
        int maxWidth = area.width() - 2 * LABEL_PADDING - 2 * inset;
        int maxLines = Math.max(1, (area.height() - 2 * LABEL_PADDING) / lineHeight);
        List<String> lines = LabelLines.wrap(label, maxWidth, maxLines, canvas, style.fontSize(), style.bold());
        int y = area.centerY() - lines.size() * lineHeight / 2;
        for (String line : lines) {
            int width = canvas.textWidth(line, style.fontSize(), style.bold());
            canvas.drawText(line, area.centerX() - width / 2, y, style.labelColor(), style.fontSize(), style.bold());
            y += lineHeight;
        }
    }

    private void paintBadges(ViewNode node, Canvas2D canvas) {
        int x = node.bounds().right() - 8;
        for (Decorations.Badge badge : node.badges()) {
            int width = Math.max(16, canvas.textWidth(badge.text(), 8, true) + 8);
            Rect area = new Rect(x - width + 8, node.bounds().y() - 8, width, 16);
            canvas.fillShape(NodeShape.ROUNDED, area, badge.color());
            canvas.drawShape(NodeShape.ROUNDED, area, Rgb.WHITE, 1, LineStyle.SOLID);
            canvas.drawText(badge.text(), area.centerX() - canvas.textWidth(badge.text(), 8, true) / 2,
                    area.centerY() - canvas.lineHeight(8) / 2, Rgb.WHITE, 8, true);
            x -= width + 2;
        }
    }

    /** Paints an edge's line; arrowheads only where they fall inside {@code area} (null: everywhere). */
    private void paintEdge(ViewEdge edge, Canvas2D canvas, boolean selected, Rect area) {
        canvas.beginElement(edge.element(), edge.label());
        paintLine(edge, canvas, selected, area);
        canvas.endElement();
    }

    /** Paints an edge's label where the layout put it or in the middle of its middle segment, where it falls near {@code area}. */
    private void paintEdgeLabel(ViewEdge edge, Canvas2D canvas, boolean selected, Rect area) {
        int[] points = edge.points();
        int n = points.length;
        if (edge.label() == null || edge.label().isBlank() || n < 4) {
            return;
        }
        int middle = (n / 2 / 2) * 2;
        // Where the layout placed it, clear of other lines; otherwise the middle of the middle segment.
        int mx = edge.labelAt() != null ? edge.labelAt()[0] : (points[middle - 2] + points[middle]) / 2;
        int my = edge.labelAt() != null ? edge.labelAt()[1] : (points[middle - 1] + points[middle + 1]) / 2;
        // Measuring and drawing text is the dearest part of an edge: skip labels that are off-screen.
        if (area == null || area.expand(MAX_EDGE_LABEL_HALF_WIDTH).contains(mx, my)) {
            Rgb color = selected ? SELECTION : edge.style().color();
            canvas.beginElement(edge.element(), edge.label());
            int textWidth = canvas.textWidth(edge.label(), 8, false);
            canvas.fillShape(NodeShape.RECTANGLE, new Rect(mx - textWidth / 2 - 2, my - 6, textWidth + 4, 12), Rgb.WHITE);
            canvas.drawText(edge.label(), mx - textWidth / 2, my - canvas.lineHeight(8) / 2, color, 8, false);
            canvas.endElement();
        }
    }

    private void paintLine(ViewEdge edge, Canvas2D canvas, boolean selected, Rect area) {
        EdgeStyle style = edge.style();
        int[] points = edge.points();
        Rgb color = selected ? SELECTION : style.color();
        int width = selected ? style.width() + 1 : style.width();
        if (area == null || area.contains(edge.boundingBox())) {
            canvas.drawPolyline(points, color, width, style.line());
        } else {
            for (int[] part : Polylines.clip(points, area)) {
                canvas.drawPolyline(part, color, width, style.line());
            }
        }
        int n = points.length;
        if (n >= 4) {
            if (inside(area, points[n - 2], points[n - 1])) {
                paintArrow(style.targetArrow(), points[n - 4], points[n - 3], points[n - 2], points[n - 1], color, width,
                        canvas);
            }
            if (inside(area, points[0], points[1])) {
                paintArrow(style.sourceArrow(), points[2], points[3], points[0], points[1], color, width, canvas);
            }
        }
        if (selected) {
            for (int i = 0; i + 1 < n; i += 2) {
                paintHandle(points[i], points[i + 1], canvas);
            }
        }
    }

    /** An arrowhead at (tipX, tipY) pointing away from (fromX, fromY). */
    private void paintArrow(ArrowHead head, int fromX, int fromY, int tipX, int tipY, Rgb color, int width,
            Canvas2D canvas) {
        if (head == ArrowHead.NONE) {
            return;
        }
        double angle = Math.atan2(tipY - fromY, tipX - fromX);
        int length = 10 + width;
        double spread = Math.toRadians(25);
        int leftX = (int) Math.round(tipX - length * Math.cos(angle - spread));
        int leftY = (int) Math.round(tipY - length * Math.sin(angle - spread));
        int rightX = (int) Math.round(tipX - length * Math.cos(angle + spread));
        int rightY = (int) Math.round(tipY - length * Math.sin(angle + spread));
        switch (head) {
            case OPEN -> canvas.drawPolyline(new int[] { leftX, leftY, tipX, tipY, rightX, rightY }, color, width,
                    LineStyle.SOLID);
            case CLOSED -> canvas.fillPolygon(new int[] { leftX, leftY, tipX, tipY, rightX, rightY }, color);
            case DIAMOND -> {
                int backX = (int) Math.round(tipX - 2 * length * Math.cos(angle));
                int backY = (int) Math.round(tipY - 2 * length * Math.sin(angle));
                int[] diamond = { tipX, tipY, leftX, leftY, backX, backY, rightX, rightY };
                canvas.fillPolygon(diamond, Rgb.WHITE);
                canvas.drawPolyline(new int[] { tipX, tipY, leftX, leftY, backX, backY, rightX, rightY, tipX, tipY },
                        color, width, LineStyle.SOLID);
            }
            default -> throw new IllegalStateException("unexpected arrowhead " + head);
        }
    }

    private void paintSelection(Rect bounds, boolean withHandles, Canvas2D canvas) {
        canvas.drawShape(NodeShape.RECTANGLE, bounds.expand(2), SELECTION, 1, LineStyle.DASH);
        if (withHandles) {
            for (int[] corner : handles(bounds)) {
                paintHandle(corner[0], corner[1], canvas);
            }
        }
    }

    private void paintHandle(int x, int y, Canvas2D canvas) {
        Rect handle = new Rect(x - HANDLE / 2, y - HANDLE / 2, HANDLE, HANDLE);
        canvas.fillShape(NodeShape.RECTANGLE, handle, Rgb.WHITE);
        canvas.drawShape(NodeShape.RECTANGLE, handle, SELECTION, 1, LineStyle.SOLID);
    }

    /** The four resize handles of a selected node, clockwise from the top-left corner. */
    public static int[][] handles(Rect bounds) {
        return new int[][] { { bounds.x(), bounds.y() }, { bounds.right(), bounds.y() },
                { bounds.right(), bounds.bottom() }, { bounds.x(), bounds.bottom() } };
    }
}
