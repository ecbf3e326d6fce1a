package org.innoscape.analysis;

/** The kinds of value an analysis parameter takes. */
public enum ParameterType {
    INTEGER, DECIMAL, BOOLEAN, TEXT;

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
                    number = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected a number, got '" + text + "'");
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
