package org.innoscape.engines.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innoscape.analysis.Finding;
import org.innoscape.analysis.duplication.core.PairScore;

/**
 * The pairs a detection reported, one row each, with the columns of the pair table in docs/analyses.md:
 * read from the duplication findings' figures, so the table says exactly what the report says.
 */
final class PairTable {
    static final List<String> IDENTITY = List.of("first_id", "first_external_id", "first_name", "first_owners", "second_id",
            "second_external_id", "second_name", "second_owners", "class");
    static final List<String> PARTS = PairScore.FIELDS;

    /** One pair: its identity columns as text, the score, each part and weight (null when not known for both), the shared terms. */
    record Row(List<String> identity, double score, List<Double> parts, List<Double> weights, List<String> sharedTerms) {
    }

    private PairTable() {
    }

    /** Every column name, in order. */
    static List<String> columns() {
        List<String> columns = new ArrayList<>(IDENTITY);
        columns.add("score");
        for (String part : PARTS) {
            columns.add(part);
            columns.add(part + "_weight");
        }
        columns.add("shared_terms");
        return columns;
    }

    /** The pair findings of a duplication run (those with a class), in report order. */
    static List<Row> rows(List<Finding> findings) {
        List<Row> rows = new ArrayList<>();
        for (Finding finding : findings) {
            Map<String, Object> data = finding.data();
            if (!data.containsKey("class") || !data.containsKey("first_id")) {
                continue;
            }
            List<String> identity = IDENTITY.stream().map(c -> String.valueOf(data.getOrDefault(c, ""))).toList();
            List<Double> parts = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            for (String part : PARTS) {
                parts.add(number(data.get(part)));
                weights.add(number(data.get(part + "_weight")));
            }
            List<String> shared = data.get("shared_terms") instanceof List<?> terms ? terms.stream().map(String::valueOf).toList() : List.of();
            rows.add(new Row(identity, number(data.get("score")), parts, weights, shared));
        }
        return rows;
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }
}
