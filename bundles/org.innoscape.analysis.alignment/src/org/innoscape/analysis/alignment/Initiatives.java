package org.innoscape.analysis.alignment;

import java.util.List;

import org.innoscape.analysis.ParameterDefinition;

import org.innoscape.model.InitiativeStatus;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PolicyInitiative;

/** Which initiatives the rules count as part of today's landscape. */
final class Initiatives {
    static final String INCLUDE_PLANNED = "include-planned";
    static final ParameterDefinition INCLUDE_PLANNED_PARAMETER = ParameterDefinition.bool(INCLUDE_PLANNED,
            "Count planned and proposed initiatives", false, "Whether planned and proposed initiatives count as support.");

    private Initiatives() {
    }

    /**
     * Initiatives that are active, or whose status is not stated (the sources map programmes "underway or
     * recently concluded" without always saying which); planned and proposed ones only when asked.
     */
    static List<PolicyInitiative> current(InnovationSystem model, boolean includePlanned) {
        return model.getInitiatives().stream().filter(i -> isCurrent(i, includePlanned)).toList();
    }

    static boolean isCurrent(PolicyInitiative initiative, boolean includePlanned) {
        InitiativeStatus status = initiative.getStatus();
        return switch (status) {
            case ACTIVE, UNKNOWN -> true;
            case PLANNED, PROPOSED -> includePlanned;
            case CONCLUDED -> false;
        };
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "-" : Math.round(100.0 * part / whole) + "%";
    }
}
