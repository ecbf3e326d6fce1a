package org.innoscape.analysis.duplication;

import org.innoscape.analysis.Parameters;

/** The weights of the parts of the similarity score; they need not add up to 1 (the score is normalised). */
public record ScoringWeights(double text, double meaning, double stages, double drivers, double groups, double activities, double recipients,
        double focus, double instrument, double time, double country) {

    static ScoringWeights from(Parameters p) {
        return new ScoringWeights(p.decimal("text-weight"), p.decimal("meaning-weight"), p.decimal("stage-weight"), p.decimal("driver-weight"),
                p.decimal("group-weight"), p.decimal("activity-weight"), p.decimal("recipient-weight"), p.decimal("focus-weight"),
                p.decimal("instrument-weight"), p.decimal("time-weight"), p.decimal("country-weight"));
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
            case "country" -> country;
            default -> throw new IllegalArgumentException("no score part '" + field + "'");
        };
    }
}
