package org.innoscape.analysis.duplication.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A two-digit end that crosses a century: a financial year, not a date. */
class NamedYearsTest {

    @Test
    void aFinancialYearEndingInTheNextCenturyIsOneFinancialYear() {
        assertEquals(NamedYears.of("the 1999/2000 round"), NamedYears.of("the 1999/00 round"));
        assertEquals("1999/00", NamedYears.describe(NamedYears.of("funded in 1999/00")));
        assertNotEquals(NamedYears.of("the 1999 round"), NamedYears.of("the 1999/00 round"));
        assertEquals(NamedYears.of("opened in 1998"), NamedYears.of("opened 1998-05-01"), "a date is its year, not a span to 2005");
        assertEquals(NamedYears.of("in 1987"), NamedYears.of("in 1987-06"), "a month is not a span");
    }
}
