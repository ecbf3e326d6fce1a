package org.innoscape.cli;

import java.util.List;

/** The commands that {@code ./innoscape} offers, in the order {@code --help} lists them. */
final class Commands {

    private Commands() {
    }

    static List<Command> all() {
        return List.of(new ValidateCommand());
    }
}
