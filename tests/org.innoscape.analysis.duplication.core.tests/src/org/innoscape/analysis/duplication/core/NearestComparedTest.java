package org.innoscape.analysis.duplication.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** How many nearest in meaning each initiative is compared with, as the register grows. */
class NearestComparedTest {
    /**
     * Up to 100,000 initiatives the setting itself; beyond, one template's programmes grow with the register, and the nearest
     * compared grow with the square root of its size.
     */
    @Test
    void theSettingUpTo100000AndGrowingWithTheSquareRootBeyond() {
        DetectionSettings settings = DetectionSettings.defaults();
        int[][] initiativesAndNearest = { { 2, 10 }, { 20_000, 10 }, { 100_000, 10 }, { 100_001, 10 }, { 200_000, 14 }, { 300_000, 17 },
                { 1_000_000, 32 }, { 10_000_000, 100 } };
        for (int[] expected : initiativesAndNearest) {
            assertEquals(expected[1], settings.neighboursFor(expected[0]), expected[0] + " initiatives");
        }
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
