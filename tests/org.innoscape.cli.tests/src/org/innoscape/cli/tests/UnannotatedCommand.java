package org.innoscape.cli.tests;

import org.innoscape.cli.Command;
import org.innoscape.cli.Console;

/** A contributed command without picocli's @Command: it has no name to be called by, so it is skipped. */
public final class UnannotatedCommand implements Command {

    @Override
    public int run(Console console) {
        return 0;
    }
}
