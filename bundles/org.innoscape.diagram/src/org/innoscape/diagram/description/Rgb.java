package org.innoscape.diagram.description;

/** A colour, independent of any toolkit so that descriptions and the SVG writer need no SWT. */
public record Rgb(int red, int green, int blue) {

    public Rgb {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("colour components must be 0..255: " + red + "," + green + "," + blue);
        }
    }

    /** Parses {@code #rrggbb}. */
    public static Rgb hex(String hex) {
        String digits = hex.startsWith("#") ? hex.substring(1) : hex;
        if (digits.length() != 6) {
            throw new IllegalArgumentException("expected #rrggbb, got " + hex);
        }
        int value = Integer.parseInt(digits, 16);
        return new Rgb(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
    }

    public String toHex() {
        return String.format("#%02x%02x%02x", red, green, blue);
    }

    /** A lighter (amount > 0) or darker (amount < 0) shade; amount in -1..1. */
    public Rgb shade(double amount) {
        return new Rgb(shade(red, amount), shade(green, amount), shade(blue, amount));
    }

    private static int shade(int component, double amount) {
        double target = amount > 0 ? 255 : 0;
        return (int) Math.round(component + (target - component) * Math.abs(amount));
    }

    public static final Rgb BLACK = new Rgb(0, 0, 0);
    public static final Rgb WHITE = new Rgb(255, 255, 255);
}
