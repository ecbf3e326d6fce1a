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
}
