package org.innoscape.cli;

/**
 * An input (a model, a register, a mapping) cannot be read: the message names the file and, where
 * known, the line and column. Exit code 2 like a usage error, but the usage is not offered, since the
 * command was typed correctly.
 */
public class InputException extends UsageException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
