package org.innoscape.diagram.description;

public enum ArrowHead {
    NONE, OPEN, CLOSED, DIAMOND
}
