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
        return isFormulaStart(value.charAt(0)) ? "'" + value : value;
    }

    static String restore(String value) {
        return value.length() >= 2 && value.charAt(0) == '\'' && isFormulaStart(value.charAt(1)) ? value.substring(1) : value;
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@';
    }
}
