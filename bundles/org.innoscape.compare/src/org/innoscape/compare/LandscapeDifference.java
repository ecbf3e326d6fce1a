package org.innoscape.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innoscape.analysis.landscape.LandscapeSummary;

/** The landscape counts (by stage, funding recipients, focus, driver, owner…) before and after. */
public record LandscapeDifference(List<Section> sections) {

    /** One table of the landscape, with every label either snapshot has. */
    public record Section(String key, String title, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }

        public boolean changed() {
            return rows.stream().anyMatch(Row::changed);
        }
    }

    /** One count before and after. */
    public record Row(String label, long before, long after) {
        public boolean changed() {
            return before != after;
        }
    }

    public LandscapeDifference {
        sections = List.copyOf(sections);
    }

    public static LandscapeDifference between(LandscapeSummary before, LandscapeSummary after) {
        Map<String, LandscapeSummary.Section> old = new LinkedHashMap<>();
        before.sections().forEach(s -> old.put(s.key(), s));
        List<Section> sections = new ArrayList<>();
        for (LandscapeSummary.Section section : after.sections()) {
            Map<String, long[]> counts = new LinkedHashMap<>();
            LandscapeSummary.Section previous = old.remove(section.key());
            if (previous != null) {
                previous.rows().forEach(r -> counts.computeIfAbsent(r.label(), l -> new long[2])[0] += r.count());
            }
            section.rows().forEach(r -> counts.computeIfAbsent(r.label(), l -> new long[2])[1] += r.count());
            sections.add(section(section.key(), section.title(), counts));
        }
        for (LandscapeSummary.Section section : old.values()) {
            Map<String, long[]> counts = new LinkedHashMap<>();
            section.rows().forEach(r -> counts.computeIfAbsent(r.label(), l -> new long[2])[0] += r.count());
            sections.add(section(section.key(), section.title(), counts));
        }
        return new LandscapeDifference(sections);
    }

    private static Section section(String key, String title, Map<String, long[]> counts) {
        List<Row> rows = new ArrayList<>();
        counts.forEach((label, c) -> rows.add(new Row(label, c[0], c[1])));
        return new Section(key, title, rows);
    }

    public boolean changed() {
        return sections.stream().anyMatch(Section::changed);
    }
}
