package org.innoscape.analysis.duplication.core;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The duplicate detector's parameters: key, label, default, allowed range and what each does. The one
 * list of them: the duplication analysis offers them to the workbench and the command line, the Spark
 * engine parses its {@code --param} values against them.
 */
public final class DetectionParameters {
    /** A decimal number as people write it: 0.7, .7, 7, -1.5e3. */
    private static final String WRITTEN_NUMBER = "[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?";
    /** How a parameter's value is written. */
    public enum Kind {
        INTEGER, DECIMAL, CHOICE
    }

    /**
     * One parameter.
     *
     * @param min     the smallest value allowed (numbers)
     * @param max     the largest value allowed (numbers)
     * @param choices the values allowed (choices), else empty
     */
    public record Definition(String key, String label, Kind kind, Object defaultValue, double min, double max, List<String> choices,
            String description) {

        static Definition integer(String key, String label, int defaultValue, int min, int max, String description) {
            return new Definition(key, label, Kind.INTEGER, defaultValue, min, max, List.of(), description);
        }

        static Definition decimal(String key, String label, double defaultValue, double min, double max, String description) {
            return new Definition(key, label, Kind.DECIMAL, defaultValue, min, max, List.of(), description);
        }

        static Definition choice(String key, String label, String defaultValue, List<String> choices, String description) {
            return new Definition(key, label, Kind.CHOICE, defaultValue, 0, 0, choices, description);
        }

        /** The value written as text, checked against the kind and range; the default when {@code text} is null. */
        Object parse(String text) {
            if (text == null) {
                return defaultValue;
            }
            String value = text.strip();
            switch (kind) {
                case CHOICE -> {
                    if (!choices.contains(value)) {
                        throw new IllegalArgumentException(String.format(Locale.ROOT, "parameter '%s': '%s' is not one of %s", key, value,
                                String.join(", ", choices)));
                    }
                    return value;
                }
                case INTEGER -> {
                    try {
                        return (int) checked(Integer.parseInt(value), value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(String.format(Locale.ROOT, "parameter '%s': expected a whole number, got '%s'",
                                key, value));
                    }
                }
                default -> {
                    try {
                        if (!value.matches(WRITTEN_NUMBER)) {
                            throw new NumberFormatException(); // Java's reading also takes "0x1p-3", "1d", "NaN"
                        }
                        return checked(Double.parseDouble(value), value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(String.format(Locale.ROOT, "parameter '%s': expected a number, got '%s'", key,
                                value));
                    }
                }
            }
        }

        private double checked(double number, String text) {
            if (!(number >= min && number <= max)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "parameter '%s': %s is outside %s to %s", key, text,
                        format(min), format(max)));
            }
            return number;
        }

        private String format(double number) {
            return kind == Kind.INTEGER ? String.valueOf((long) number) : String.valueOf(number);
        }
    }

    public static final List<Definition> ALL = List.of(Definition.decimal("threshold", "Report from score", 0.6, 0, 1, "Pairs scoring at least this are reported."),
            Definition.decimal("duplication-threshold", "Duplication from score", 0.8, 0, 1,
                    "Pairs scoring at least this, with the same beneficiaries and similar activities and no stated attribute in "
                            + "conflict, are duplication."),
            Definition.decimal("duplication-meaning", "Duplication from meaning", 0.9, 0, 1,
                    "When meaning is compared, duplication also needs the two at least this similar in meaning (sister "
                            + "programmes written from one template are alike in words, less so in meaning)."),
            Definition.integer("duplication-start-within", "Duplication: started within (days)", 61, 0, 36_500,
                    "Duplication also needs the two to have started at most this many days apart, when both starts are stated "
                            + "(a start stated as a month or a year may be any day of it): a programme recorded again keeps its start."),
            Definition.integer("start-apart", "Starts apart (days)", 365, 0, 36_500,
                    "Two whose starts are at least this many days apart are another round or wave, never reported by their "
                            + "agreeing or linked particulars; starts nearer than this but further than duplication-start-within are no "
                            + "evidence either way: bodies date one programme differently (an announcement before delivery begins, an "
                            + "evaluation's study period after it)."),
            Definition.choice("duplication-closest", "Duplication only between closest look-alikes", "yes", List.of("yes", "no"),
                    "yes: duplication also needs neither of the two to be at least as alike to a third initiative of the same "
                            + "country, unless that one is duplication with both (one programme recorded three times; more than 20 such "
                            + "others make a family) or the two are one company's: sister programmes of one template and one "
                            + "competition's awards are look-alikes of each other, not copies. no: each pair is classed on its own."),
            Definition.decimal("duplication-unstated-beneficiaries", "Duplication without stated beneficiaries from score", 0.9, 0, 2,
                    "Where the two's beneficiaries cannot be compared (target groups, or else funding recipients, not stated for one "
                            + "or both), duplication needs at least this score instead of the same beneficiaries (below duplication-threshold: "
                            + "no more than that; above 1: never, as before 2026-12-04)."),
            Definition.decimal("min-text", "Minimum text similarity", 0.5, 0, 1,
                    "Pairs must also be at least this similar in name and description."),
            Definition.decimal("agreeing-threshold", "Report agreeing particulars from score", 0.5, 0, 1,
                    "Pairs whose particulars agree are reported from this score instead of threshold: their starts (within "
                            + "duplication-start-within days) or the places they name, none in conflict (starts further apart, places "
                            + "with none in common, dates that do not overlap), giving at least agreeing-evidence. Two bodies recording "
                            + "one programme each in its own words keep its start and place but share few words (1: no lower bar)."),
            Definition.decimal("agreeing-min-text", "Minimum text similarity, agreeing particulars", 0.3, 0, 1,
                    "Pairs whose particulars agree (see agreeing-threshold) must still be at least this similar in name and "
                            + "description."),
            Definition.decimal("agreeing-evidence", "Evidence of agreeing particulars (bits)", 4, 0, 64,
                    "How rare, in this register, the agreement of the particulars must be: at least this many bits, a chance of "
                            + "one in two to that power (a start shared by 1 in 64 initiatives gives 6 bits, a place named by 1 in 16 gives "
                            + "4; a start stated as a year is shared by many and gives little)."),
            Definition.decimal("linked-threshold", "Report linked particulars from score", 0.35, 0, 1,
                    "Pairs whose particulars agree with at least linked-evidence bits (their start, and a place, condition, "
                            + "population, setting of care, intervention or region both name, none in conflict) are reported from this "
                            + "score and linked-min-text, whatever else they share: record linkage, for bodies that each record one "
                            + "programme in words of their own. Larger registers also compare initiatives naming one such particular and "
                            + "starting within duplication-start-within days, or within start-apart days when so few do (windows of more "
                            + "than max-block are not searched and are counted). 1: neither."),
            Definition.decimal("linked-min-text", "Minimum text similarity, linked particulars", 0.1, 0, 1,
                    "Pairs reported by their linked particulars (see linked-threshold) must still be at least this similar in name "
                            + "and description."),
            Definition.decimal("linked-evidence", "Evidence of linked particulars (bits)", 10, 0, 64,
                    "How rare, in this register, the agreement of the particulars must be for linked-threshold: at least this many "
                            + "bits (a start shared by 1 in 32 and a condition named by 1 in 32 give 10)."),
            Definition.choice("same-name", "Report the same name", "yes", List.of("yes", "no"),
                    "yes: two initiatives with the same name (of two words or more, however cased or punctuated) are reported "
                            + "whatever their score, as overlap unless they qualify as duplication; a name shared by more than 20 "
                            + "initiatives is a scheme's and is left out. no: a name counts only through the text similarity."),
            Definition.choice("text", "Compare meaning", "auto", List.of("auto", "semantic", "token-vectors", "lexical"),
                    "Compare the meaning of names and descriptions as well as their words. semantic: with the sentence model "
                            + "(all-MiniLM-L6-v2); token-vectors: with token vectors distilled from it (much faster, blind to "
                            + "word order); auto: the sentence model up to semantic-limit initiatives, token vectors above; "
                            + "lexical: words only."),
            Definition.integer("semantic-limit", "Sentence model up to", 5000, 0, 100_000_000,
                    "With text=auto, registers up to this many initiatives are embedded by the sentence model (10-20 ms per "
                            + "description the first time, then cached beside the model); larger ones by token vectors."),
            Definition.decimal("min-meaning", "Minimum similarity of meaning", 0.75, 0, 1,
                    "A pair below the minimum text similarity is still reported when its meaning is at least this similar."),
            Definition.integer("neighbours", "Nearest in meaning compared", 10, 0, 1000,
                    "Each initiative is also compared with this many nearest in meaning (more beyond 100,000 initiatives: "
                            + "neighbours-grow); a pair reported for its meaning alone must be among them (0: meaning only adds to "
                            + "the score)."),
            Definition.choice("neighbours-grow", "Nearest in meaning grow with the register", "yes", List.of("yes", "no"),
                    "yes: beyond 100,000 initiatives, neighbours times the square root of (initiatives / 100,000) nearest are "
                            + "compared (32 at 1,000,000), because one template's programmes grow with the register and crowd a "
                            + "re-description out of a fixed number of nearest. no: neighbours, whatever the register's size."),
            Definition.decimal("text-weight", "Weight: name and description", 0.5, 0, 10, "TF-IDF cosine of name and description."),
            Definition.decimal("meaning-weight", "Weight: meaning", 0.4, 0, 10,
                    "Cosine of the sentence embeddings of name and description (when meaning is compared)."),
            Definition.decimal("stage-weight", "Weight: stages", 0.1, 0, 10, "Jaccard similarity of stages supported."),
            Definition.decimal("driver-weight", "Weight: drivers", 0.05, 0, 10, "Jaccard similarity of drivers addressed."),
            Definition.decimal("group-weight", "Weight: target groups", 0.1, 0, 10, "Jaccard similarity of target groups."),
            Definition.decimal("activity-weight", "Weight: activities", 0.1, 0, 10, "Jaccard similarity of activity types."),
            Definition.decimal("recipient-weight", "Weight: funding recipients", 0.05, 0, 10, "Same funding recipients."),
            Definition.decimal("focus-weight", "Weight: focus", 0.03, 0, 10, "Same clinical/non-clinical focus."),
            Definition.decimal("instrument-weight", "Weight: instrument type", 0.02, 0, 10, "Same STIP instrument type."),
            Definition.decimal("time-weight", "Weight: dates", 0.05, 0, 10, "Running at overlapping times."),
            Definition.decimal("year-weight", "Weight: years named", 0, 0, 10,
                    "Years named in name and description in common (\"the 2022 cohort\", \"2018/19\"); whatever the weight, "
                            + "two that name years and none in common are other rounds of a scheme: overlap, never duplication."),
            Definition.decimal("country-weight", "Weight: country", 0.1, 0, 10,
                    "Same country or jurisdiction (an initiative's 'country', 'jurisdiction' or 'stip_country' property, by name "
                            + "or ISO code; a part of the UK and the UK count as one); pairs of different countries are similar policy "
                            + "elsewhere, never duplication."),
            Definition.decimal("region-weight", "Weight: region", 0.05, 0, 10,
                    "Same region or area within a country (an initiative's 'region' property); pairs of different regions "
                            + "serve different people: overlap, never duplication."),
            Definition.integer("exhaustive-limit", "Compare all pairs up to", 2000, 0, 1_000_000,
                    "Registers up to this size compare every pair; larger ones compare initiatives that share strong terms."),
            Definition.integer("key-terms", "Strong terms per initiative", 12, 0, 64,
                    "Larger registers: initiatives sharing two of each other's this many strongest terms are compared (0: none)."),
            Definition.integer("max-candidates", "Comparisons per initiative", 100, 1, 1_000_000,
                    "Larger registers: each initiative is compared with at most this many of those sharing its strong terms, "
                            + "those sharing the most first."),
            Definition.integer("max-block", "Longest key list searched", 300, 2, 100_000_000,
                    "Larger registers: a pair of terms shared by more initiatives than this is too common to find candidates."),
            Definition.integer("max-posting", "Exact index: longest list searched", 0, 0, 100_000_000,
                    "Larger registers: also search an exact index of terms, lists up to this long (0: no exact index; "
                            + "100000000: every pair reaching the minimum text similarity is compared, slow)."));

    private DetectionParameters() {
    }

    /** The parameter of this key, if there is one. */
    public static Optional<Definition> find(String key) {
        return ALL.stream().filter(d -> d.key().equals(key)).findFirst();
    }

    /** Every parameter's value, from the given texts by key and the defaults; unknown keys and bad values are refused. */
    static Map<String, Object> values(Map<String, String> given) {
        for (String key : given.keySet()) {
            if (find(key).isEmpty()) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "no parameter '%s'; known: %s", key,
                        String.join(", ", ALL.stream().map(Definition::key).toList())));
            }
        }
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        ALL.forEach(d -> values.put(d.key(), d.parse(given.get(d.key()))));
        return values;
    }
}
