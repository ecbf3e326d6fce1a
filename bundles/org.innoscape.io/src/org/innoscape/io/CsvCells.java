package org.innoscape.io;

/**
 * Spreadsheet formula injection: a cell that starts with = + - or @ would run as a formula when the
 * file is opened in a spreadsheet. Exports put an apostrophe before such cells; imports take it off.
 */
final class CsvCells {

    private CsvCells() {
    }

    static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        return needsQuote(value) ? "'" + value : value;
    }

    /**
     * A formula start needs the apostrophe; so does a value that already starts with one before a
     * formula start, or import would take its apostrophe off.
     */
    private static boolean needsQuote(String value) {
        return startsLikeFormula(value) || value.length() >= 2 && value.charAt(0) == '\'' && needsQuote(value.substring(1));
    }

    static boolean startsLikeFormula(String value) {
        return !value.isEmpty() && isFormulaStart(value.charAt(0));
    }

    static String restore(String value) {
        return value.length() >= 2 && value.charAt(0) == '\'' && needsQuote(value.substring(1)) ? value.substring(1) : value;
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@';
    }
}
