package org.innoscape.diagram.render;

import java.util.ArrayList;
import java.util.List;

import org.innoscape.diagram.view.Rect;

/** Geometry of edge routes ({@code x0, y0, x1, y1, ...}) that painting needs to cull what is off-screen. */
final class Polylines {

    private Polylines() {
    }

    /** Whether any segment of the route passes through the rectangle (a bounding-box overlap is not enough). */
    static boolean crosses(int[] points, Rect r) {
        for (int i = 0; i + 3 < points.length; i += 2) {
            if (segmentCrosses(points[i], points[i + 1], points[i + 2], points[i + 3], r)) {
                return true;
            }
        }
        return points.length == 2 && r.contains(points[0], points[1]);
    }

    /** Whether the segment passes through the rectangle. */
    static boolean segmentCrosses(int x0, int y0, int x1, int y1, Rect r) {
        return clipRange(x0, y0, x1, y1, r) != null;
    }

    /**
     * The parts of the route inside the rectangle, as polylines. Long edges of a large diagram reach far
     * off-screen; stroking only the visible part (dashes included) is what keeps a repaint cheap.
     */
    static List<int[]> clip(int[] points, Rect r) {
        List<int[]> parts = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int i = 0; i + 3 < points.length; i += 2) {
            int x0 = points[i];
            int y0 = points[i + 1];
            int x1 = points[i + 2];
            int y1 = points[i + 3];
            double[] range = clipRange(x0, y0, x1, y1, r);
            if (range == null) {
                flush(current, parts);
                continue;
            }
            int sx = (int) Math.round(x0 + range[0] * (x1 - x0));
            int sy = (int) Math.round(y0 + range[0] * (y1 - y0));
            int ex = (int) Math.round(x0 + range[1] * (x1 - x0));
            int ey = (int) Math.round(y0 + range[1] * (y1 - y0));
            boolean continues = !current.isEmpty() && current.get(current.size() - 2) == sx && current.get(current.size() - 1) == sy;
            if (!continues) {
                flush(current, parts);
                current.add(sx);
                current.add(sy);
            }
            current.add(ex);
            current.add(ey);
            if (range[1] < 1) {
                flush(current, parts); // the route leaves the rectangle here
            }
        }
        flush(current, parts);
        return parts;
    }

    private static void flush(List<Integer> current, List<int[]> parts) {
        if (current.size() >= 4) {
            parts.add(current.stream().mapToInt(Integer::intValue).toArray());
        }
        current.clear();
    }

    /** Liang-Barsky: the part [enter, leave] of the segment's parameter range inside the rectangle, or null. */
    private static double[] clipRange(int x0, int y0, int x1, int y1, Rect r) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - r.x(), r.right() - x0, y0 - r.y(), r.bottom() - y0};
        double enter = 0;
        double leave = 1;
        for (int side = 0; side < 4; side++) {
            if (p[side] == 0) {
                if (q[side] < 0) {
                    return null; // parallel to this side and outside it
                }
                continue;
            }
            double t = q[side] / p[side];
            if (p[side] < 0) {
                enter = Math.max(enter, t);
            } else {
                leave = Math.min(leave, t);
            }
            if (enter > leave) {
                return null;
            }
        }
        return new double[] {enter, leave};
    }
}
