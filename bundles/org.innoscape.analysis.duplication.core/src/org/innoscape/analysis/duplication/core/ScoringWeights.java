package org.innoscape.analysis.duplication.core;

import java.io.Serializable;
import java.util.Map;

/** The weights of the parts of the similarity score; they need not add up to 1 (the score is normalised). */
public record ScoringWeights(double text, double meaning, double stages, double drivers, double groups, double activities, double recipients,
        double focus, double instrument, double time, double years, double country, double region) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The weights among parameter values by key (see {@link DetectionParameters}). */
    static ScoringWeights from(Map<String, Object> p) {
        return new ScoringWeights(decimal(p, "text-weight"), decimal(p, "meaning-weight"), decimal(p, "stage-weight"),
                decimal(p, "driver-weight"), decimal(p, "group-weight"), decimal(p, "activity-weight"), decimal(p, "recipient-weight"),
                decimal(p, "focus-weight"), decimal(p, "instrument-weight"), decimal(p, "time-weight"), decimal(p, "year-weight"), decimal(p, "country-weight"),
                decimal(p, "region-weight"));
    }

    private static double decimal(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }

    /** The weight of a part of {@link PairScore} by its field name. */
    public double of(String field) {
        return switch (field) {
            case "text" -> text;
            case "meaning" -> meaning;
            case "stages" -> stages;
            case "drivers" -> drivers;
            case "groups" -> groups;
            case "activities" -> activities;
            case "recipients" -> recipients;
            case "focus" -> focus;
            case "instrument" -> instrument;
            case "time" -> time;
            case "years" -> years;
            // Named in the texts: they decide the class (none in common is a conflict), never the score.
            case "same_name", "start", "owners_named", "rounds", "places", "conditions", "populations", "settings", "interventions", "subjects", "described", "companies",
                    "technology", "closest" -> 0;
            case "country" -> country;
            case "region" -> region;
            default -> throw new IllegalArgumentException("no score part '" + field + "'");
        };
    }
}
