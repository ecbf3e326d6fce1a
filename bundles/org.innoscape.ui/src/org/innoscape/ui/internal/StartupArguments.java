package org.innoscape.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the desktop application was asked to open: {@code --example} and any number of {@code --open FILE}. */
record StartupArguments(boolean example, List<Path> files) {

    static StartupArguments parse(String[] arguments) {
        boolean example = false;
        List<Path> files = new ArrayList<>();
        for (int i = 0; arguments != null && i < arguments.length; i++) {
            if ("--example".equals(arguments[i])) { //$NON-NLS-1$
                example = true;
            } else if ("--open".equals(arguments[i]) && i + 1 < arguments.length) { //$NON-NLS-1$
                files.add(Path.of(arguments[++i]));
            }
        }
        return new StartupArguments(example, List.copyOf(files));
    }
}
