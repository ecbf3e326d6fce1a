package org.innoscape.diagram.view;

import java.util.List;

/**
 * Places a landscape: containers as lanes stacked top to bottom, all as wide as the widest; the
 * children of a lane flow left to right in rows. An empty lane keeps one row of height, so gaps
 * in the landscape stay visible.
 */
final class LaneArrangement {
    static final int HEADER_WIDTH = 150;
    static final int GAP = 10;
    static final int COLUMNS = 6;

    private LaneArrangement() {
    }

    static void arrange(List<ViewNode> lanes) {
        int childWidth = 0;
        int childHeight = 0;
        for (ViewNode lane : lanes) {
            for (ViewNode child : lane.children()) {
                childWidth = Math.max(childWidth, child.style().width());
                childHeight = Math.max(childHeight, child.style().height());
            }
        }
        childWidth = Math.max(childWidth, 140);
        childHeight = Math.max(childHeight, 40);
        int laneWidth = HEADER_WIDTH + GAP + COLUMNS * (childWidth + GAP);
        int y = 0;
        for (ViewNode lane : lanes) {
            int rows = Math.max(1, (lane.children().size() + COLUMNS - 1) / COLUMNS);
            int laneHeight = Math.max(lane.style().height(), GAP + rows * (childHeight + GAP));
            lane.setBounds(new Rect(0, y, laneWidth, laneHeight));
            int index = 0;
            for (ViewNode child : lane.children()) {
                int column = index % COLUMNS;
                int row = index / COLUMNS;
                child.setBounds(new Rect(HEADER_WIDTH + GAP + column * (childWidth + GAP),
                        y + GAP + row * (childHeight + GAP), childWidth, childHeight));
                index++;
            }
            y += laneHeight + GAP / 2;
        }
    }
}
