package org.innoscape.cli.internal;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a command ended from outside (Ctrl-C, a kill) says on its way out: without it the JVM ends with exit
 * code 130 and not a word, and a script cannot tell a stopped import from one that never began. Every file is
 * written atomically, so what it says holds for all of them.
 */
public final class InterruptNotice {
    private final String command;
    private final AtomicBoolean finished = new AtomicBoolean();

    public InterruptNotice(String command) {
        this.command = command;
    }

    /** Installs the notice as a shutdown hook printing to {@code err}. */
    static InterruptNotice install(String command, PrintStream err) {
        InterruptNotice notice = new InterruptNotice(command);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> notice.message().ifPresent(message -> {
            err.println(message);
            err.flush();
        }), "innoscape: interrupted"));
        return notice;
    }

    public void finished() {
        finished.set(true);
    }

    /** The line to print when the JVM ends now: none once the command has returned. */
    public Optional<String> message() {
        if (finished.get()) {
            return Optional.empty();
        }
        return Optional.of("innoscape" + (command.isEmpty() ? "" : " " + command) + ": ended before it finished (a signal); "
                + "each file is replaced whole or not at all, so each is as it was or complete (of a command writing several, some may be new)");
    }
}
