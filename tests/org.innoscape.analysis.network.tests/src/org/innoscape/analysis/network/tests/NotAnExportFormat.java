package org.innoscape.analysis.network.tests;

/** Declared in fragment.xml as an export format, which it is not: skipped. */
public final class NotAnExportFormat {
}
