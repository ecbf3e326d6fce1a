package org.innoscape.analysis;

/** The kinds of value an analysis parameter takes. */
public enum ParameterType {
    INTEGER, DECIMAL, BOOLEAN, TEXT;

    /** A decimal number as people write it: 0.7, .7, 7, -1.5e3. */
    private static final String WRITTEN_NUMBER = "[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?";

    /** Converts user text (CLI {@code --param}, preferences) to a value, or says what was expected. */
    public Object parse(String text) {
        String value = text.strip();
        switch (this) {
            case INTEGER -> {
                try {
                    return Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected a whole number, got '" + text + "'");
                }
            }
            case DECIMAL -> {
                double number;
                try {
                    // Java's own reading also takes "0x1p-3", "1d" and "NaN": not numbers as a user writes them.
                    number = value.matches(WRITTEN_NUMBER) ? Double.parseDouble(value) : Double.NaN;
                } catch (NumberFormatException e) {
                    number = Double.NaN;
                }
                if (Double.isNaN(number)) {
                    throw new IllegalArgumentException("expected a number such as 0.7, got '" + text + "'");
                }
                if (!Double.isFinite(number)) {
                    throw new IllegalArgumentException("expected a finite number, got '" + text + "'");
                }
                return number;
            }
            case BOOLEAN -> {
                if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes")) {
                    return Boolean.TRUE;
                }
                if (value.equalsIgnoreCase("false") || value.equalsIgnoreCase("no")) {
                    return Boolean.FALSE;
                }
                throw new IllegalArgumentException("expected true or false, got '" + text + "'");
            }
            default -> {
                return value;
            }
        }
    }
}
