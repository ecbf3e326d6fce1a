package org.innoscape.analysis.duplication.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The register's bodies as names name them. */
class NamedOwnersTest {
    private static InitiativeRecord owned(String id, InitiativeRecord.Owner owner) {
        return new InitiativeRecord(id, "A name", "A description", List.of(), List.of(), List.of(), List.of(), null, null, null, null, null,
                null, null, null, null, List.of(owner));
    }

    private final NamedOwners owners = new NamedOwners(List.of(
            owned("a", new InitiativeRecord.Owner("o1", "NHS England", "NHSE")),
            owned("b", new InitiativeRecord.Owner("o2", "Kent Surrey Sussex Academic Health Science Network", "KSS AHSN")),
            owned("c", new InitiativeRecord.Owner("o3", "Severn AI Limited", null))));

    @Test
    void bodiesAreNamedByNameAcronymAndACompanysNameWithoutItsEnding() {
        assertEquals(1, owners.named(TextWords.of("NHSE digital pathology")).length);
        assertEquals(1, owners.named(TextWords.of("KSS AHSN net zero bootcamp")).length);
        assertEquals(1, owners.named(TextWords.of("SEVERN AI acoustic cough analysis")).length);
        assertEquals(2, owners.named(TextWords.of("NHS England and KSS AHSN: one scheme")).length);
        assertEquals(0, owners.named(TextWords.of("Digital pathology in Kent")).length);
    }

    @Test
    void aNameRepeatingABodyManyTimesIsReadInLinearWork() {
        List<String> words = new ArrayList<>(Collections.nCopies(200_000, "nhse"));
        int[] once = owners.named(TextWords.of("NHSE"));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertArrayEquals(once, owners.named(words)));
    }
}
