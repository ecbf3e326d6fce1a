package org.innoscape.analysis.duplication.core;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * The thresholds and search settings of the duplicate detector.
 *
 * @param threshold            report pairs whose score reaches this
 * @param duplicationThreshold pairs from this score on may be classed as duplication
 * @param duplicationMeaning   when meaning is compared, duplication also needs the two at least this similar in meaning
 * @param startWithinDays      duplication also needs the two to have started (when both starts are stated) at most this many days apart
 * @param startApartDays       starts at least this many days apart conflict (another round); those between startWithinDays and this
 *                             are no evidence either way (an announcement comes before delivery, an evaluation's study after it)
 * @param duplicationUnstated  where the two's beneficiaries cannot be compared (target groups, or else funding recipients, not stated
 *                             for one or both), duplication needs at least this score instead of the same beneficiaries
 * @param minText              and whose name-and-description similarity reaches this (or their meaning, minMeaning)
 * @param agreeingThreshold    pairs whose particulars agree ({@code PairScorer#agreementBits}: a start or a place in common, none in
 *                             conflict, at least agreeingEvidence bits) are reported from this score instead of threshold
 * @param agreeingMinText      and from this name-and-description similarity instead of minText
 * @param agreeingEvidence     the evidence, in bits, their agreeing particulars must give (see {@code ChanceAgreements})
 * @param linkedThreshold      pairs whose particulars agree with at least linkedEvidence bits are reported from this score (1: never);
 *                             larger registers also search for candidates by their particulars (see {@code ParticularKeys})
 * @param linkedMinText        and from this name-and-description similarity
 * @param linkedEvidence       the evidence, in bits, their agreeing particulars must give for this bar
 * @param sameNames            pairs of the same name are reported whatever their score (see {@link SameNames})
 * @param exhaustiveLimit      up to this many initiatives, every pair is compared
 * @param keyTerms             larger registers: pairs of each initiative's this many strongest terms are blocking keys (0: none)
 * @param maxBlock             larger registers: keys shared by more initiatives than this are not searched
 * @param maxCandidates        larger registers: each initiative is compared with at most this many of those sharing its keys
 * @param maxPosting           larger registers: the exact index's lists up to this long are searched as well (0: no exact index)
 * @param meaning              whether and how similarity of meaning is compared as well as of words
 * @param semanticLimit        {@link Meaning#AUTO}: registers up to this many initiatives use the sentence model, larger ones token vectors
 * @param minMeaning           a pair below minText is still reported when its similarity of meaning reaches this and the two are
 *                             among each other's nearest in meaning
 * @param neighbours           each initiative is also compared with this many nearest in meaning (more in large registers, see
 *                             {@link #neighboursFor(int)})
 * @param neighboursGrow       whether the nearest compared grow with a register beyond {@link #NEIGHBOURS_GROW_FROM} initiatives
 * @param duplicationClosest   duplication also needs the two to be each other's closest look-alikes (see {@link ClosestLookAlikes})
 */
public record DetectionSettings(ScoringWeights weights, double threshold, double duplicationThreshold, double duplicationMeaning,
        int startWithinDays, int startApartDays, double duplicationUnstated, double minText, double agreeingThreshold, double agreeingMinText,
        double agreeingEvidence, double linkedThreshold, double linkedMinText, double linkedEvidence, boolean sameNames,
        int exhaustiveLimit, int keyTerms, int maxBlock, int maxCandidates, int maxPosting, Meaning meaning, int semanticLimit,
        double minMeaning, int neighbours, boolean neighboursGrow, boolean duplicationClosest) implements Serializable {

    private static final long serialVersionUID = 4L; // 4: starts apart

    /** The register size up to which {@code neighbours} nearest are compared, whether or not they grow. */
    public static final int NEIGHBOURS_GROW_FROM = 100_000;

    /**
     * How similarity of meaning is compared: by the sentence model for registers up to
     * {@code semantic-limit} initiatives and by token vectors distilled from it above (auto); by the
     * sentence model (about 10-20 ms per description on two cores, once: vectors are cached beside the
     * model) or by the token vectors (a fraction of a millisecond) whatever the size; or not at all.
     */
    public enum Meaning {
        AUTO, SEMANTIC, TOKEN_VECTORS, LEXICAL;

        /** The parameter's value; the parameter itself accepts only these (see {@link DetectionParameters}). */
        static Meaning parse(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** The defaults of the parameters ({@link DetectionParameters}). */
    public static DetectionSettings defaults() {
        return of(Map.of());
    }

    /**
     * The settings of these parameter values (by key, as text, as on the command line); defaults for the rest.
     *
     * @throws IllegalArgumentException naming the parameter, for an unknown key or a value of the wrong kind or out of range
     */
    public static DetectionSettings of(Map<String, String> given) {
        Map<String, Object> p = DetectionParameters.values(given);
        return new DetectionSettings(ScoringWeights.from(p), decimal(p, "threshold"), decimal(p, "duplication-threshold"),
                decimal(p, "duplication-meaning"), integer(p, "duplication-start-within"), integer(p, "start-apart"), decimal(p, "duplication-unstated-beneficiaries"),
                decimal(p, "min-text"), decimal(p, "agreeing-threshold"), decimal(p, "agreeing-min-text"),
                decimal(p, "agreeing-evidence"), decimal(p, "linked-threshold"), decimal(p, "linked-min-text"), decimal(p, "linked-evidence"),
                "yes".equals(p.get("same-name")), integer(p, "exhaustive-limit"), integer(p, "key-terms"), integer(p, "max-block"),
                integer(p, "max-candidates"), integer(p, "max-posting"), Meaning.parse((String) p.get("text")),
                integer(p, "semantic-limit"), decimal(p, "min-meaning"), integer(p, "neighbours"),
                "yes".equals(p.get("neighbours-grow")), "yes".equals(p.get("duplication-closest")));
    }

    private static double decimal(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }

    private static int integer(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).intValue();
    }

    /**
     * How many nearest in meaning each of a register of {@code initiatives} is compared with: {@code neighbours}, and beyond
     * {@link #NEIGHBOURS_GROW_FROM} initiatives (when they grow) that times the square root of how many times larger the
     * register is. One template's programmes grow with the register and crowd a re-description out of a fixed number of
     * nearest; the square root narrows the fall of recall (at 1,000,000 rows to 0.030 below 100,000's, from 0.052:
     * docs/performance.md) while the pairs compared grow by less than the register's square.
     */
    public int neighboursFor(int initiatives) {
        if (!neighboursGrow || initiatives <= NEIGHBOURS_GROW_FROM) {
            return neighbours;
        }
        return (int) Math.min(1000, Math.round(neighbours * Math.sqrt(initiatives / (double) NEIGHBOURS_GROW_FROM)));
    }

    /** Whether initiatives are compared by meaning as well as by words. */
    public boolean usesMeaning() {
        return meaning != Meaning.LEXICAL;
    }

    /** Whether a register of {@code initiatives} has its meaning compared by the sentence model rather than the token vectors. */
    public boolean usesSentenceModel(int initiatives) {
        return meaning == Meaning.SEMANTIC || meaning == Meaning.AUTO && initiatives <= semanticLimit;
    }

    /** The same settings, but comparing every pair (the brute-force baseline). */
    public DetectionSettings exhaustive() {
        return with(Integer.MAX_VALUE, keyTerms, maxBlock, maxCandidates, maxPosting, meaning);
    }

    /** The same settings, never comparing every pair. */
    public DetectionSettings blocked() {
        return with(0, keyTerms, maxBlock, maxCandidates, maxPosting, meaning);
    }

    /** The same settings with other blocking: pairs of the {@code terms} strongest terms, key lists up to {@code listLimit}, {@code candidates} per initiative. */
    public DetectionSettings withBlocking(int terms, int listLimit, int candidates) {
        return with(exhaustiveLimit, terms, listLimit, candidates, maxPosting, meaning);
    }

    /** The same settings with the exact index's lists searched up to {@code limit} (0: no exact index). */
    public DetectionSettings withMaxPosting(int limit) {
        return with(exhaustiveLimit, keyTerms, maxBlock, maxCandidates, limit, meaning);
    }

    /** Only the exact index, every list searched: every pair reaching min-text is scored (slow on large registers). */
    public DetectionSettings exactIndex() {
        return with(0, 0, maxBlock, maxCandidates, Integer.MAX_VALUE, meaning);
    }

    /** The same settings with another text mode. */
    public DetectionSettings withMeaning(Meaning mode) {
        return with(exhaustiveLimit, keyTerms, maxBlock, maxCandidates, maxPosting, mode);
    }

    private DetectionSettings with(int exhaustive, int terms, int listLimit, int candidates, int posting, Meaning mode) {
        return new DetectionSettings(weights, threshold, duplicationThreshold, duplicationMeaning, startWithinDays, startApartDays, duplicationUnstated,
                minText, agreeingThreshold, agreeingMinText, agreeingEvidence, linkedThreshold, linkedMinText, linkedEvidence, sameNames, exhaustive, terms, listLimit, candidates, posting, mode,
                semanticLimit, minMeaning, neighbours, neighboursGrow, duplicationClosest);
    }
}
