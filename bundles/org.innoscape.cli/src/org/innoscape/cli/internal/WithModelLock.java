package org.innoscape.cli.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.innoscape.model.persistence.ModelLock;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.UsageException;

/** Runs a command's read, change and save of a model as its only writer; a model another Innoscape is changing is exit 2. */
final class WithModelLock {

    /** The part of a command that reads, changes and saves the model. */
    interface Body {
        int run() throws UsageException;
    }

    private WithModelLock() {
    }

    static int run(String command, Path model, Console console, Body body) throws UsageException {
        try (ModelLock lock = ModelLock.acquire(model, ModelLock.WAIT)) {
            return body.run();
        } catch (ModelLock.Busy e) {
            console.err().println("innoscape " + command + ": " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR;
        } catch (IOException e) {
            console.err().println("innoscape " + command + ": cannot lock " + model + " for writing: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR;
        }
    }
}
