package org.innoscape.diagram.description;

/** How a node is drawn. A lane is a wide container with its label in a header band on the left. */
public enum NodeShape {
    RECTANGLE, ROUNDED, ELLIPSE, LANE
}
