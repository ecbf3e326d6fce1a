package org.innoscape.analysis.duplication.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** How many nearest in meaning each initiative is compared with, as the register grows. */
class NearestComparedTest {
    @Test
    void upTo100000InitiativesTheSettingItself() {
        DetectionSettings settings = DetectionSettings.defaults();
        assertEquals(10, settings.neighboursFor(2));
        assertEquals(10, settings.neighboursFor(20_000));
        assertEquals(10, settings.neighboursFor(100_000));
    }

    /** One template's programmes grow with the register: the nearest compared grow with the square root of its size. */
    @Test
    void beyondGrowingWithTheSquareRootOfTheRegister() {
        DetectionSettings settings = DetectionSettings.defaults();
        assertEquals(10, settings.neighboursFor(100_001));
        assertEquals(14, settings.neighboursFor(200_000));
        assertEquals(17, settings.neighboursFor(300_000));
        assertEquals(32, settings.neighboursFor(1_000_000));
        assertEquals(100, settings.neighboursFor(10_000_000));
        assertEquals(40, DetectionSettings.of(Map.of("neighbours", "20", "neighbours-grow", "yes")).neighboursFor(400_000));
    }

    @Test
    void noneStayNoneNeverMoreThanAThousandAndGrowthCanBeTurnedOff() {
        assertEquals(0, DetectionSettings.of(Map.of("neighbours", "0")).neighboursFor(1_000_000));
        assertEquals(1000, DetectionSettings.of(Map.of("neighbours", "1000")).neighboursFor(1_000_000));
        assertEquals(10, DetectionSettings.of(Map.of("neighbours-grow", "no")).neighboursFor(1_000_000));
        assertThrows(IllegalArgumentException.class, () -> DetectionSettings.of(Map.of("neighbours-grow", "maybe")));
    }
}
