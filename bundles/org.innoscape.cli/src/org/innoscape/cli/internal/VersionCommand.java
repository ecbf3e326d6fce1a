package org.innoscape.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code innoscape version}: the same as {@code --version}, for those who type it as a word. */
@Command(name = "version", description = "print the version (also --version)")
final class VersionCommand implements Runnable {
    private final String version;

    @Spec
    private CommandSpec spec;

    VersionCommand(String version) {
        this.version = version;
    }

    @Override
    public void run() {
        spec.commandLine().getOut().println("Innoscape " + version);
    }
}
