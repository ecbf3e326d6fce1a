package org.innoscape.cli.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;


/** Shows what a long run is doing on stderr; quiet for runs shorter than a second. */
final class StderrProgressMonitor extends NullProgressMonitor {
    private static final long QUIET_MILLIS = 1000;

    private final PrintStream err;
    private final long start = System.currentTimeMillis();
    private int total;
    private int done;

    StderrProgressMonitor(PrintStream err) {
        this.err = err;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        total = totalWork;
    }

    @Override
    public void subTask(String name) {
        if (System.currentTimeMillis() - start >= QUIET_MILLIS) {
            err.printf("[%d/%d] %s%n", Math.min(done + 1, Math.max(total, 1)), Math.max(total, 1), name);
        }
    }

    @Override
    public void worked(int work) {
        done += work;
    }
}
