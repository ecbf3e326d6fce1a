package org.innoscape.analysis.duplication.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which owners are companies, and when two registers' names of companies are one company. */
class CompaniesTest {
    private static String[] companies(String... owners) {
        List<InitiativeRecord.Owner> list = Arrays.stream(owners).map(name -> new InitiativeRecord.Owner(name, name, null)).toList();
        return Companies.of(new InitiativeRecord("x", "A name", "A description", List.of(), List.of(), List.of(), List.of(), null, null, null,
                null, null, null, null, null, null, list));
    }

    @Test
    void aCompanyIsKnownByItsNameWithoutItsEndingHoweverWritten() {
        assertArrayEquals(new String[] {"cura health"}, companies("CURA HEALTH LTD"));
        assertArrayEquals(new String[] {"acme"}, companies("The Acme Company Ltd"));
        assertArrayEquals(new String[] {"acme"}, companies("Acme & Co Ltd"));
        assertArrayEquals(new String[] {"acme"}, companies("Acm\u00e9 Ltd"));
        assertArrayEquals(new String[] {"acme"}, companies("Acme Lt\u200Bd"), "a zero-width space is not seen");
        assertArrayEquals(new String[] {"acme", "beta diagnostics"}, companies("Acme Ltd", "Beta Diagnostics plc"));
    }

    @Test
    void anOwnerThatIsNoCompanyMakesNoneOfThemCompanies() {
        assertArrayEquals(new String[] {}, companies("Acme Ltd", "University of Leeds"));
        assertArrayEquals(new String[] {}, companies("UK Ltd"), "an ending alone names no company");
        assertArrayEquals(new String[] {}, companies("Health Innovation Network"));
    }

    @Test
    void namesWrittenMoreOrLessFullyAreOneCompany() {
        assertTrue(Companies.share(companies("Acme Ltd"), companies("Acme Health Ltd")), "a group and its firm");
        assertTrue(Companies.share(companies("Acme Healthcare Ltd"), companies("ACME HEALTH CARE LIMITED")));
        assertTrue(Companies.share(companies("Beta Diagnostics plc", "Acme Ltd"), companies("Gamma Ltd", "Acme Limited")),
                "any owner in common");
        assertFalse(Companies.share(companies("Cura Health Ltd"), companies("Cura Diagnostics Ltd")));
        assertFalse(Companies.share(companies("Acme Ltd"), companies("Acmeon Ltd")), "a name begun is a word begun");
    }
}
