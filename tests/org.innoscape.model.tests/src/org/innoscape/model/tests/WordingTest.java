package org.innoscape.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.innoscape.model.DriverKind;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.values.Wording;
import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void enumerationValuesReadAsWords() {
        assertEquals("cross cutting theme", Wording.of(DriverKind.CROSS_CUTTING_THEME));
        assertEquals("Cross cutting theme", Wording.capitalized(DriverKind.CROSS_CUTTING_THEME));
        assertEquals("Innovators", Wording.capitalized(FundingRecipients.INNOVATORS));
    }

    @Test
    void namesInsideASentence() {
        assertEquals("patients and the public", Wording.inSentence("Patients and the public"));
        assertEquals("NHS trusts", Wording.inSentence("NHS trusts"), "an acronym keeps its capitals");
        assertEquals("(unnamed)", Wording.inSentence(null));
        assertEquals("(unnamed)", Wording.inSentence("  "));
    }

    @Test
    void wordingDoesNotDependOnTheDefaultLocale() {
        java.util.Locale previous = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
        try {
            assertEquals("industry", Wording.inSentence("Industry"), "no dotless i");
            assertEquals("international", Wording.of(org.innoscape.model.ActorLevel.INTERNATIONAL));
            assertEquals("Driver", Wording.capitalized(org.innoscape.model.DriverKind.DRIVER));
        } finally {
            java.util.Locale.setDefault(previous);
        }
    }
}
