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
            years.set(start - FIRST);
            if (m.group(2) != null) {
                int end = m.group(2).length() == 4 ? Integer.parseInt(m.group(2)) : start / 100 * 100 + Integer.parseInt(m.group(2));
                if (end > start && end <= LAST) {
                    if (end - start <= LONGEST_SPAN) {
                        years.set(start - FIRST, end - FIRST + 1);
                    } else {
                        years.set(end - FIRST);
                    }
                }
            }
        }
        return years;
    }

    /** "2018, 2019" for a readable account. */
    static String describe(BitSet years) {
        StringBuilder text = new StringBuilder();
        for (int i = years.nextSetBit(0); i >= 0; i = years.nextSetBit(i + 1)) {
            text.append(text.isEmpty() ? "" : ", ").append(FIRST + i);
        }
        return text.toString();
    }
}
