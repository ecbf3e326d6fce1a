package org.innoscape.publish;

import java.io.IOException;

/** The folder cannot take a publication (a file, a link, or a folder of other files): nothing was written. */
public final class SiteRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    public SiteRefusedException(String message) {
        super(message);
    }
}
