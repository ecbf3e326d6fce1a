package org.innoscape.analysis.duplication;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.innoscape.model.Focus;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.InstrumentType;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.values.PartialDate;

/**
 * Scores a pair of initiatives: text similarity of name and description, and agreement of their
 * attributes. A part that is unknown for either initiative is left out and the weights of the
 * others are rescaled, so "not stated" never counts as a match or a mismatch.
 */
final class PairScorer {
    private final List<PolicyInitiative> initiatives;
    private final TfIdfVectors vectors;
    private final ScoringWeights weights;

    PairScorer(List<PolicyInitiative> initiatives, TfIdfVectors vectors, ScoringWeights weights) {
        this.initiatives = initiatives;
        this.vectors = vectors;
        this.weights = weights;
    }

    /** The text similarity alone, for a cheap first cut. */
    double text(int a, int b) {
        return vectors.cosine(a, b);
    }

    PairScore score(int a, int b) {
        PolicyInitiative x = initiatives.get(a);
        PolicyInitiative y = initiatives.get(b);
        List<PairScore.Part> parts = new ArrayList<>();
        double weighted = 0;
        double weightSum = 0;
        double text = vectors.cosine(a, b);
        boolean hasText = vectors.terms(a).length > 0 && vectors.terms(b).length > 0;
        if (hasText) {
            parts.add(new PairScore.Part("text", text, String.format(Locale.ROOT, "name and description similarity %.2f", text)));
            weighted += weights.text() * text;
            weightSum += weights.text();
        }
        double[] acc = {weighted, weightSum};
        jaccard(parts, acc, "stages", "stages", weights.stages(), x.getStagesSupported(), y.getStagesSupported());
        jaccard(parts, acc, "drivers", "drivers", weights.drivers(), x.getDriversAddressed(), y.getDriversAddressed());
        jaccard(parts, acc, "groups", "target groups", weights.groups(), x.getTargetGroups(), y.getTargetGroups());
        jaccard(parts, acc, "activities", "activity types", weights.activities(), x.getActivityTypes(), y.getActivityTypes());
        equal(parts, acc, "recipients", "funding recipients", weights.recipients(), x.getFundingRecipients(), y.getFundingRecipients(),
                FundingRecipients.UNKNOWN);
        equal(parts, acc, "focus", "focus", weights.focus(), x.getFocus(), y.getFocus(), Focus.UNKNOWN);
        equal(parts, acc, "instrument", "instrument type", weights.instrument(), x.getInstrumentType(), y.getInstrumentType(),
                InstrumentType.UNKNOWN);
        time(parts, acc, x, y);
        double total = acc[1] == 0 ? 0 : acc[0] / acc[1];
        return new PairScore(total, text, List.copyOf(parts), vectors.topSharedTerms(a, b, 5));
    }

    private static void jaccard(List<PairScore.Part> parts, double[] acc, String field, String label, double weight,
            List<?> first, List<?> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return;
        }
        Set<Object> union = new HashSet<>(first);
        union.addAll(second);
        Set<Object> common = new HashSet<>(first);
        common.retainAll(new HashSet<>(second));
        double value = (double) common.size() / union.size();
        parts.add(new PairScore.Part(field, value, "same " + label + " " + common.size() + "/" + union.size()));
        acc[0] += weight * value;
        acc[1] += weight;
    }

    private static <E extends Enum<E>> void equal(List<PairScore.Part> parts, double[] acc, String field, String label, double weight,
            E first, E second, E unknown) {
        if (first == unknown || second == unknown) {
            return;
        }
        boolean same = first == second;
        parts.add(new PairScore.Part(field, same ? 1 : 0, (same ? "same " : "different ") + label
                + (same ? " (" + first.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")" : "")));
        acc[0] += weight * (same ? 1 : 0);
        acc[1] += weight;
    }

    private void time(List<PairScore.Part> parts, double[] acc, PolicyInitiative x, PolicyInitiative y) {
        PartialDate xs = PartialDate.parse(x.getStartDate()).orElse(null);
        PartialDate xe = PartialDate.parse(x.getEndDate()).orElse(null);
        PartialDate ys = PartialDate.parse(y.getStartDate()).orElse(null);
        PartialDate ye = PartialDate.parse(y.getEndDate()).orElse(null);
        if ((xs == null && xe == null) || (ys == null && ye == null)) {
            return;
        }
        boolean overlap = PartialDate.overlap(xs, xe, ys, ye);
        parts.add(new PairScore.Part("time", overlap ? 1 : 0, overlap ? "overlapping dates" : "dates do not overlap"));
        acc[0] += weights.time() * (overlap ? 1 : 0);
        acc[1] += weights.time();
    }
}
