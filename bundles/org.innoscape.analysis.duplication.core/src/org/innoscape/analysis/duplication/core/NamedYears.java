package org.innoscape.analysis.duplication.core;

import java.util.BitSet;

/**
 * The years a text names ("the 2022 cohort", "round 2018/19", "2016-2019"), as bits from
 * {@link #FIRST}: the rounds, cohorts and phases of one scheme differ in little else, and a text that
 * names its years says which round it is.
 */
final class NamedYears {
    static final int FIRST = 1950;
    private static final int LAST = 2049;
    /** Financial and academic years ("2018/19") are bits from here on, apart from calendar years. */
    private static final int FINANCIAL = 100;
    /** Spans longer than this name their two ends only. */
    private static final int LONGEST_SPAN = 10;

    private NamedYears() {
    }

    /**
     * The years the text names. A year is four digits from 1950 to 2049 that are not part of a longer
     * number, a word, a decimal or a sum ("£2000", "2,019" and "1.2019" are not years), optionally followed
     * by the end of a span: "/", "-" or "–" (spaces around it allowed) and four or two digits. Scanned by
     * hand, not by a regular expression: every initiative's text is read once per detection.
     */
    static BitSet of(String text) {
        BitSet years = new BitSet();
        if (text == null) {
            return years;
        }
        int length = text.length();
        for (int i = 0; i + 4 <= length; i++) {
            if (!isYearAt(text, i)) {
                continue;
            }
            int start = Integer.parseInt(text, i, i + 4, 10);
            i += 3;
            // The end of a span: separator, then exactly four or two digits.
            int j = skipSpaces(text, i + 1);
            String end = null;
            if (j < length && "/-\u2013".indexOf(text.charAt(j)) >= 0) {
                int k = skipSpaces(text, j + 1);
                int digits = digitsAt(text, k);
                if (digits == 4 || digits == 2) {
                    end = text.substring(k, k + digits);
                    i = k + digits - 1;
                }
            }
            if (start >= FIRST && start <= LAST) {
                add(years, start, end, end != null && text.charAt(j) == '/');
            }
        }
        return years;
    }

    /** Four digits starting 19 or 20 at {@code i}, neither preceded by a letter, digit, '.', ',' or currency sign nor followed by a digit. */
    private static boolean isYearAt(String text, int i) {
        char first = text.charAt(i);
        char second = text.charAt(i + 1);
        if (!(first == '1' && second == '9' || first == '2' && second == '0') || digitsAt(text, i) != 4) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return !Character.isLetterOrDigit(before) && ".,\u00a3$\u20ac".indexOf(before) < 0;
    }

    /** How many digits follow from {@code i} (0 at the end of the text). */
    private static int digitsAt(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isDigit(text.charAt(j))) {
            j++;
        }
        return j - i;
    }

    private static int skipSpaces(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static void add(BitSet years, int start, String endDigits, boolean slash) {
        int end = endDigits == null ? start : endDigits.length() == 4 ? Integer.parseInt(endDigits) : start / 100 * 100 + Integer.parseInt(endDigits);
        if (endDigits != null && endDigits.length() == 2 && end + 100 == start + 1) {
            end += 100; // "1999/00" is the financial year that ends in 2000; "1998-05" stays a date
        }
        // "2018/19" (or 2018-19) is one financial or academic year, not two calendar years: the next is "2019/20".
        if (end == start + 1 && (endDigits.length() == 2 || slash)) {
            years.set(FINANCIAL + start - FIRST);
            return;
        }
        years.set(start - FIRST);
        if (end > start && end <= LAST) {
            if (end - start <= LONGEST_SPAN) {
                years.set(start - FIRST, end - FIRST + 1);
            } else {
                years.set(end - FIRST);
            }
        }
    }

    /**
     * The years of a text as compared with another's: as named when the other names financial years too;
     * otherwise each financial year counts as its two calendar years, so that "the 2022 cohort" and
     * "2022/23" may be one round, and "2022/23" and "2019-2020" are not.
     */
    static BitSet comparedWith(BitSet years, BitSet other) {
        if (years.nextSetBit(FINANCIAL) < 0 || other.nextSetBit(FINANCIAL) >= 0) {
            return years;
        }
        BitSet asCalendar = years.get(0, FINANCIAL);
        for (int i = years.nextSetBit(FINANCIAL); i >= 0; i = years.nextSetBit(i + 1)) {
            asCalendar.set(i - FINANCIAL, Math.min(i - FINANCIAL + 2, FINANCIAL));
        }
        return asCalendar;
    }

    /** "2018, 2019/20" for a readable account. */
    static String describe(BitSet years) {
        StringBuilder text = new StringBuilder();
        for (int i = years.nextSetBit(0); i >= 0; i = years.nextSetBit(i + 1)) {
            int year = FIRST + i % FINANCIAL;
            text.append(text.isEmpty() ? "" : ", ").append(year).append(i >= FINANCIAL ? String.format("/%02d", (year + 1) % 100) : "");
        }
        return text.toString();
    }
}
