package org.innoscape.diagram.view;

import java.util.List;

import org.innoscape.diagram.description.NodeShape;

/** Edge polylines: from the source boundary through the stored bend points to the target boundary. */
public final class EdgeRouting {

    private EdgeRouting() {
    }

    public static int[] route(Rect source, NodeShape sourceShape, Rect target, NodeShape targetShape,
            List<Integer> bendpoints) {
        int count = bendpoints.size() / 2;
        int[] points = new int[(count + 2) * 2];
        for (int i = 0; i < count * 2; i++) {
            points[2 + i] = bendpoints.get(i);
        }
        int firstX = count > 0 ? points[2] : target.centerX();
        int firstY = count > 0 ? points[3] : target.centerY();
        int lastX = count > 0 ? points[2 * count] : source.centerX();
        int lastY = count > 0 ? points[2 * count + 1] : source.centerY();
        // A route that starts or ends on a box's border (right-angled lines keep where they meet the boxes) is drawn from there.
        int[] start = count > 0 && onBorder(source, firstX, firstY) ? new int[] { firstX, firstY }
                : anchor(source, sourceShape, firstX, firstY);
        int[] end = count > 0 && onBorder(target, lastX, lastY) ? new int[] { lastX, lastY }
                : anchor(target, targetShape, lastX, lastY);
        points[0] = start[0];
        points[1] = start[1];
        points[points.length - 2] = end[0];
        points[points.length - 1] = end[1];
        return points;
    }

    private static boolean onBorder(Rect box, int x, int y) {
        return box.expand(2).contains(x, y) && !box.expand(-2).contains(x, y);
    }

    /**
     * One right-angled bend for a line without a stored route in a diagram of right-angled lines
     * (moved since its layout): across from the source, then down or up to the target, or the other way
     * round when that corner would fall inside a box; none (straight) when the boxes overlap in both.
     */
    public static List<Integer> elbow(Rect source, Rect target) {
        int[][] corners = { { target.centerX(), source.centerY() }, { source.centerX(), target.centerY() } };
        for (int[] corner : corners) {
            if (!source.contains(corner[0], corner[1]) && !target.contains(corner[0], corner[1])) {
                return List.of(corner[0], corner[1]);
            }
        }
        return List.of();
    }

    /** Where the line from the centre of {@code bounds} towards (towardX, towardY) leaves the shape. */
    public static int[] anchor(Rect bounds, NodeShape shape, int towardX, int towardY) {
        double cx = bounds.x() + bounds.width() / 2.0;
        double cy = bounds.y() + bounds.height() / 2.0;
        double dx = towardX - cx;
        double dy = towardY - cy;
        if (dx == 0 && dy == 0) {
            return new int[] { (int) cx, (int) cy };
        }
        double halfW = Math.max(1, bounds.width() / 2.0);
        double halfH = Math.max(1, bounds.height() / 2.0);
        double scale;
        if (shape == NodeShape.ELLIPSE) {
            scale = 1.0 / Math.sqrt((dx * dx) / (halfW * halfW) + (dy * dy) / (halfH * halfH));
        } else {
            scale = Math.min(dx == 0 ? Double.MAX_VALUE : halfW / Math.abs(dx),
                    dy == 0 ? Double.MAX_VALUE : halfH / Math.abs(dy));
        }
        scale = Math.min(scale, 1.0);
        return new int[] { (int) Math.round(cx + dx * scale), (int) Math.round(cy + dy * scale) };
    }

    /** Distance from (px, py) to the segment (x1, y1)-(x2, y2). */
    public static double distanceToSegment(int px, int py, int x1, int y1, int x2, int y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / lengthSquared));
        double nearestX = x1 + t * dx;
        double nearestY = y1 + t * dy;
        return Math.hypot(px - nearestX, py - nearestY);
    }
}
