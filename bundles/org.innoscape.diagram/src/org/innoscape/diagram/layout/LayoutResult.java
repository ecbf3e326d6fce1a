package org.innoscape.diagram.layout;

import java.util.List;
import java.util.Map;

import org.innoscape.diagram.view.Rect;

/** New bounds by node key and new bend points (x1, y1, x2, y2, ...) by edge key. */
public record LayoutResult(Map<String, Rect> nodeBounds, Map<String, List<Integer>> bendpoints) {
}
