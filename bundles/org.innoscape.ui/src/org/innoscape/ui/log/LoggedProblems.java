package org.innoscape.ui.log;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.innoscape.ui.InnoscapeUi;

/**
 * The desktop's end of Innoscape's one logging path (java.util.logging, which Innoscape code reaches
 * through {@link System.Logger} and the libraries through their bridges): warnings and errors are
 * kept for the Log view and the status line, and written to the workspace log ({@code .metadata/.log})
 * through Eclipse's {@link ILog}. Plug-in problems of the analysis and diagram registries arrive here.
 */
public final class LoggedProblems extends Handler {
    /** One warning or error, as the Log view shows it. */
    public record Entry(Instant time, Level level, String source, String message, Throwable thrown) {
    }

    static final int KEPT = 500;
    private static final LoggedProblems INSTANCE = new LoggedProblems();

    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile ILog workspaceLog;

    private LoggedProblems() {
        setLevel(Level.WARNING);
    }

    public static LoggedProblems get() {
        return INSTANCE;
    }

    /** Collects from the root logger from now on (idempotent); {@code workspaceLog} may be null. */
    public static void install(ILog workspaceLog) {
        INSTANCE.workspaceLog = workspaceLog;
        Logger root = Logger.getLogger(""); //$NON-NLS-1$
        for (Handler handler : root.getHandlers()) {
            if (handler == INSTANCE) {
                return;
            }
        }
        root.addHandler(INSTANCE);
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null || !isLoggable(record)) {
            return;
        }
        String message = record.getMessage();
        if (record.getParameters() != null && record.getParameters().length > 0 && message != null) {
            message = java.text.MessageFormat.format(message, record.getParameters());
        }
        Entry entry = new Entry(record.getInstant(), record.getLevel(), record.getLoggerName() == null ? "" : record.getLoggerName(), //$NON-NLS-1$
                message == null ? "" : message, record.getThrown()); //$NON-NLS-1$
        synchronized (entries) {
            entries.addLast(entry);
            if (entries.size() > KEPT) {
                entries.removeFirst();
            }
        }
        ILog log = workspaceLog;
        if (log != null) {
            int severity = record.getLevel().intValue() >= Level.SEVERE.intValue() ? IStatus.ERROR : IStatus.WARNING;
            log.log(new Status(severity, InnoscapeUi.PLUGIN_ID, entry.source() + ": " + entry.message(), entry.thrown())); //$NON-NLS-1$
        }
        listeners.forEach(Runnable::run);
    }

    /** The kept entries, oldest first. */
    public List<Entry> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
        listeners.forEach(Runnable::run);
    }

    /** Called in the logging thread after every entry and after clear. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    @Override
    public void flush() {
        // entries are kept in memory; ILog writes itself
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
