package org.innoscape.analysis.semantic;

/** Why an embedder cannot be used here. */
public final class EmbedderUnavailable extends Exception {
    private static final long serialVersionUID = 1L;

    EmbedderUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
