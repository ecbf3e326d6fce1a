package org.innoscape.analysis.duplication.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Ranges handed out to this machine's cores: together they cover the register once, come back in order, and a failure stops them. */
class RangesOnThisMachineTest {
    /** A result that says which records it was asked for: candidatesScored is the range's start, skippedPostings its end. */
    private static DuplicateFinder.RangeResult bounds(int from, int to) {
        return new DuplicateFinder.RangeResult(new int[0], new int[0], from, to, 0, 0);
    }

    @Test
    void theRangesCoverEveryRecordOnceInOrder() {
        int most = RangesOnThisMachine.RANGES * RangesOnThisMachine.SMALLEST;
        for (int n : new int[] {0, 1, 255, 256, 257, most, most + 1, 100_000}) {
            List<DuplicateFinder.RangeResult> results = RangesOnThisMachine.scoreAll(n, RangesOnThisMachineTest::bounds);
            long expectedEnd = 0;
            for (DuplicateFinder.RangeResult result : results) {
                assertEquals(expectedEnd, result.candidatesScored(), "a range starts where the one before it ended (n = " + n + ")");
                assertTrue(result.skippedPostings() > result.candidatesScored(), "no empty range (n = " + n + ")");
                expectedEnd = result.skippedPostings();
            }
            assertEquals(n, expectedEnd, "the last range ends with the register");
            assertTrue(results.size() <= RangesOnThisMachine.RANGES, n + " records in " + results.size() + " ranges");
            assertTrue(n < RangesOnThisMachine.SMALLEST || results.get(0).skippedPostings() >= RangesOnThisMachine.SMALLEST,
                    "ranges are not smaller than " + RangesOnThisMachine.SMALLEST);
        }
    }

    @Test
    void aFailedRangeReachesTheCallerAndNoFurtherRangeIsTaken() throws InterruptedException {
        AtomicInteger scored = new AtomicInteger();
        RuntimeException failure = new CancellationException("cancelled");
        int n = 100_000;
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> RangesOnThisMachine.scoreAll(n, (from, to) -> {
            if (to == n) { // the last range, handed out first, fails at once; the others take a while
                throw failure;
            }
            scored.incrementAndGet();
            sleep(5);
            return bounds(from, to);
        }));
        // The same exception, or (thrown on another thread) one of its kind that the pool made with it as the cause.
        assertTrue(thrown == failure || thrown.getCause() == failure, "the range's failure reaches the caller: " + thrown);
        Thread.sleep(300); // a loop still running would go on taking ranges, about one every 5 ms
        assertTrue(scored.get() <= 4, "the other cores stop taking ranges: " + scored.get() + " scored after the failure");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
