package org.innoscape.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.innoscape.model.values.PartialDate;

/**
 * Dates as registers write them, read into the model's partial dates ({@code 2021}, {@code 2021-04},
 * {@code 2021-04-30}). Grant databases and spreadsheets saved as CSV write a time after the day
 * ({@code 2021-04-30T00:00:00+00:00}, {@code 30/04/2021 00:00}), the day first with slashes, dots or dashes,
 * or the month in words ({@code 30 April 2021}, {@code 30-Apr-2021}, {@code Apr 2021}). Numbers are read day
 * first, as in the UK and most of Europe. A register written month first is refused at its first day above 12
 * ({@code 04/30/2021}: no month 30), and an import is all or nothing; one whose days are all 12 or less cannot
 * be told from a day-first one.
 */
final class WrittenDates {
    /** What the import reads, for messages. */
    static final String EXPECTED = PartialDate.EXPECTED + " (a time after the day is ignored), dd/mm/yyyy (day first), "
            + "mm/yyyy, or the month in words (30 April 2021, Apr 2021)";

    /** A time of day after a date, ignored: "00:00", "00:00:00.000", "12:00 AM", "09:30:00+01:00", "23:59:59Z". */
    private static final String TIME = "[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s?[AaPp]\\.?[Mm]\\.?)?(?:\\s?(?:Z|UTC|GMT|[+-]\\d{2}:?\\d{2}))?";
    private static final Pattern ISO_WITH_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})" + TIME);
    /** Day, month and year with one separator used twice ("1/4.2019" is not a date). */
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?:" + TIME + ")?");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.](\\d{4})");
    private static final Pattern IN_WORDS = Pattern.compile("(?:(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+)?([A-Za-z]+)\\.?,?[\\s-]+(\\d{4})(?:" + TIME + ")?");
    private static final Map<String, Integer> MONTHS = months();

    private WrittenDates() {
    }

    /** The partial date a cell writes, as the model keeps it; empty when it writes none of the forms read. */
    static Optional<String> read(String cell) {
        String text = cell.strip();
        if (PartialDate.parse(text).isPresent()) {
            return Optional.of(text);
        }
        try {
            Matcher m = ISO_WITH_TIME.matcher(text);
            if (m.matches()) {
                return PartialDate.parse(m.group(1)).map(PartialDate::text);
            }
            m = DAY_FIRST.matcher(text);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)))
                        .toString());
            }
            m = MONTH_YEAR.matcher(text);
            if (m.matches()) {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))).toString());
            }
            m = IN_WORDS.matcher(text);
            if (m.matches()) {
                Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
                if (month == null) {
                    return Optional.empty();
                }
                YearMonth yearMonth = YearMonth.of(Integer.parseInt(m.group(3)), month);
                return Optional.of(m.group(1) == null ? yearMonth.toString() : yearMonth.atDay(Integer.parseInt(m.group(1))).toString());
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // 31/02/2021, 13/2021: not a date
        }
        return Optional.empty();
    }

    /** A UK financial year ("2019/20", "2019-2020", "FY 2019/20"): two years in a row, which no date form reads. */
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(?:FY\\s*)?(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})", Pattern.CASE_INSENSITIVE);

    /** Whether a cell that reads as no date writes a financial year: the message can then say what to write instead. */
    static boolean financialYear(String cell) {
        Matcher m = FINANCIAL_YEAR.matcher(cell.strip());
        if (!m.matches()) {
            return false;
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        return m.group(2).length() == 2 ? second == (first + 1) % 100 : second == first + 1;
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new java.util.HashMap<>();
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
                "december"};
        for (int i = 0; i < names.length; i++) {
            months.put(names[i], i + 1);
            months.put(names[i].substring(0, 3), i + 1);
        }
        months.put("sept", 9);
        return Map.copyOf(months);
    }
}
