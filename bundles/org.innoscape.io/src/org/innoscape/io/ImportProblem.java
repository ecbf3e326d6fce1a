package org.innoscape.io;

/**
 * One problem in a register: where (file, 1-based row counting the header as row 1, column name),
 * the value found and why it is not usable. Fatal problems stop the whole import.
 */
public record ImportProblem(String file, int row, String column, String value, String reason, boolean fatal) {

    /** A library's message without the class names it puts in front ("org.apache.commons.csv.CSVException: "): users read it. */
    static String withoutClassNames(String message) {
        return message.replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error): ", "");
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (row > 0) {
            text.append(", row ").append(row);
        }
        if (column != null) {
            text.append(", column ").append(column);
        }
        if (value != null) {
            String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
            text.append(", value '").append(shown).append('\'');
        }
        return text.append(": ").append(reason).append(fatal ? "" : " (warning)").toString();
    }
}
