package org.innoscape.analysis.duplication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.innoscape.model.PolicyInitiative;

/**
 * Finds similar initiatives: text vectors (words, and meaning where used), candidate pairs (all pairs
 * for small registers; for larger ones, initiatives sharing pairs of strong terms or near in meaning,
 * see {@link CandidatePairs}), exact scoring of the candidates, and GAO classification. Results are
 * sorted by score, then by the initiatives' ids, so the same input gives the same output.
 */
public final class DuplicateDetector {
    private final DetectionSettings settings;

    public DuplicateDetector(DetectionSettings settings) {
        this.settings = settings;
    }

    /**
     * What a detection found, how many candidate pairs it scored, and what its limits left unscored:
     * entries of exact-index lists longer than max-posting and of key lists longer than max-block (upper
     * bounds), and pairs beyond an initiative's max-candidates (exact); what a report should say about
     * similarity of meaning (why it was not used, or a cache that could not be kept), or null; and how many
     * descriptions were embedded now (not from the cache) and in how many seconds.
     */
    public record Detection(List<SimilarPair> pairs, long candidatesScored, long skippedPostings, long skippedBlocks, long rankedOut,
            String meaningNote, int embedded, double embeddingSeconds) {
        public long candidatesSkipped() {
            return skippedPostings + skippedBlocks + rankedOut;
        }
    }

    public List<SimilarPair> detect(List<PolicyInitiative> initiatives, IProgressMonitor monitor) {
        return detectCounting(initiatives, null, monitor).pairs();
    }

    /**
     * Which of the given pairs (indexes into {@code initiatives}) would be reported if every pair were
     * compared: the text weights come from all the initiatives, as in a full detection, but only these
     * pairs are scored. Benchmarks use it for the all-pairs ceiling of registers too large to compare in full.
     */
    public List<SimilarPair> scoreOnly(List<PolicyInitiative> initiatives, Path modelFile, List<int[]> pairs) {
        SemanticVectors meaning = meaning(initiatives, modelFile, new NullProgressMonitor());
        PairScorer scorer = new PairScorer(new InitiativeFeatures(initiatives), vectors(initiatives), settings.weights(), meaning.vectors());
        List<SimilarPair> reported = new ArrayList<>();
        CandidatePairs.Sink sink = scoringSink(scorer, initiatives, nearInMeaning(meaning, new NullProgressMonitor()), reported);
        pairs.forEach(p -> sink.pair(Math.min(p[0], p[1]), Math.max(p[0], p[1])));
        return reported;
    }

    private static TfIdfVectors vectors(List<PolicyInitiative> initiatives) {
        try (TextTerms text = new TextTerms()) {
            List<List<String>> documents = new ArrayList<>(initiatives.size());
            for (PolicyInitiative initiative : initiatives) {
                documents.add(text.terms(join(initiative.getName(), initiative.getDescription())));
            }
            return new TfIdfVectors(documents);
        }
    }

    /**
     * Like {@link #detect}, with the counts a report states (nothing is skipped silently).
     *
     * @param modelFile the model's file, beside which embeddings are cached; null for no cache
     */
    public Detection detectCounting(List<PolicyInitiative> initiatives, Path modelFile, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        SemanticVectors meaning = meaning(initiatives, modelFile, progress.split(7));
        TfIdfVectors vectors = vectors(initiatives);
        checkCanceled(monitor);
        PairScorer scorer = new PairScorer(new InitiativeFeatures(initiatives), vectors, settings.weights(), meaning.vectors());
        List<SimilarPair> pairs = new ArrayList<>();
        int n = initiatives.size();
        int[][] nearInMeaning = nearInMeaning(meaning, monitor);
        checkCanceled(monitor);
        CandidatePairs.Counts counts;
        if (n <= settings.exhaustiveLimit()) {
            counts = new CandidatePairs.Counts((long) n * (n - 1) / 2, 0, 0, 0);
            CandidatePairs.Sink sink = scoringSink(scorer, initiatives, nearInMeaning, pairs);
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
            TermPairBlocks blocks = settings.keyTerms() >= 2 ? new TermPairBlocks(vectors, settings.keyTerms()) : null;
            CandidatePairs.Limits limits = new CandidatePairs.Limits(settings.minText(), settings.maxPosting(), settings.maxBlock(),
                    settings.maxCandidates());
            counts = CandidatePairs.generate(vectors, blocks, nearInMeaning, limits, a -> monitor.isCanceled(),
                    chunk -> scoringSink(scorer, initiatives, nearInMeaning, perChunk.computeIfAbsent(chunk, c -> new ArrayList<>())));
            checkCanceled(monitor);
            perChunk.values().forEach(pairs::addAll);
        }
        pairs.sort(Comparator.comparingDouble((SimilarPair p) -> -p.score().total())
                .thenComparing(p -> String.valueOf(p.first().getId())).thenComparing(p -> String.valueOf(p.second().getId())));
        return new Detection(pairs, counts.candidates(), counts.skippedPostings(), counts.skippedBlocks(), counts.rankedOut(),
                meaning.note(), meaning.embedded(), meaning.seconds());
    }

    /** Embeddings when the settings ask for meaning, by the engine they choose for a register of this size; otherwise none. */
    private SemanticVectors meaning(List<PolicyInitiative> initiatives, Path modelFile, IProgressMonitor monitor) {
        if (!settings.usesMeaning() || initiatives.size() < 2) {
            return SemanticVectors.none(null);
        }
        List<String> texts = initiatives.stream().map(i -> join(i.getName(), i.getDescription())).toList();
        boolean sentenceModel = settings.usesSentenceModel(initiatives.size());
        String why = settings.meaning() == DetectionSettings.Meaning.AUTO && !sentenceModel
                ? String.format(Locale.ROOT, "the register has %,d initiatives, more than semantic-limit (%,d)", initiatives.size(),
                        settings.semanticLimit())
                : null;
        return SemanticVectors.of(texts, modelFile, sentenceModel, why, monitor);
    }

    /** For each initiative, the earlier ones among the {@code neighbours} nearest in meaning of either; null without meaning. */
    private int[][] nearInMeaning(SemanticVectors meaning, IProgressMonitor monitor) {
        return meaning.vectors() == null || settings.neighbours() == 0 ? null
                : MeaningNeighbours.earlierNeighbours(meaning.vectors(), settings.neighbours(), x -> monitor.isCanceled());
    }

    private CandidatePairs.Sink scoringSink(PairScorer scorer, List<PolicyInitiative> initiatives, int[][] nearInMeaning, List<SimilarPair> into) {
        PairScorer.TextSimilarity similarity = scorer.textProbe();
        return (a, b) -> {
            double text = similarity.of(a, b);
            double meaning = scorer.meaning(a, b);
            boolean near = nearInMeaning != null && Arrays.binarySearch(nearInMeaning[Math.max(a, b)], Math.min(a, b)) >= 0;
            // Meaning alone reports a pair only among each other's nearest: cosines run high between texts of one template.
            boolean similarEnough = text >= settings.minText() || near && meaning >= settings.minMeaning();
            if (!similarEnough || scorer.total(a, b, text, meaning) < settings.threshold()) {
                return;
            }
            PairScore score = scorer.score(a, b);
            into.add(new SimilarPair(initiatives.get(a), initiatives.get(b), score, classify(score)));
        };
    }

    /**
     * Duplication needs the same beneficiaries (target groups, else funding recipients) and similar
     * activities; initiatives of different countries are similar policy elsewhere, whatever the score.
     */
    OverlapClass classify(PairScore score) {
        if (score.part("country") == 0) {
            return OverlapClass.ELSEWHERE;
        }
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
