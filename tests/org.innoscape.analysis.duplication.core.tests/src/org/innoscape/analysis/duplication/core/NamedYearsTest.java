package org.innoscape.analysis.duplication.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Spans whose two-digit end crosses a century. */
class NamedYearsTest {

    @Test
    void aFinancialYearEndingInTheNextCenturyIsOneFinancialYear() {
        assertEquals(NamedYears.of("the 1999/2000 round"), NamedYears.of("the 1999/00 round"));
        assertEquals("1999/00", NamedYears.describe(NamedYears.of("funded in 1999/00")));
        assertNotEquals(NamedYears.of("the 1999 round"), NamedYears.of("the 1999/00 round"));
        assertEquals(NamedYears.of("1995-2005"), NamedYears.of("1995-05"), "a span with a two-digit end past the century");
    }
}
