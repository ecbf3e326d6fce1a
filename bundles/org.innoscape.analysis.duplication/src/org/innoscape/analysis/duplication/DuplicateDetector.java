package org.innoscape.analysis.duplication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.innoscape.model.PolicyInitiative;

/**
 * Finds similar initiatives: text vectors, candidate pairs (all pairs for small registers, an
 * inverted index with prefix filtering for large ones), exact scoring of the candidates, and GAO classification. Results
 * are sorted by score, then by the initiatives' ids, so the same input gives the same output.
 */
public final class DuplicateDetector {
    private final DetectionSettings settings;

    public DuplicateDetector(DetectionSettings settings) {
        this.settings = settings;
    }

    /** What a detection found, and how many candidate pairs it could not score (because of a {@code max-posting} limit). */
    public record Detection(List<SimilarPair> pairs, long candidatesScored, long candidatesSkipped) {
    }

    public List<SimilarPair> detect(List<PolicyInitiative> initiatives, IProgressMonitor monitor) {
        return detectCounting(initiatives, monitor).pairs();
    }

    /** Like {@link #detect}, with the counts a report states (nothing is skipped silently). */
    public Detection detectCounting(List<PolicyInitiative> initiatives, IProgressMonitor monitor) {
        TfIdfVectors vectors;
        try (TextTerms text = new TextTerms()) {
            List<List<String>> documents = new ArrayList<>(initiatives.size());
            for (PolicyInitiative initiative : initiatives) {
                documents.add(text.terms(join(initiative.getName(), initiative.getDescription())));
            }
            vectors = new TfIdfVectors(documents);
        }
        checkCanceled(monitor);
        PairScorer scorer = new PairScorer(new InitiativeFeatures(initiatives), vectors, settings.weights());
        List<SimilarPair> pairs = new ArrayList<>();
        int n = initiatives.size();
        long scored;
        long skipped = 0;
        if (n <= settings.exhaustiveLimit()) {
            scored = (long) n * (n - 1) / 2;
            CandidatePairs.Sink sink = scoringSink(scorer, initiatives, pairs);
            for (int a = 0; a < n; a++) {
                if ((a & 255) == 0) {
                    checkCanceled(monitor);
                }
                for (int b = a + 1; b < n; b++) {
                    sink.pair(a, b);
                }
            }
        } else {
            java.util.Map<Integer, List<SimilarPair>> perChunk = new java.util.concurrent.ConcurrentHashMap<>();
            CandidatePairs.Counts counts = CandidatePairs.generate(vectors, settings.minText(), settings.maxPosting(),
                    a -> monitor.isCanceled(), chunk -> scoringSink(scorer, initiatives, perChunk.computeIfAbsent(chunk, c -> new ArrayList<>())));
            checkCanceled(monitor);
            perChunk.values().forEach(pairs::addAll);
            scored = counts.candidates();
            skipped = counts.skippedPostings();
        }
        pairs.sort(Comparator.comparingDouble((SimilarPair p) -> -p.score().total())
                .thenComparing(p -> String.valueOf(p.first().getId())).thenComparing(p -> String.valueOf(p.second().getId())));
        return new Detection(pairs, scored, skipped);
    }

    private CandidatePairs.Sink scoringSink(PairScorer scorer, List<PolicyInitiative> initiatives, List<SimilarPair> into) {
        return (a, b) -> {
            double text = scorer.text(a, b);
            if (text < settings.minText() || scorer.total(a, b, text) < settings.threshold()) {
                return;
            }
            PairScore score = scorer.score(a, b);
            into.add(new SimilarPair(initiatives.get(a), initiatives.get(b), score, classify(score)));
        };
    }

    /** Duplication needs the same beneficiaries (target groups, else funding recipients) and similar activities. */
    OverlapClass classify(PairScore score) {
        if (score.total() < settings.duplicationThreshold()) {
            return OverlapClass.OVERLAP;
        }
        double groups = score.part("groups");
        double recipients = score.part("recipients");
        boolean sameBeneficiaries = !Double.isNaN(groups) ? groups >= 0.5 : !Double.isNaN(recipients) && recipients == 1;
        double activities = score.part("activities");
        boolean sameActivities = Double.isNaN(activities) || activities >= 0.5;
        return sameBeneficiaries && sameActivities ? OverlapClass.DUPLICATION : OverlapClass.OVERLAP;
    }

    private static String join(String name, String description) {
        return (name == null ? "" : name) + ". " + (description == null ? "" : description);
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
