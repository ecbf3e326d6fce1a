package org.innoscape.analysis.duplication.core;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years a text names ("the 2022 cohort", "round 2018/19", "2016-2019"), as bits from
 * {@link #FIRST}: the rounds, cohorts and phases of one scheme differ in little else, and a text that
 * names its years says which round it is.
 */
final class NamedYears {
    static final int FIRST = 1950;
    private static final int LAST = 2049;
    /** A year, optionally followed by the end of a span: "2018/19", "2018-2019", "2016 – 2019". */
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\p{N}.,£$€])((?:19|20)\\d\\d)(?:\\s*[/\\-–]\\s*(\\d{4}|\\d{2}))?(?![\\p{N}])");
    /** Financial and academic years ("2018/19") are bits from here on, apart from calendar years. */
    private static final int FINANCIAL = 100;
    /** Spans longer than this name their two ends only. */
    private static final int LONGEST_SPAN = 10;

    private NamedYears() {
    }

    static BitSet of(String text) {
        BitSet years = new BitSet();
        if (text == null) {
            return years;
        }
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int start = Integer.parseInt(m.group(1));
            if (start < FIRST || start > LAST) {
                continue;
            }
            int end = m.group(2) == null ? start
                    : m.group(2).length() == 4 ? Integer.parseInt(m.group(2)) : start / 100 * 100 + Integer.parseInt(m.group(2));
            // "2018/19" (or 2018-19) is one financial or academic year, not two calendar years: the next is "2019/20".
            if (end == start + 1 && (m.group(2).length() == 2 || m.group(0).contains("/"))) {
                years.set(FINANCIAL + start - FIRST);
                continue;
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
        return years;
    }

    /**
     * The years of a text as compared with another's: as named when both name calendar years or both
     * financial ones; otherwise a financial year counts as its two calendar years, so that "the 2022
     * cohort" and "2022/23" may be one round, and "2022/23" and "2019-2020" are not.
     */
    static BitSet comparedWith(BitSet years, BitSet other) {
        boolean calendar = years.previousSetBit(FINANCIAL - 1) >= 0 && other.previousSetBit(FINANCIAL - 1) >= 0;
        boolean financial = years.nextSetBit(FINANCIAL) >= 0 && other.nextSetBit(FINANCIAL) >= 0;
        if (calendar || financial || years.nextSetBit(FINANCIAL) < 0) {
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
