package org.innoscape.diagram.description;

/** The look of an edge. */
public record EdgeStyle(Rgb color, int width, LineStyle line, ArrowHead sourceArrow, ArrowHead targetArrow) {

    public static EdgeStyle of(Rgb color) {
        return new EdgeStyle(color, 1, LineStyle.SOLID, ArrowHead.NONE, ArrowHead.OPEN);
    }

    public EdgeStyle withLine(LineStyle newLine) {
        return new EdgeStyle(color, width, newLine, sourceArrow, targetArrow);
    }

    public EdgeStyle withWidth(int newWidth) {
        return new EdgeStyle(color, newWidth, line, sourceArrow, targetArrow);
    }

    public EdgeStyle withArrows(ArrowHead source, ArrowHead target) {
        return new EdgeStyle(color, width, line, source, target);
    }

    public EdgeStyle withColor(Rgb newColor) {
        return new EdgeStyle(newColor, width, line, sourceArrow, targetArrow);
    }
}
