package org.innoscape.model.values;

/**
 * Spreadsheet formula injection: a cell that starts with = + - @, a tab or a carriage return can run
 * as a formula when the file is opened in a spreadsheet. Exports put an apostrophe before such cells
 * (header cells too: property keys become headers); imports take it off. Used by register exports
 * and by the CSV report.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        return needsQuote(value) ? "'" + value : value;
    }

    /**
     * A formula start needs the apostrophe; so does a value that already starts with apostrophes before
     * a formula start, or import would take one of its apostrophes off. Counted in a loop: a cell of
     * 90,000 apostrophes must not exhaust the stack.
     */
    private static boolean needsQuote(String value) {
        int first = 0;
        while (first < value.length() - 1 && value.charAt(first) == '\'') {
            first++;
        }
        return first < value.length() && isFormulaStart(value.charAt(first));
    }

    public static boolean startsLikeFormula(String value) {
        return !value.isEmpty() && isFormulaStart(value.charAt(0));
    }

    public static String restore(String value) {
        return value.length() >= 2 && value.charAt(0) == '\'' && needsQuote(value.substring(1)) ? value.substring(1) : value;
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
