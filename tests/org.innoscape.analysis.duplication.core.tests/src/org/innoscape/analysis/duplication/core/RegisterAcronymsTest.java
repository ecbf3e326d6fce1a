package org.innoscape.analysis.duplication.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The acronyms a register defines by its names, and its words read through them. */
class RegisterAcronymsTest {
    private static InitiativeRecord named(String name, String description) {
        return new InitiativeRecord(name, name, description, List.of(), List.of(), List.of(), List.of(), null, null, null, null, null, null,
                null);
    }

    private static Map<String, String[]> acronyms(InitiativeRecord... records) {
        return RegisterAcronyms.of(List.of(records));
    }

    @Test
    void aNamesInitialsWrittenInCapitalsAreReadAsItsWords() {
        Map<String, String[]> learned = acronyms(named("Innovation and Technology Tariff: Atrial Fibrillation, Round 2", "Removes barriers."),
                named("ITT \u2013 AF rd 2", "During 2016/17 the prog. worked with 34 providers."),
                named("Rapid Uptake Products programme: 3D Printing in Stroke, Round 4", null), named("RUP \u2013 stroke care rd 4", null));
        assertArrayEquals(new String[] {"innovation", "technology", "tariff"}, learned.get("itt"));
        assertArrayEquals(new String[] {"rapid", "uptake", "products"}, learned.get("rup"), "'programme' at the end either way");
        try (TextTerms plain = new TextTerms(); TextTerms read = new TextTerms(learned)) {
            assertFalse(plain.terms("ITT \u2013 AF rd 2").contains("tariff"));
            assertTrue(read.terms("ITT \u2013 AF rd 2").containsAll(plain.terms("Innovation and Technology Tariff")), read.terms("ITT - AF rd 2")
                    .toString());
        }
    }

    @Test
    void initialsThatAreNotOneNamesOrNeverWrittenOrAWordAreNotLearned() {
        assertTrue(acronyms(named("Digital Pathology Network: pilots", "The DPN funds sites."), named("Diabetes Prevention Network", null))
                .isEmpty(), "two names give DPN: neither");
        assertTrue(acronyms(named("Digital Pathology Network: pilots", "The network funds sites.")).isEmpty(), "never written in capitals");
        assertTrue(acronyms(named("Falls Outreach Response: Kent", "REMOTE MONITORING FOR FALLS"), named("Other", "Support for staff."))
                .isEmpty(), "'for' is a word of the register, in capitals only in a title written so");
        assertTrue(acronyms(named("Continuous Glucose Monitoring: pilots", "CGM in care homes.")).isEmpty(), "listed abbreviations come first");
        assertTrue(acronyms(named("Innovation Fund", "The IF pays."), named("A Very Long Name Of Many More Words Than Any Name Has Here", "AVLNMWTANH"))
                .isEmpty(), "two letters are too few, nine words too many");
        List<InitiativeRecord> none = new ArrayList<>();
        assertEquals(new TreeSet<>(), new TreeSet<>(RegisterAcronyms.of(none).keySet()));
    }
}
