package org.innoscape.engines.spark;

/**
 * What a run that failed inside Spark says, in one line. Spark's own messages run to pages (a driver
 * stack trace after the first line, causes nested in causes), and running out of memory inside Spark
 * (a task's result too large for the driver to receive) reaches us as a lost task result, not as an
 * {@link OutOfMemoryError}: both are said as what they mean, with what to do.
 */
final class SparkFailure {
    /** Causes looked through: a cycle of causes must not loop. */
    private static final int MOST_CAUSES = 20;

    private SparkFailure() {
    }

    /**
     * @param moreHeap how to give the driver more memory where this run started
     */
    static String describe(Throwable failure, String moreHeap) {
        String first = firstLine(failure);
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MOST_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return "the detection ran out of memory inside Spark (" + firstLine(cause) + "): " + moreHeap;
            }
        }
        if (first.contains("TaskResultLost")) {
            // In one JVM (local) it is the driver's heap; on a cluster it may also be the executor that held the results.
            return "the driver could not receive a task's results (Spark's TaskResultLost: the driver ran out of memory receiving "
                    + "them, or the executor holding them was lost; Spark's log above says which): " + moreHeap
                    + "; or report fewer pairs with a higher threshold, e.g. --param threshold=0.7";
        }
        if (first.contains("stopped SparkContext")) {
            // What a driver says after a standalone master stayed silent for a minute ("All masters are unresponsive").
            return "Spark stopped before the work was done; with a cluster this is most often a master that did not take the application "
                    + "(Spark's log above then says 'All masters are unresponsive'): is the address the master's own port (7077 unless "
                    + "its log says otherwise), not its web page's (8080)?";
        }
        return first;
    }

    private static String firstLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
