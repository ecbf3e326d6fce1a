package org.innoscape.model.values;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, month or day, as the sources give them: {@code 2021}, {@code 2021-04}
 * or {@code 2021-04-30}. It covers a span from {@link #earliest()} to {@link #latest()}.
 */
public record PartialDate(String text, LocalDate earliest, LocalDate latest) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** The expected format, for messages. */
    public static final String EXPECTED = "yyyy, yyyy-mm or yyyy-mm-dd";

    /** Parses {@code text}; empty when it is not a valid partial date. */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(new PartialDate(text.strip(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return Optional.of(new PartialDate(text.strip(), month.atDay(1), month.atEndOfMonth()));
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return Optional.of(new PartialDate(text.strip(), day, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** True when a span from {@code start} to {@code end} is possible (end not wholly before start). */
    public static boolean isOrdered(PartialDate start, PartialDate end) {
        return !end.latest().isBefore(start.earliest());
    }

    /** True when the spans [start1, end1] and [start2, end2] share at least a day; open ends are unbounded. */
    public static boolean overlap(PartialDate start1, PartialDate end1, PartialDate start2, PartialDate end2) {
        LocalDate from1 = start1 == null ? LocalDate.MIN : start1.earliest();
        LocalDate to1 = end1 == null ? LocalDate.MAX : end1.latest();
        LocalDate from2 = start2 == null ? LocalDate.MIN : start2.earliest();
        LocalDate to2 = end2 == null ? LocalDate.MAX : end2.latest();
        return !from1.isAfter(to2) && !from2.isAfter(to1);
    }
}
