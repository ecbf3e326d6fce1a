package org.innoscape.analysis.duplication.core;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Finds similar initiatives among plain records: text vectors (words, and meaning when embeddings are
 * given), candidate pairs (every pair for small registers; for larger ones, initiatives sharing pairs
 * of strong terms or near in meaning, see {@link CandidatePairs}), exact scoring of the candidates and
 * GAO classification. Results are sorted by score, then by the records' ids, so the same input gives
 * the same output.
 * <p>
 * Detection runs in two steps so that it can be spread over machines: {@link #prepare} builds what
 * every comparison needs (text vectors, blocking keys, nearest in meaning), and
 * {@link Prepared#range} finds and scores the pairs whose later record lies in a range. Any split of
 * the records into ranges gives the same pairs; {@link #detect} splits them over this machine's cores.
 */
public final class DuplicateFinder {
    private final DetectionSettings settings;

    /** Scores every range of a prepared register and returns their results: on this machine, or spread over a cluster. */
    public interface RangeScoring {
        List<RangeResult> scoreAll(Prepared prepared, BooleanSupplier cancelled);
    }

    /** On this machine's cores, in 16 ranges: enough to keep the cores busy when ranges differ in cost. */
    public static final RangeScoring ON_THIS_MACHINE = (prepared, cancelled) -> {
        int n = prepared.size();
        int size = Math.max(256, (n + 15) / 16);
        return IntStream.range(0, (n + size - 1) / size).parallel()
                .mapToObj(r -> prepared.range(r * size, Math.min(n, (r + 1) * size), cancelled)).toList();
    };

    public DuplicateFinder(DetectionSettings settings) {
        this.settings = settings;
    }

    /**
     * What a detection found and how many candidate pairs it scored, and what its limits left unscored:
     * entries of exact-index lists longer than max-posting and of key lists longer than max-block (upper
     * bounds), and pairs beyond an initiative's max-candidates (exact).
     */
    public record Detection(List<ScoredPair> pairs, long candidatesScored, long skippedPostings, long skippedBlocks, long rankedOut) {
        public long candidatesSkipped() {
            return skippedPostings + skippedBlocks + rankedOut;
        }
    }

    /** The pairs found in one range of records and the counts of that range. */
    public record RangeResult(List<ScoredPair> pairs, long candidatesScored, long skippedPostings, long skippedBlocks, long rankedOut)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * @param meanings unit vectors of the records' texts ({@link InitiativeRecord#text()}), one per record, or null to compare
     *                 words only
     * @param cancelled asked now and then; when it answers true a {@link CancellationException} is thrown
     */
    public Detection detect(List<InitiativeRecord> records, float[][] meanings, BooleanSupplier cancelled) {
        return detect(records, meanings, cancelled, ON_THIS_MACHINE);
    }

    /** Like {@link #detect(List, float[][], BooleanSupplier)}, with the ranges scored where {@code scoring} puts them. */
    public Detection detect(List<InitiativeRecord> records, float[][] meanings, BooleanSupplier cancelled, RangeScoring scoring) {
        Prepared prepared = prepare(records, meanings, cancelled);
        return prepared.collect(scoring.scoreAll(prepared, cancelled));
    }

    /**
     * Which of the given pairs (indexes into {@code records}) would be reported if every pair were compared:
     * the text weights come from all the records, as in a full detection, but only these pairs are scored.
     * Benchmarks use it for the all-pairs ceiling of registers too large to compare in full.
     */
    public List<ScoredPair> scoreOnly(List<InitiativeRecord> records, float[][] meanings, List<int[]> pairs) {
        Prepared prepared = prepare(records, meanings, () -> false);
        List<ScoredPair> reported = new ArrayList<>();
        CandidatePairs.Sink sink = prepared.scoringSink(reported);
        pairs.forEach(p -> sink.pair(Math.min(p[0], p[1]), Math.max(p[0], p[1])));
        return reported;
    }

    /** Builds what comparing any pair of these records needs. */
    public Prepared prepare(List<InitiativeRecord> records, float[][] meanings, BooleanSupplier cancelled) {
        if (meanings != null && meanings.length != records.size()) {
            throw new IllegalArgumentException(meanings.length + " embeddings for " + records.size() + " records");
        }
        TfIdfVectors vectors = vectors(records);
        checkCancelled(cancelled);
        int n = records.size();
        int[][] nearInMeaning = meanings == null || settings.neighbours() == 0 || n < 2 ? null
                : MeaningNeighbours.earlierNeighbours(meanings, settings.neighbours(), x -> cancelled.getAsBoolean());
        checkCancelled(cancelled);
        CandidatePairs candidates = null;
        if (n > settings.exhaustiveLimit()) {
            TermPairBlocks blocks = settings.keyTerms() >= 2 ? new TermPairBlocks(vectors, settings.keyTerms()) : null;
            candidates = new CandidatePairs(vectors, blocks, nearInMeaning, new CandidatePairs.Limits(settings.minText(),
                    settings.maxPosting(), settings.maxBlock(), settings.maxCandidates()));
        }
        PairScorer scorer = new PairScorer(new InitiativeFeatures(records), vectors, settings.weights(), meanings);
        return new Prepared(settings, List.copyOf(records), scorer, nearInMeaning, candidates);
    }

    private static TfIdfVectors vectors(List<InitiativeRecord> records) {
        try (TextTerms text = new TextTerms()) {
            List<List<String>> documents = new ArrayList<>(records.size());
            for (InitiativeRecord record : records) {
                documents.add(text.terms(record.text()));
            }
            return new TfIdfVectors(documents);
        }
    }

    /**
     * Everything comparing pairs of one register needs, built once; serialisable, so that a cluster can
     * send it to its workers and each scores its own ranges.
     */
    public static final class Prepared implements Serializable {
        private static final long serialVersionUID = 1L;
        private final DetectionSettings settings;
        private final List<InitiativeRecord> records;
        private final PairScorer scorer;
        private final int[][] nearInMeaning;
        /** Null when every pair is compared (registers up to exhaustive-limit). */
        private final CandidatePairs candidates;

        private Prepared(DetectionSettings settings, List<InitiativeRecord> records, PairScorer scorer, int[][] nearInMeaning,
                CandidatePairs candidates) {
            this.settings = settings;
            this.records = records;
            this.scorer = scorer;
            this.nearInMeaning = nearInMeaning;
            this.candidates = candidates;
        }

        public int size() {
            return records.size();
        }

        /** Finds and scores the pairs whose later record is in {@code [from, to)}; pairs in no particular order. */
        public RangeResult range(int from, int to, BooleanSupplier cancelled) {
            List<ScoredPair> pairs = new ArrayList<>();
            CandidatePairs.Sink sink = scoringSink(pairs);
            if (candidates != null) {
                CandidatePairs.Counts counts = candidates.range(from, to, x -> cancelled.getAsBoolean(), sink);
                if (counts == null) {
                    throw new CancellationException();
                }
                return new RangeResult(pairs, counts.candidates(), counts.skippedPostings(), counts.skippedBlocks(), counts.rankedOut());
            }
            long compared = 0;
            for (int b = from; b < to; b++) {
                if ((b & 255) == 0) {
                    checkCancelled(cancelled);
                }
                for (int a = 0; a < b; a++) {
                    sink.pair(a, b);
                }
                compared += b;
            }
            return new RangeResult(pairs, compared, 0, 0, 0);
        }

        /** The results of ranges that together cover every record, as one detection, sorted. */
        public Detection collect(List<RangeResult> ranges) {
            List<ScoredPair> pairs = new ArrayList<>();
            long scored = 0;
            long postings = 0;
            long blocks = 0;
            long ranked = 0;
            for (RangeResult range : ranges) {
                pairs.addAll(range.pairs());
                scored += range.candidatesScored();
                postings += range.skippedPostings();
                blocks += range.skippedBlocks();
                ranked += range.rankedOut();
            }
            pairs.sort(order());
            return new Detection(pairs, scored, postings, blocks, ranked);
        }

        /** Highest score first, then by the two records' ids. */
        public Comparator<ScoredPair> order() {
            return Comparator.comparingDouble((ScoredPair p) -> -p.score().total())
                    .thenComparing(p -> String.valueOf(records.get(p.first()).id()))
                    .thenComparing(p -> String.valueOf(records.get(p.second()).id()));
        }

        private CandidatePairs.Sink scoringSink(List<ScoredPair> into) {
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
                into.add(new ScoredPair(a, b, score, classify(score, settings)));
            };
        }
    }

    /**
     * Duplication needs the same beneficiaries (target groups, else funding recipients) and similar
     * activities; initiatives of different countries are similar policy elsewhere, whatever the score.
     */
    static OverlapClass classify(PairScore score, DetectionSettings settings) {
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

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
    }
}
