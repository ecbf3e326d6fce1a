package org.innoscape.analysis.semantic;

/** Why an embedder cannot be used here. */
public final class EmbedderUnavailable extends Exception {
    private static final long serialVersionUID = 1L;

    /** "{@code what} (the failure's class: its message)". */
    EmbedderUnavailable(String what, Throwable cause) {
        super(what + " (" + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")", cause);
    }
}
