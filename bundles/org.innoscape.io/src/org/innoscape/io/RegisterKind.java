package org.innoscape.io;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The three programme registers, their columns, and how a file's header tells which one it is. */
public enum RegisterKind {
    INITIATIVES(List.of("id", "name", "owner", "partners", "description", "activity_types", "instrument_type", "focus",
            "productivity_focus", "offers_funding", "funding_recipients", "stages", "drivers", "target_groups", "technology_area",
            "budget", "currency", "budget_period", "start_date", "end_date", "status", "evaluated", "rapid_evaluation", "source"),
            Set.of("id", "name")),
    ACTORS(List.of("id", "name", "kind", "level", "member_of", "description", "source", "acronym"), Set.of("id", "name", "kind")),
    RELATIONSHIPS(List.of("source", "target", "kind", "strength", "description", "source_ref", "id"), Set.of("source", "target", "kind"));

    private final List<String> columns;
    private final Set<String> required;

    RegisterKind(List<String> columns, Set<String> required) {
        this.columns = columns;
        this.required = required;
    }

    public List<String> columns() {
        return columns;
    }

    public Set<String> required() {
        return required;
    }

    public String fileName() {
        return name().toLowerCase(Locale.ROOT) + ".csv";
    }

    /** The register a header (lower-cased column names) belongs to, or null. */
    public static RegisterKind recognise(List<String> header) {
        if (header.contains("source") && header.contains("target")) {
            return RELATIONSHIPS;
        }
        boolean initiativeColumns = header.stream().anyMatch(column -> INITIATIVES.columns.contains(column)
                && !ACTORS.columns.contains(column) && !RELATIONSHIPS.columns.contains(column));
        if (initiativeColumns) {
            return INITIATIVES;
        }
        if (header.contains("kind") || header.contains("level") || header.contains("member_of") || header.contains("acronym")) {
            return ACTORS;
        }
        return header.contains("id") && header.contains("name") ? INITIATIVES : null;
    }
}
