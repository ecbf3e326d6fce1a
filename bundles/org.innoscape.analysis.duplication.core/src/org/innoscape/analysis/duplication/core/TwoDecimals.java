package org.innoscape.analysis.duplication.core;

import java.util.Locale;

/**
 * A score with two decimals, as {@code String.format(Locale.ROOT, "%.2f", value)} writes it, several times
 * faster: every reported pair's account and finding has a few, and a large register reports half a million
 * pairs. Values near a rounding boundary, values of ten million or more, and negative values rounding to zero
 * ("-0.00") are left to the formatter, whose half-up rounding of the shortest decimal is the reference.
 */
public final class TwoDecimals {
    private TwoDecimals() {
    }

    public static String of(double value) {
        double hundredths = value * 100;
        double fraction = hundredths - Math.floor(hundredths);
        // Below 1e9 hundredths a double's step is under 2e-7, so a shortest decimal ending in 5 lands within 1e-6 of .5.
        if (!(Math.abs(hundredths) < 1e9) || Math.abs(fraction - 0.5) < 1e-6 || Math.copySign(1.0, value) < 0 && hundredths > -0.5) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        long rounded = Math.round(hundredths);
        long whole = Math.abs(rounded) / 100;
        long cents = Math.abs(rounded) % 100;
        return (rounded < 0 ? "-" : "") + whole + (cents < 10 ? ".0" : ".") + cents;
    }
}
