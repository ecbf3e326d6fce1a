package org.innoscape.diagram.layout;

import java.util.List;
import java.util.Map;

import org.innoscape.diagram.view.Rect;
import org.innoscape.model.LayoutDirection;

/**
 * New bounds by node key and new bend points (x1, y1, x2, y2, ...) by edge key, and the direction
 * they were laid out in (applying the result makes it the diagram's).
 */
public record LayoutResult(Map<String, Rect> nodeBounds, Map<String, List<Integer>> bendpoints,
        LayoutDirection direction) {
}
