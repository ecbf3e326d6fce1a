package org.innoscape.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.innoscape.io.values.Vocabulary;
import org.innoscape.model.Tristate;

/** Converts register cells to model values; each method says in words what it expected. */
final class CellValues {
    private CellValues() {
    }

    /** Thrown with the reason a cell cannot be used. */
    static final class BadValue extends Exception {
        private static final long serialVersionUID = 1L;

        BadValue(String reason) {
            super(reason);
        }
    }

    static List<String> list(String cell) {
        List<String> values = new ArrayList<>();
        for (String part : cell.split(";")) {
            String value = stripped(part);
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }

    /**
     * The text without what nobody sees at either end: white space as {@link String#strip()} takes it, and also
     * the no-break spaces that spreadsheets and web pages leave (U+00A0, U+2007, U+202F) and the zero-width
     * characters (U+200B-U+200D, U+2060, U+FEFF). A cell holding only these is empty, so an id nobody can see is
     * refused like a missing one.
     */
    static String stripped(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && invisible(text.charAt(start))) {
            start++;
        }
        while (end > start && invisible(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    private static boolean invisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    static <E extends Enumerator> E enumeration(String cell, Vocabulary<E> vocabulary) throws BadValue {
        try {
            return vocabulary.get(cell);
        } catch (Vocabulary.UnknownValue e) {
            throw new BadValue(e.getMessage());
        }
    }

    static Tristate yesNo(String cell) throws BadValue {
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "" -> Tristate.UNKNOWN;
            case "yes", "y", "true", "1" -> Tristate.YES;
            case "no", "n", "false", "0" -> Tristate.NO;
            case "partly", "partial" -> Tristate.PARTLY;
            default -> throw new BadValue("expected yes or no");
        };
    }

    static String date(String cell) throws BadValue {
        if (cell.isBlank()) {
            return null;
        }
        return WrittenDates.read(cell).orElseThrow(() -> new BadValue(WrittenDates.financialYear(cell)
                ? "a financial year (April to March) is not a date: write the year or month the initiative started or ended, "
                        + "e.g. 2019, 2019-04 or 2020-03"
                : "not a date; expected " + WrittenDates.EXPECTED));
    }

    /** A budget of more digits than this (a thousand million million) is a mistake, not a programme. */
    private static final int LARGEST_AMOUNT_DIGITS = 18;
    private static final int MOST_DECIMALS = 6;
    /** The longest cell read as an amount or a range of two: longer ones are not numbers, and are not searched for one. */
    private static final int LONGEST_AMOUNT = 64;

    /** Refuses a cell too long to be an amount or a range of two, before any pattern searches it. */
    static void shortEnoughForAnAmount(String cell) throws BadValue {
        if (cell.length() > LONGEST_AMOUNT) {
            throw new BadValue("not a number (" + cell.length() + " characters); expected e.g. 5000000 or 5,000,000");
        }
    }

    static BigDecimal amount(String cell) throws BadValue {
        if (cell.isBlank()) {
            return null;
        }
        shortEnoughForAnAmount(cell);
        String written = cell.strip().replace("£", "");
        if (written.matches("-?[\\d,]+(\\.\\d+)?") && written.contains(",") && !written.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            // "1,0,0" is no way of writing 100: commas only between groups of three digits.
            throw new BadValue("not a number; commas go between groups of three digits, e.g. 5,000,000");
        }
        try {
            BigDecimal value = new BigDecimal(written.replace(",", "").replace("_", ""));
            if (value.signum() < 0) {
                throw new BadValue("a budget cannot be negative");
            }
            // Read from the digits and exponent alone: 1E+999999999 written out or added up would not fit in memory.
            if (value.signum() > 0 && value.precision() - value.scale() > LARGEST_AMOUNT_DIGITS) {
                throw new BadValue("out of range: a budget has at most " + LARGEST_AMOUNT_DIGITS + " digits before the decimal point");
            }
            if (value.scale() > MOST_DECIMALS) {
                throw new BadValue("more than " + MOST_DECIMALS + " decimal places; a budget is written to the penny, e.g. 1250.50");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadValue("not a number; expected e.g. 5000000 or 5,000,000");
        }
    }

    static Integer integer(String cell, int min, int max) throws BadValue {
        if (cell.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(cell.strip());
            if (value < min || value > max) {
                throw new BadValue("expected a whole number from " + min + " to " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadValue("expected a whole number from " + min + " to " + max);
        }
    }
}
