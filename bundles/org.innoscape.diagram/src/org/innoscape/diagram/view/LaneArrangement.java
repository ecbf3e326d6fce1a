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
    private static final int MIN_WIDTH = 140;
    private static final int MIN_HEIGHT = 40;

    private LaneArrangement() {
    }

    static void arrange(List<ViewNode> lanes) {
        int childWidth = 0;
        int childHeight = 0;
        for (ViewNode lane : lanes) {
            for (ViewNode child : lane.children()) {
                childWidth = Math.max(childWidth, scaled(Math.max(child.style().width(), MIN_WIDTH), child));
                childHeight = Math.max(childHeight, scaled(Math.max(child.style().height(), MIN_HEIGHT), child));
            }
        }
        childWidth = Math.max(childWidth, MIN_WIDTH);
        childHeight = Math.max(childHeight, MIN_HEIGHT);
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
                Rect cell = new Rect(HEADER_WIDTH + GAP + column * (childWidth + GAP), y + GAP + row * (childHeight + GAP),
                        childWidth, childHeight);
                if (child.sizeFactor() == 1.0) {
                    child.setBounds(cell);
                } else {
                    // Drawn by size: its own scaled size, in the middle of a cell as large as the largest.
                    int width = scaled(Math.max(child.style().width(), MIN_WIDTH), child);
                    int height = scaled(Math.max(child.style().height(), MIN_HEIGHT), child);
                    child.setBounds(new Rect(cell.centerX() - width / 2, cell.centerY() - height / 2, width, height));
                }
                index++;
            }
            y += laneHeight + GAP / 2;
        }
    }

    private static int scaled(int size, ViewNode node) {
        return (int) Math.round(size * node.sizeFactor());
    }
}
