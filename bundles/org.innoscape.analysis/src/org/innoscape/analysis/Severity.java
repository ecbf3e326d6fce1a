package org.innoscape.analysis;

import java.util.Locale;

/** How serious a finding is; {@code --fail-on} compares against this order. */
public enum Severity {
    INFO, WARNING, ERROR;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
