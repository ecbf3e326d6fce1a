package org.innoscape.analysis.duplication.core;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Finds similar initiatives among plain records: text vectors (words, and meaning when embeddings are
 * given), candidate pairs (every pair for small registers; for larger ones, initiatives sharing pairs
 * of strong terms, near in meaning, or sharing a particular and a start, see {@link CandidatePairs}), exact scoring of the
 * candidates and
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

    /** On this machine's cores, ranges handed out one at a time (see {@link RangesOnThisMachine}). */
    public static final RangeScoring ON_THIS_MACHINE = new RangesOnThisMachine();

    public DuplicateFinder(DetectionSettings settings) {
        this.settings = settings;
    }

    /**
     * What a detection found and how many candidate pairs it scored, and what its limits left unscored:
     * entries of exact-index lists longer than max-posting and of key lists longer than max-block (upper
     * bounds), and pairs beyond an initiative's max-candidates (exact); {@code identicalCopies} records were
     * copies of an earlier one, compared through it and linked to it in a chain.
     */
    public record Detection(List<ScoredPair> pairs, long candidatesScored, long skippedPostings, long skippedBlocks, long rankedOut,
            int identicalCopies) {
        public long candidatesSkipped() {
            return skippedPostings + skippedBlocks + rankedOut;
        }
    }

    /**
     * The pairs reported in one range of records, as positions ({@code firsts[i] < seconds[i]}), and the
     * counts of that range. Only positions travel back from where a range is scored: the scores are
     * scored part by part where the ranges are collected, from the same prepared register (their accounts are written
     * when a report asks for them).
     */
    public record RangeResult(int[] firsts, int[] seconds, long candidatesScored, long skippedPostings, long skippedBlocks,
            long rankedOut) implements Serializable {
        private static final long serialVersionUID = 1L;

        public int size() {
            return firsts.length;
        }
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
        return detect(records, meanings, null, cancelled, scoring);
    }

    /**
     * Like {@link #detect(List, float[][], BooleanSupplier, RangeScoring)}, remembering the nearest in meaning:
     * those of texts {@code memory} holds are taken from it and only the others are searched; {@code memory}
     * then holds this detection's (null: nothing remembered). The caller decides from what size a register is
     * remembered ({@link #REMEMBERED_FROM}): by its rows, of which copies may leave fewer texts.
     */
    public Detection detect(List<InitiativeRecord> records, float[][] meanings, MeaningMemory memory, BooleanSupplier cancelled,
            RangeScoring scoring) {
        checkMeanings(records, meanings);
        IdenticalRecords identical = IdenticalRecords.of(records, meanings);
        int copies = identical.copies(records.size());
        if (copies == 0) {
            Prepared prepared = prepare(records, meanings, memory, cancelled);
            return prepared.collect(scoring.scoreAll(prepared, cancelled));
        }
        Prepared prepared = prepare(identical.distinct(records), identical.distinct(meanings), memory, cancelled);
        Detection distinct = prepared.collect(scoring.scoreAll(prepared, cancelled));
        List<ScoredPair> pairs = new ArrayList<>(distinct.pairs().size() + copies);
        for (ScoredPair pair : distinct.pairs()) {
            pairs.add(new ScoredPair(identical.position(pair.first()), identical.position(pair.second()), pair.score(), pair.overlapClass()));
        }
        for (int d = 0; d < identical.distinctCount(); d++) {
            int[] group = identical.group(d);
            ScoredPair twoCopies = group.length > 1 ? prepared.twoCopiesOf(d) : null;
            for (int k = 1; twoCopies != null && k < group.length; k++) {
                pairs.add(new ScoredPair(group[k - 1], group[k], twoCopies.score(), twoCopies.overlapClass()));
            }
        }
        return new Detection(PairOrder.sorted(pairs, records), distinct.candidatesScored(), distinct.skippedPostings(),
                distinct.skippedBlocks(), distinct.rankedOut(), copies);
    }

    private static void checkMeanings(List<InitiativeRecord> records, float[][] meanings) {
        if (meanings != null && meanings.length != records.size()) {
            throw new IllegalArgumentException(meanings.length + " embeddings for " + records.size() + " records");
        }
    }

    /**
     * The register size (rows) from which callers remember the nearest in meaning between detections (the
     * duplicate detector gives a memory only then): below it the neighbour graph takes seconds to build, and a
     * detection need not depend on an earlier one. The finder uses any memory it is given.
     */
    public static final int REMEMBERED_FROM = 10_000;

    /**
     * Which of the given pairs (indexes into {@code records}) would be reported if every pair were compared:
     * the text weights come from all the records, as in a full detection, but only these pairs are scored.
     * Benchmarks use it for the all-pairs ceiling of registers too large to compare in full.
     */
    public List<ScoredPair> scoreOnly(List<InitiativeRecord> records, float[][] meanings, List<int[]> pairs) {
        Prepared prepared = prepare(records, meanings, () -> false);
        PairList reported = new PairList();
        CandidatePairs.Sink sink = prepared.reportingSink(reported);
        pairs.forEach(p -> sink.pair(Math.min(p[0], p[1]), Math.max(p[0], p[1])));
        return prepared.scored(reported.firsts(), reported.seconds());
    }

    /** Builds what comparing any pair of these records needs. */
    public Prepared prepare(List<InitiativeRecord> records, float[][] meanings, BooleanSupplier cancelled) {
        return prepare(records, meanings, null, cancelled);
    }

    /** Like {@link #prepare(List, float[][], BooleanSupplier)}, remembering the nearest in meaning (see {@link #detect}). */
    public Prepared prepare(List<InitiativeRecord> records, float[][] meanings, MeaningMemory memory, BooleanSupplier cancelled) {
        checkMeanings(records, meanings);
        TfIdfVectors vectors = vectors(records);
        checkCancelled(cancelled);
        int n = records.size();
        InitiativeFeatures features = new InitiativeFeatures(records);
        checkCancelled(cancelled);
        int[][] nearInMeaning;
        int neighbours = settings.neighboursFor(n);
        if (meanings == null || neighbours == 0 || n < 2) {
            nearInMeaning = null;
        } else {
            // Searched without what most texts share (CommonDirections) and with what each names (NamedDimensions);
            // remembered by the embeddings themselves and what each text names.
            float[][] searched = n < NamedDimensions.FROM ? meanings
                    : NamedDimensions.added(meanings, CommonDirections.remover(meanings), features);
            nearInMeaning = memory != null
                    ? MeaningNeighbours.earlierNeighbours(searched, NamedDimensions.keys(MeaningMemory.keys(meanings), features),
                            neighbours, x -> cancelled.getAsBoolean(), memory)
                    : MeaningNeighbours.earlierNeighbours(searched, neighbours, x -> cancelled.getAsBoolean());
        }
        checkCancelled(cancelled);
        long[][] trimmedNames = features.takeTrimmedNames();
        int[][] sameName = settings.sameNames() ? SameNames.earlier(features.names, trimmedNames, features.nameWords) : SameNames.none(n);
        PairScorer scorer = new PairScorer(features, vectors, settings.weights(), settings.startWithinDays(), settings.startApartDays(),
                settings.sameNames() ? sameName : null, meanings);
        CandidatePairs candidates = null;
        if (n > settings.exhaustiveLimit()) {
            TermPairBlocks blocks = settings.keyTerms() >= 2 ? new TermPairBlocks(vectors, settings.keyTerms()) : null;
            ParticularKeys particulars = settings.linkedThreshold() < 1 ? new ParticularKeys(features, scorer, settings.startWithinDays(),
                    settings.startApartDays(), settings.linkedEvidence(), settings.maxBlock()) : null;
            candidates = new CandidatePairs(vectors, blocks, SameNames.union(nearInMeaning, sameName), particulars, new CandidatePairs.Limits(
                    settings.minText(), settings.maxPosting(), settings.maxBlock(), settings.maxCandidates()));
        }
        return new Prepared(settings, List.copyOf(records), scorer, nearInMeaning, sameName, candidates);
    }

    private static TfIdfVectors vectors(List<InitiativeRecord> records) {
        // Lucene's analyzers keep a token stream per thread, so one serves every core.
        try (TextTerms text = new TextTerms(RegisterAcronyms.of(records))) {
            return new TfIdfVectors(records.parallelStream().map(record -> text.terms(record.text())).toList());
        }
    }

    /**
     * Everything comparing pairs of one register needs, built once; serialisable, so that a cluster can
     * send it to its workers and each scores its own ranges. The records themselves do not travel (scoring
     * needs only what was prepared from them): ranges are {@link #collect collected} where the register was
     * prepared.
     */
    public static final class Prepared implements Serializable {
        private static final long serialVersionUID = 1L;
        private final DetectionSettings settings;
        private final transient List<InitiativeRecord> records;
        private final int size;
        private final PairScorer scorer;
        private final int[][] nearInMeaning;
        /** Each record's earlier records of the same name (see {@link SameNames}). */
        private final int[][] sameName;
        /** Null when every pair is compared (registers up to exhaustive-limit). */
        private final CandidatePairs candidates;

        private Prepared(DetectionSettings settings, List<InitiativeRecord> records, PairScorer scorer, int[][] nearInMeaning, int[][] sameName,
                CandidatePairs candidates) {
            this.settings = settings;
            this.records = records;
            this.size = records.size();
            this.scorer = scorer;
            this.nearInMeaning = nearInMeaning;
            this.sameName = sameName;
            this.candidates = candidates;
        }

        public int size() {
            return size;
        }

        /** Finds and scores the pairs whose later record is in {@code [from, to)}; those reported, in no particular order. */
        public RangeResult range(int from, int to, BooleanSupplier cancelled) {
            PairList pairs = new PairList();
            CandidatePairs.Sink sink = reportingSink(pairs);
            if (candidates != null) {
                CandidatePairs.Counts counts = candidates.range(from, to, x -> cancelled.getAsBoolean(), sink);
                if (counts == null) {
                    throw new CancellationException();
                }
                return new RangeResult(pairs.firsts(), pairs.seconds(), counts.candidates(), counts.skippedPostings(), counts.skippedBlocks(),
                        counts.rankedOut());
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
            return new RangeResult(pairs.firsts(), pairs.seconds(), compared, 0, 0, 0);
        }

        /**
         * The results of ranges that together cover every record, as one detection: scored, classed (duplication between closest
         * look-alikes only, when so set: {@link ClosestLookAlikes}), sorted.
         *
         * @throws IllegalStateException on a copy sent elsewhere, which has no records to name the pairs by
         */
        public Detection collect(List<RangeResult> ranges) {
            if (records == null) {
                throw new IllegalStateException("ranges are collected where the register was prepared, not on a copy");
            }
            int total = ranges.stream().mapToInt(RangeResult::size).sum();
            int[] firsts = new int[total];
            int[] seconds = new int[total];
            int at = 0;
            long scored = 0;
            long postings = 0;
            long blocks = 0;
            long ranked = 0;
            for (RangeResult range : ranges) {
                System.arraycopy(range.firsts(), 0, firsts, at, range.size());
                System.arraycopy(range.seconds(), 0, seconds, at, range.size());
                at += range.size();
                scored += range.candidatesScored();
                postings += range.skippedPostings();
                blocks += range.skippedBlocks();
                ranked += range.rankedOut();
            }
            List<ScoredPair> pairs = scored(firsts, seconds);
            if (settings.duplicationClosest()) {
                pairs = ClosestLookAlikes.classed(pairs, size, scorer::sameCompany, position -> records.get(position).id());
            }
            return new Detection(PairOrder.sorted(pairs, records), scored, postings, blocks, ranked, 0);
        }

        /** Reported pairs with their scores (accounts written when asked) and classes, on every core of this machine. */
        private List<ScoredPair> scored(int[] firsts, int[] seconds) {
            return IntStream.range(0, firsts.length).parallel().mapToObj(i -> {
                PairScore score = scorer.score(firsts[i], seconds[i]);
                return new ScoredPair(firsts[i], seconds[i], score, classify(score, settings));
            }).toList();
        }

        /**
         * The pair two copies of the record at {@code position} make, or null when such a pair would not be
         * reported (a record without text or attributes); copies are each other's nearest in meaning.
         */
        ScoredPair twoCopiesOf(int position) {
            double text = scorer.text(position, position);
            double meaning = scorer.meaning(position, position);
            // As for any pair: meaning alone counts only where the nearest in meaning are searched; copies share their name.
            boolean similarEnough = text >= settings.minText() || nearInMeaning != null && meaning >= settings.minMeaning();
            boolean named = settings.sameNames() && scorer.hasName(position);
            if (!named && (!similarEnough || scorer.total(position, position, text, meaning) < settings.threshold())) {
                return null;
            }
            PairScore score = scorer.score(position, position);
            return new ScoredPair(position, position, score, classify(score, settings));
        }

        /**
         * Whether the pair's particulars agree with enough evidence to report it from a lower bar: agreeing-min-text and
         * agreeing-threshold, or, with more evidence, linked-min-text and linked-threshold. {@code total} is asked only then.
         */
        private boolean agreeing(int a, int b, double text, java.util.function.DoubleSupplier total) {
            boolean agreeingText = text >= settings.agreeingMinText();
            boolean linkedText = text >= settings.linkedMinText() && settings.linkedThreshold() < 1;
            if (!agreeingText && !linkedText) {
                return false;
            }
            double bits = scorer.agreementBits(a, b); // quick to tell: most candidates start months apart
            boolean agreeing = agreeingText && bits >= settings.agreeingEvidence();
            boolean linked = linkedText && bits >= settings.linkedEvidence();
            if (!agreeing && !linked) {
                return false;
            }
            double score = total.getAsDouble();
            return agreeing && score >= settings.agreeingThreshold() || linked && score >= settings.linkedThreshold();
        }

        /** Whether one of the two records is among the other's nearest in meaning. */
        boolean nearInMeaning(int a, int b) {
            return nearInMeaning != null && Arrays.binarySearch(nearInMeaning[Math.max(a, b)], Math.min(a, b)) >= 0;
        }

        /**
         * Keeps the pairs that are reported: similar enough in words (or, among the nearest, in meaning) and scoring the threshold,
         * or, with particulars that agree, reaching the lower bars of agreeing-min-text and agreeing-threshold, or with more
         * evidence those of linked-min-text and linked-threshold.
         */
        private CandidatePairs.Sink reportingSink(PairList into) {
            PairScorer.TextSimilarity similarity = scorer.textProbe();
            double lowestText = Math.min(settings.minText(), Math.min(settings.agreeingMinText(),
                    settings.linkedThreshold() < 1 ? settings.linkedMinText() : 1));
            return (a, b) -> {
                double text = similarity.of(a, b);
                boolean near = nearInMeaning(a, b);
                boolean named = SameNames.same(sameName, Math.min(a, b), Math.max(a, b));
                if (text < lowestText && !near && !named) {
                    return; // neither similar in words nor near in meaning nor of one name: most candidates end here
                }
                if (named) {
                    into.add(a, b);
                    return;
                }
                boolean words = text >= settings.minText();
                if (!words && !near) {
                    // Only agreeing particulars can report it.
                    if (agreeing(a, b, text, () -> scorer.total(a, b, text, scorer.meaning(a, b)))) {
                        into.add(a, b);
                    }
                    return;
                }
                double meaning = scorer.meaning(a, b);
                // Meaning alone reports a pair only among each other's nearest: cosines run high between texts of one template.
                boolean similarEnough = words || meaning >= settings.minMeaning();
                double total = scorer.total(a, b, text, meaning);
                if (similarEnough && total >= settings.threshold() || agreeing(a, b, text, () -> total)) {
                    into.add(a, b);
                }
            };
        }
    }

    /** Pairs of positions, growing as they are found. */
    private static final class PairList {
        private int[] firsts = new int[64];
        private int[] seconds = new int[64];
        private int size;

        void add(int first, int second) {
            if (size == firsts.length) {
                firsts = Arrays.copyOf(firsts, size * 2);
                seconds = Arrays.copyOf(seconds, size * 2);
            }
            firsts[size] = first;
            seconds[size++] = second;
        }

        int[] firsts() {
            return Arrays.copyOf(firsts, size);
        }

        int[] seconds() {
            return Arrays.copyOf(seconds, size);
        }
    }

    /** Parts that, stated for both and with nothing in common, say the two are not the same programme. */
    private static final List<String> CONFLICTING_WHEN_NOTHING_SHARED = List.of("stages", "drivers", "focus", "instrument", "time", "start",
            "owners_named", "years", "rounds", "region", "places", "conditions", "populations", "settings", "interventions", "subjects", "companies",
            "technology");

    /**
     * GAO's duplication: the same activities for the same beneficiaries. Here: a score from the
     * duplication threshold, the same beneficiaries (target groups, else funding recipients; where neither can be
     * compared, a score from {@code duplication-unstated-beneficiaries} instead and a description on both sides) and similar
     * activities, no stated attribute in conflict (no stage or driver in common, another focus or
     * instrument, dates that do not overlap, starts further apart than {@code duplication-start-within} days, names each naming
     * its own owner, each led by another company, no year, round, place, condition, population or setting of care named in
     * common, no condition, population or setting each names of its own beside those in common, no intervention named in
     * common, another region, technology areas with no term in common), and,
     * when meaning is compared,
     * descriptions alike in meaning (sister programmes of one template share words and attributes but
     * not their subject). Initiatives of different countries are similar policy elsewhere, whatever the score.
     */
    static OverlapClass classify(PairScore score, DetectionSettings settings) {
        if (score.part("country") == 0) {
            return OverlapClass.ELSEWHERE;
        }
        if (score.total() < settings.duplicationThreshold()) {
            return OverlapClass.OVERLAP;
        }
        if (CONFLICTING_WHEN_NOTHING_SHARED.stream().anyMatch(field -> score.part(field) == 0)) {
            return OverlapClass.OVERLAP;
        }
        double meaning = score.part("meaning");
        if (!Double.isNaN(meaning) && meaning < settings.duplicationMeaning()) {
            return OverlapClass.OVERLAP;
        }
        double groups = score.part("groups");
        double recipients = score.part("recipients");
        // Registers of grants seldom state whom a programme serves: unknown, the score must say more (by default a bar above
        // duplication-threshold's).
        // A name alone (no description on one side) is no evidence of that.
        boolean sameBeneficiaries = !Double.isNaN(groups) ? groups >= 0.5
                : !Double.isNaN(recipients) ? recipients == 1
                        : score.total() >= settings.duplicationUnstated() && Double.isNaN(score.part("described"));
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
