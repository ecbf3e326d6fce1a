package org.innoscape.diagram.view;

/** An axis-aligned rectangle in diagram coordinates (pixels at 100 % zoom). */
public record Rect(int x, int y, int width, int height) {

    public static Rect spanning(int x1, int y1, int x2, int y2) {
        return new Rect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public int centerX() {
        return x + width / 2;
    }

    public int centerY() {
        return y + height / 2;
    }

    public boolean contains(int px, int py) {
        return px >= x && py >= y && px < x + width && py < y + height;
    }

    public boolean contains(Rect other) {
        return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
    }

    public boolean intersects(Rect other) {
        return other.x < right() && x < other.right() && other.y < bottom() && y < other.bottom();
    }

    public Rect union(Rect other) {
        int left = Math.min(x, other.x);
        int top = Math.min(y, other.y);
        return new Rect(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
    }

    public Rect translate(int dx, int dy) {
        return new Rect(x + dx, y + dy, width, height);
    }

    public Rect expand(int margin) {
        return new Rect(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    /** The same centre, sides scaled by {@code factor}. */
    public Rect scaleAroundCenter(double factor) {
        int w = (int) Math.round(width * factor);
        int h = (int) Math.round(height * factor);
        return new Rect(centerX() - w / 2, centerY() - h / 2, w, h);
    }
}
