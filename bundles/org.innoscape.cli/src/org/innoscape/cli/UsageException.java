package org.innoscape.cli;

/** Thrown by a command whose arguments or input cannot be used; the message is shown to the user. */
public class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
