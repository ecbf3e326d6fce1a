package org.innoscape.diagram.description;

/** The look of a node; {@code width} and {@code height} are the size a new node gets. */
public record NodeStyle(NodeShape shape, Rgb fill, Rgb border, int borderWidth, Rgb labelColor, int fontSize,
        boolean bold, int width, int height) {

    public static NodeStyle of(NodeShape shape, Rgb fill, Rgb border) {
        return new NodeStyle(shape, fill, border, 1, Rgb.BLACK, 9, false, 120, 50);
    }

    public NodeStyle withFill(Rgb newFill) {
        return new NodeStyle(shape, newFill, border, borderWidth, labelColor, fontSize, bold, width, height);
    }

    public NodeStyle withBorder(Rgb newBorder, int newWidth) {
        return new NodeStyle(shape, fill, newBorder, newWidth, labelColor, fontSize, bold, width, height);
    }

    public NodeStyle withLabel(Rgb color, int size, boolean isBold) {
        return new NodeStyle(shape, fill, border, borderWidth, color, size, isBold, width, height);
    }

    public NodeStyle withSize(int newWidth, int newHeight) {
        return new NodeStyle(shape, fill, border, borderWidth, labelColor, fontSize, bold, newWidth, newHeight);
    }

    public NodeStyle withShape(NodeShape newShape) {
        return new NodeStyle(newShape, fill, border, borderWidth, labelColor, fontSize, bold, width, height);
    }
}
