package org.innoscape.diagram.description;

public enum LineStyle {
    SOLID, DASH, DOT
}
