package org.innoscape.engines.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;

/** A failure inside Spark is one line, and running out of memory there says so with what to do. */
class SparkFailureTest {
    private static final String MORE = "give it more";

    @Test
    void aJobAbortedIsItsFirstLineWithoutTheDriverStackTrace() {
        SparkException aborted = new SparkException("Job aborted due to stage failure: Task 3 in stage 2.0 failed 4 times\nDriver stacktrace:\n\tat x");
        assertEquals("Job aborted due to stage failure: Task 3 in stage 2.0 failed 4 times", SparkFailure.describe(aborted, MORE));
    }

    @Test
    void aLostTaskResultIsSaidAsTheDriverNotReceivingItWithWhatToDo() {
        // As Spark 4.2 words it when the driver runs out of heap fetching a large result (seen with -Xmx512m, local[1]).
        SparkException lost = new SparkException("Job aborted due to stage failure: Task 1 in stage 1.0 failed 1 times, most recent failure: "
                + "Lost task 1.0 in stage 1.0 (TID 2) (192.0.2.2 executor driver): TaskResultLost (result lost from block manager)\nDriver stacktrace:");
        String said = SparkFailure.describe(lost, MORE);
        assertTrue(said.startsWith("the driver could not receive a task's results (Spark's TaskResultLost: the driver ran out of memory"),
                said);
        assertTrue(said.contains(MORE) && said.contains("--param threshold="), said);
        assertTrue(!said.contains("\n"), said);
    }

    @Test
    void anOutOfMemoryErrorAmongTheCausesIsSaidAsSuch() {
        RuntimeException wrapped = new RuntimeException("Exception thrown in awaitResult:\n\tat y",
                new IllegalStateException("fetch failed", new OutOfMemoryError("Java heap space")));
        assertEquals("the detection ran out of memory inside Spark (Java heap space): give it more", SparkFailure.describe(wrapped, MORE));
    }

    /** After a master that never answered as a master, Spark's last word is about a stopped context: said as what it most often means. */
    @Test
    void aStoppedContextIsSaidAsAMasterThatDidNotTakeTheApplication() {
        String said = SparkFailure.describe(new IllegalStateException("Cannot call methods on a stopped SparkContext.\nThis stopped SparkContext "
                + "was created at:"), MORE);
        assertTrue(said.startsWith("Spark stopped before the work was done") && said.contains("All masters are unresponsive")
                && said.contains("7077"), said);
    }

    @Test
    void aFailureWithoutAMessageIsNamedByItsKind() {
        assertEquals("java.lang.IllegalStateException", SparkFailure.describe(new IllegalStateException(), MORE));
    }
}
