package org.innoscape.analysis.duplication.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The evidence of agreeing starts and places, from how often they agree by chance in the register. */
class ChanceAgreementsTest {
    private static InitiativeRecord record(String id, String description, LocalDate from, LocalDate startBy) {
        return new InitiativeRecord(id, "Programme " + id, description, List.of(), List.of(), List.of(), List.of(), null, null, null, null,
                null, null, from, null, startBy, List.of());
    }

    /**
     * 64 initiatives, one starting on the 15th of each month from January 2015, and one stated as the year 2016. 61 days either
     * side of a start to the day take in two months before and after it: with itself and the year, 6 of 65 (3.4 bits). The
     * year may start with any of its months, the two before and the two after: 17 of 65 (1.9 bits). An agreement counts what
     * the commoner of the two gives.
     */
    @Test
    void aStartFewShareIsStrongEvidenceAndAYearIsWeak() {
        List<InitiativeRecord> records = new ArrayList<>();
        for (int month = 0; month < 64; month++) {
            LocalDate start = LocalDate.of(2015, 1, 15).plusMonths(month);
            records.add(record("m" + month, "A programme.", start, start));
        }
        records.add(record("year", "A programme.", LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)));
        ChanceAgreements chance = new ChanceAgreements(new InitiativeFeatures(records), 61);
        int may2016 = 16;
        assertEquals(-Math.log(6 / 65.0) / Math.log(2), chance.startBits(may2016, may2016 + 1), 1e-6,
                "within 61 days of 15 May or 15 June 2016: five months each, and the year 2016, of 65");
        assertEquals(-Math.log(17 / 65.0) / Math.log(2), chance.startBits(may2016, 64), 1e-6,
                "the year 2016: its months, November 2015 to February 2017, and itself");
    }

    /** A town few name is strong evidence, a place half the register names weak; nothing shared, none. */
    @Test
    void aPlaceFewNameIsStrongEvidence() {
        List<InitiativeRecord> records = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            records.add(record("leeds" + i, "Run in Leeds.", null, null));
            records.add(record("other" + i, i < 2 ? "Run in Truro." : "Run across Kent.", null, null));
        }
        InitiativeFeatures features = new InitiativeFeatures(records);
        ChanceAgreements chance = new ChanceAgreements(features, 61);
        var places = features.named.get(NamedEntities.Kind.PLACE);
        double leeds = chance.placeBits(places[0], places[2]);
        double truro = chance.placeBits(places[1], places[3]);
        assertEquals(1.0, leeds, 1e-6, "half of those naming a place name Leeds");
        assertEquals(4.0, truro, 1e-6, "2 of 32 name Truro");
        assertEquals(0.0, chance.placeBits(places[0], places[1]), "Leeds and Truro share nothing");
    }
}
