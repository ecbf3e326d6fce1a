package org.innoscape.analysis.landscape;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts over a model's initiatives in the style of the 2021 programme mapping: how many support
 * innovation, offer funding and to whom, by focus, stage, driver and owner. Everything is computed
 * from the model; nothing is hard-coded.
 */
public record LandscapeSummary(String modelName, long initiatives, List<Section> sections) {

    /** One table, e.g. "By pathway stage". */
    public record Section(String key, String title, String note, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One line of a table: a label, how many initiatives, and their known budgets added up per
     * currency (amounts in different currencies are never added together), by currency code.
     */
    public record Row(String label, long count, SortedMap<String, BigDecimal> budgets) {
        public Row {
            budgets = Collections.unmodifiableSortedMap(new TreeMap<>(budgets));
        }

        /** "GBP 5,000,000; EUR 20,000,000", or "" when no budget is known. */
        public String budgetText() {
            StringBuilder text = new StringBuilder();
            budgets.forEach((currency, amount) -> text.append(text.length() == 0 ? "" : "; ").append(currency).append(' ')
                    .append(String.format(Locale.ROOT, "%,.0f", amount)));
            return text.toString();
        }
    }

    public LandscapeSummary {
        sections = List.copyOf(sections);
    }

    public Section section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + key));
    }

    public long count(String sectionKey, String label) {
        return section(sectionKey).rows().stream().filter(r -> r.label().equals(label)).mapToLong(Row::count).sum();
    }
}
