package org.innoscape.diagram.layout;

import java.util.List;
import java.util.Map;

import org.innoscape.diagram.view.Rect;
import org.innoscape.model.LayoutDirection;
import org.innoscape.model.LineRouting;

/**
 * New bounds by node key, new bend points (x1, y1, x2, y2, ...) and label centres by edge key, and the
 * direction and line routing they were laid out with (applying the result makes them the diagram's).
 */
public record LayoutResult(Map<String, Rect> nodeBounds, Map<String, List<Integer>> bendpoints,
        LayoutDirection direction, LineRouting routing, Map<String, List<Integer>> labelPositions) {

    /** Where the layout put an edge's label (centre x, y), or an empty list when it did not place it. */
    public List<Integer> labelPosition(String edgeKey) {
        return labelPositions.getOrDefault(edgeKey, List.of());
    }
}
