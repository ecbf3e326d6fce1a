package org.innoscape.diagram.description;

/**
 * Who places the nodes: FREE diagrams keep the positions the user (or the layout) stored; LANES
 * diagrams stack their containers as full-width lanes and flow the children inside them, so that
 * filters and model changes re-flow the landscape at once.
 */
public enum Arrangement {
    FREE, LANES
}
