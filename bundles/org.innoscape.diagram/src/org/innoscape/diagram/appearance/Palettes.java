package org.innoscape.diagram.appearance;

import java.util.List;

import org.innoscape.diagram.description.Rgb;

/**
 * The colours appearances draw with: categories from Okabe and Ito's palette, which readers with
 * any common colour-vision deficiency tell apart; numbers along one hue from light to dark.
 */
public final class Palettes {
    /** Okabe-Ito, without its black (labels are black): orange, sky blue, green, yellow, blue, vermilion, purple. */
    public static final List<Rgb> CATEGORIES = List.of(Rgb.hex("#e69f00"), Rgb.hex("#56b4e9"), Rgb.hex("#009e73"),
            Rgb.hex("#f0e442"), Rgb.hex("#0072b2"), Rgb.hex("#d55e00"), Rgb.hex("#cc79a7"));
    /** The categories beyond the palette share this grey. */
    public static final Rgb OTHER = Rgb.hex("#bbbbbb");
    /** Elements that state no value. */
    public static final Rgb NOT_STATED = Rgb.WHITE;
    /** A size's sample in the legend. */
    public static final Rgb NEUTRAL = Rgb.hex("#dddddd");
    private static final Rgb LIGHTEST = Rgb.hex("#eff3ff");
    private static final Rgb DARKEST = Rgb.hex("#08519c");

    private Palettes() {
    }

    /** The colour of the {@code index}-th category (0-based); grey beyond the palette. */
    public static Rgb category(int index) {
        return index >= 0 && index < CATEGORIES.size() ? CATEGORIES.get(index) : OTHER;
    }

    /** The colour of a number at {@code share} (0 lowest, 1 highest) of the range. */
    public static Rgb ramp(double share) {
        double t = Math.max(0, Math.min(1, share));
        return new Rgb(mix(LIGHTEST.red(), DARKEST.red(), t), mix(LIGHTEST.green(), DARKEST.green(), t),
                mix(LIGHTEST.blue(), DARKEST.blue(), t));
    }

    /** Black or white, whichever reads better on {@code fill} (relative luminance, WCAG's formula). */
    public static Rgb labelOn(Rgb fill) {
        double luminance = 0.2126 * linear(fill.red()) + 0.7152 * linear(fill.green()) + 0.0722 * linear(fill.blue());
        return luminance > 0.18 ? Rgb.BLACK : Rgb.WHITE;
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
