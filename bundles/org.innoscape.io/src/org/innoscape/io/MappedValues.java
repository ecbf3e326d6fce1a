package org.innoscape.io;

import java.util.Locale;
import java.util.Map;

import org.innoscape.io.values.RegisterVocabularies;

/**
 * Checks the values a mapping file writes into cells (a constant, or "their value -&gt; our value") as the import
 * would check the cell, so that a value the import would refuse is reported once, against the mapping file's line,
 * instead of against every row it would have filled. Columns whose values depend on the model (stages, owners...)
 * or on the register (an actor's or a relationship's {@code kind}) are left to the import.
 */
final class MappedValues {
    private interface Check {
        void value(String cell) throws CellValues.BadValue;
    }

    private static final Map<String, Check> CHECKS = Map.ofEntries(
            Map.entry("status", cell -> CellValues.enumeration(cell, RegisterVocabularies.STATUS)),
            Map.entry("focus", cell -> CellValues.enumeration(cell, RegisterVocabularies.FOCUS)),
            Map.entry("funding_recipients", cell -> CellValues.enumeration(cell, RegisterVocabularies.FUNDING_RECIPIENTS)),
            Map.entry("instrument_type", cell -> CellValues.enumeration(cell, RegisterVocabularies.INSTRUMENT_TYPE)),
            Map.entry("level", cell -> CellValues.enumeration(cell, RegisterVocabularies.ACTOR_LEVEL)),
            Map.entry("activity_types", cell -> {
                for (String part : CellValues.list(cell)) {
                    CellValues.enumeration(part, RegisterVocabularies.ACTIVITY_TYPE);
                }
            }),
            Map.entry("productivity_focus", CellValues::yesNo), Map.entry("offers_funding", CellValues::yesNo),
            Map.entry("evaluated", CellValues::yesNo), Map.entry("rapid_evaluation", CellValues::yesNo),
            Map.entry("start_date", CellValues::date), Map.entry("end_date", CellValues::date),
            Map.entry("currency", cell -> {
                if (!cell.strip().toUpperCase(Locale.ROOT).matches("[A-Z]{3}")) {
                    throw new CellValues.BadValue("expected a three-letter currency code such as GBP");
                }
            }),
            Map.entry("strength", cell -> CellValues.integer(cell, 1, 5)));

    private MappedValues() {
    }

    /** Why the import would refuse {@code value} in {@code column}, or null when it would not (or cannot say). */
    static String refusal(String column, String value) {
        Check check = CHECKS.get(column);
        if (check == null || value.isBlank()) {
            return null;
        }
        try {
            check.value(value);
            return null;
        } catch (CellValues.BadValue e) {
            return e.getMessage();
        }
    }
}
