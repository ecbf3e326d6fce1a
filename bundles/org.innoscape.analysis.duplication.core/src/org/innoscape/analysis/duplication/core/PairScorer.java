package org.innoscape.analysis.duplication.core;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;


/**
 * Scores a pair of initiatives: text similarity of name and description, and agreement of their
 * attributes. A part that is unknown for either initiative is left out and the weights of the
 * others are rescaled, so "not stated" never counts as a match or a mismatch. {@link #total} is the
 * fast path used on every candidate; {@link #score} scores a pair worth reporting part by part and
 * {@link #explain} words it when asked.
 */
final class PairScorer implements java.io.Serializable, PairScore.Explainer {
    private static final long serialVersionUID = 6L; // 6: starts apart

    private final InitiativeFeatures features;
    private final TfIdfVectors vectors;
    private final ScoringWeights weights;
    /** Two initiatives whose possible starts are further apart than this many days are not one programme. */
    private final int startWithinDays;
    /** Starts at least this many days apart conflict: another round or wave. */
    private final int startApartDays;
    /** How often starts and places agree by chance in this register. */
    private final ChanceAgreements chance;
    /** The places each initiative's name and its whole text name (see {@link NamedEntities}). */
    private final BitSet[] placesInNames;
    private final BitSet[] placesInTexts;
    /** The account of two starts within those days: one string for the many pairs that have it. */
    private final String startedTogether;
    /**
     * Each initiative's earlier ones of one name ({@link SameNames#earlier}), reported whatever their score and so said in
     * their accounts; null when the same-name parameter is off.
     */
    private final int[][] sameName;
    /**
     * Sentence embeddings (unit vectors), or null when meaning is not compared. Not final only so that
     * {@link #readObject} can set it: they travel in half precision when that loses nothing (see {@link HalfPrecision}).
     */
    private transient float[][] meanings;
    /**
     * What explains this scorer's scores when asked: this scorer without the embeddings, which an explanation does not
     * need (the meaning is the value already known) and which would otherwise stay alive as long as any score does.
     */
    private transient PairScorer accounts;

    PairScorer(InitiativeFeatures features, TfIdfVectors vectors, ScoringWeights weights, int startWithinDays, int startApartDays,
            int[][] sameName, float[][] meanings) {
        this(features, vectors, weights, startWithinDays, startApartDays, sameName, meanings, new ChanceAgreements(features, startWithinDays));
    }

    private PairScorer(InitiativeFeatures features, TfIdfVectors vectors, ScoringWeights weights, int startWithinDays, int startApartDays,
            int[][] sameName, float[][] meanings, ChanceAgreements chance) {
        this.features = features;
        this.vectors = vectors;
        this.weights = weights;
        this.startWithinDays = startWithinDays;
        this.startApartDays = startApartDays;
        this.chance = chance;
        this.placesInNames = features.nameNamed.get(NamedEntities.Kind.PLACE);
        this.placesInTexts = features.named.get(NamedEntities.Kind.PLACE);
        this.startedTogether = "may have started within " + startWithinDays + " days of each other";
        this.sameName = sameName;
        this.meanings = meanings;
        this.accounts = withoutMeanings();
    }

    private PairScorer withoutMeanings() {
        return meanings == null ? this : new PairScorer(features, vectors, weights, startWithinDays, startApartDays, sameName, null, chance);
    }

    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        out.defaultWriteObject();
        out.writeObject(HalfPrecision.packed(meanings));
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        meanings = HalfPrecision.unpacked(in.readObject());
        accounts = withoutMeanings();
    }

    /** How the two names are one ({@link SameNames.Keys#account}), or null when they are not or the same-name parameter is off. */
    private String oneName(int a, int b) {
        if (sameName == null) {
            return null;
        }
        String account = features.names.account(a, b);
        if (account == null && a != b && SameNames.same(sameName, Math.min(a, b), Math.max(a, b))) {
            return SameNames.typedAgain(features.nameWords[a], features.nameWords[b]) ? "one name typed again (words cut short or mistyped)"
                    : "one name within the other";
        }
        return account;
    }

    /** Whether both are led by companies and share one: one company's award, which no other award can be. */
    boolean sameCompany(int a, int b) {
        String[] first = features.companies[a];
        String[] second = features.companies[b];
        return first.length > 0 && second.length > 0 && Companies.share(first, second);
    }

    /**
     * The evidence, in bits, that the two are one programme from the particulars they agree in, or -1 when one conflicts. They
     * agree in: their starts, within {@code duplication-start-within} days, and then their ends; the rarest body both involve as
     * owner or partner; the rarest place, condition, population, setting and intervention of each kind both name; the region and
     * the rarest term of the technology areas both state (see {@link ChanceAgreements}). Starts nearer than {@code start-apart}
     * days but not within are no evidence either way. Conflicts: starts {@code start-apart} days apart or more, dates that do not
     * overlap, two countries neither within the other, names of a kind with none in common or each naming its own, rounds with
     * none in common. Two bodies recording one programme each in its own words share few words but keep its start, its place
     * and for whom it is.
     */
    double agreementBits(int a, int b) {
        double bits = 0;
        if (features.hasStart(a) && features.hasStart(b)) {
            long apart = features.daysBetweenStarts(a, b);
            if (apart >= startApartDays) {
                return -1; // another round or wave
            }
            if (apart <= startWithinDays) {
                bits += chance.startBits(a, b);
                if (features.hasStartAndEnd(a) && features.hasStartAndEnd(b) && Math.abs(features.to[a] - features.to[b]) <= startWithinDays) {
                    bits += chance.endBits(a, b); // of two that started together: ending together is lasting as long
                }
            }
        }
        if (features.hasDates(a) && features.hasDates(b) && !datesOverlap(a, b) || countriesApart(a, b)) {
            return -1;
        }
        for (NamedEntities.Kind kind : NamedEntities.Kind.values()) {
            BitSet[] sets = namedCompared(kind, a, b);
            if (sets[a].isEmpty() || sets[b].isEmpty()) {
                continue;
            }
            if (!sets[a].intersects(sets[b]) || kind.eachItsOwn && eachNamesItsOwn(sets[a], sets[b])) {
                return -1;
            }
            bits += chance.namedBits(kind, sets[a], sets[b]);
        }
        int region = features.region.of[a];
        if (region >= 0 && region == features.region.of[b]) {
            // Another region is no conflict: bodies state a region at their own level ("Our Dorset" in the "South West").
            bits += chance.regionBits(region);
        }
        // Nor are technology areas with no term in common: each body states the area in its own words.
        bits += chance.technologyBits(features.technologies[a], features.technologies[b]);
        // A body each involves, as owner or partner: one programme recorded by each of the bodies that run it.
        bits += chance.organisationBits(features.organisations[a], features.organisations[b]);
        return roundsApart(a, b) ? -1 : bits;
    }

    /** Whether the two name rounds or phases and none in common: another round of a scheme. */
    private boolean roundsApart(int a, int b) {
        BitSet[] sets = compared(features.nameRounds, features.rounds, a, b);
        BitSet[] numbered = NamedRounds.compared(sets[a], sets[b]);
        return NamedRounds.apart(numbered[0], numbered[1])
                || !numbered[0].isEmpty() && !numbered[1].isEmpty() && !numbered[0].intersects(numbered[1]);
    }

    /** The most the two could give {@link #agreementBits} for the start and end of {@code a} and what it names, states and involves. */
    double mostAgreementBits(int a) {
        double bits = chance.startBits(a) + chance.endBits(a);
        double body = 0;
        for (int organisation : features.organisations[a]) {
            body = Math.max(body, chance.organisationBits(organisation));
        }
        bits += body;
        for (NamedEntities.Kind kind : NamedEntities.Kind.values()) {
            BitSet families = features.named.get(kind)[a];
            double most = 0;
            for (int family = families.nextSetBit(0); family >= 0; family = families.nextSetBit(family + 1)) {
                most = Math.max(most, chance.familyBits(kind, family));
            }
            bits += most;
        }
        double technology = 0;
        for (String term : features.technologies[a]) {
            technology = Math.max(technology, chance.technologyBits(term));
        }
        return bits + technology + (features.region.of[a] >= 0 ? chance.regionBits(features.region.of[a]) : 0);
    }

    /** The names of one kind the two are compared by: their names' when both name one of the kind and the kind is so decided. */
    private BitSet[] namedCompared(NamedEntities.Kind kind, int a, int b) {
        return kind.namesDecide ? compared(features.nameNamed.get(kind), features.named.get(kind), a, b) : features.named.get(kind);
    }

    /** Whether each of two sets with some in common also has one of its own. */
    private static boolean eachNamesItsOwn(BitSet first, BitSet second) {
        return !difference(first, second).isEmpty() && !difference(second, first).isEmpty();
    }

    /** Whether the initiative has a name of three words or more (see {@link SameNames}). */
    boolean hasName(int a) {
        return features.names.words()[a] != 0;
    }

    boolean comparesMeaning() {
        return meanings != null;
    }

    /** Cosine of the two sentence embeddings (0 when meaning is not compared), clamped to 0..1. */
    double meaning(int a, int b) {
        if (meanings == null) {
            return 0;
        }
        float[] x = meanings[a];
        float[] y = meanings[b];
        // Four sums, so that the additions do not wait for one another (one sum: a third of the time of scoring candidates).
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (; k + 3 < x.length; k += 4) {
            s0 += x[k] * y[k];
            s1 += x[k + 1] * y[k + 1];
            s2 += x[k + 2] * y[k + 2];
            s3 += x[k + 3] * y[k + 3];
        }
        for (; k < x.length; k++) {
            s0 += x[k] * y[k];
        }
        double sum = (s0 + s1) + (s2 + s3);
        return Math.max(0, Math.min(1, sum));
    }

    /** The text similarity of two initiatives, without a probe (which holds a vocabulary-sized array). */
    double text(int a, int b) {
        return vectors.cosine(a, b);
    }

    /** A text similarity for one thread that is fastest when the second document repeats from call to call. */
    TextSimilarity textProbe() {
        TfIdfVectors.Probe probe = vectors.probe();
        return (a, b) -> probe.cosine(b, a);
    }

    interface TextSimilarity {
        double of(int a, int b);
    }

    /** The score alone; the same arithmetic as {@link #score} without the explanation. */
    double total(int a, int b, double text, double meaning) {
        double sum = 0;
        double weight = 0;
        if (vectors.terms(a).length > 0 && vectors.terms(b).length > 0) {
            sum += weights.text() * text;
            weight += weights.text();
        }
        if (meanings != null) {
            sum += weights.meaning() * meaning;
            weight += weights.meaning();
        }
        double[] acc = {sum, weight};
        jaccard(null, acc, null, null, weights.stages(), features.stages[a], features.stages[b]);
        jaccard(null, acc, null, null, weights.drivers(), features.drivers[a], features.drivers[b]);
        jaccard(null, acc, null, null, weights.groups(), features.groups[a], features.groups[b]);
        jaccard(null, acc, null, null, weights.activities(), features.activities[a], features.activities[b]);
        equal(null, acc, null, null, weights.recipients(), features.recipients.of[a], features.recipients.of[b], null, false);
        equal(null, acc, null, null, weights.focus(), features.focus.of[a], features.focus.of[b], null, false);
        equal(null, acc, null, null, weights.instrument(), features.instrument.of[a], features.instrument.of[b], null, false);
        time(null, acc, a, b);
        if (weights.years() != 0) { // weight 0 (the default): it decides the class only, which the fast path does not
            years(null, acc, a, b);
        }
        country(null, acc, a, b);
        equal(null, acc, null, null, weights.region(), features.region.of[a], features.region.of[b], null, false);
        return acc[1] == 0 ? 0 : acc[0] / acc[1];
    }

    private static final int MEANING = PairScore.index("meaning");

    /** The score of a pair worth reporting: every part's value now, their accounts when {@link PairScore#parts} is asked. */
    PairScore score(int a, int b) {
        Parts parts = new Parts(null);
        double total = scored(a, b, parts);
        return new PairScore(total, parts.text, parts.values, accounts, a, b);
    }

    @Override
    public PairScore.Explanation explain(int a, int b, double[] values) {
        Parts parts = new Parts(values);
        scored(a, b, parts);
        return new PairScore.Explanation(List.copyOf(parts.explained), vectors.topSharedTerms(a, b, 5));
    }

    /**
     * The parts of one score as they are computed: every value, and each part's account only when explaining
     * (most reported pairs are never read one by one, and their accounts were most of the cost of reporting them).
     */
    private static final class Parts {
        final double[] values = PairScore.unknownValues();
        /** When explaining: the values the score was made with (the meaning is taken from them); else null. */
        final double[] known;
        final List<PairScore.Part> explained;
        double text;
        private String lastField;
        private double lastValue;

        Parts(double[] known) {
            this.known = known;
            explained = known != null ? new ArrayList<>() : null;
        }

        /**
         * Keeps a part's value; true when its account is wanted, which the caller then words and gives to {@link #account}
         * (asked this way, the values of half a million pairs are kept without making a closure for each account).
         */
        boolean set(String field, double value) {
            values[PairScore.index(field)] = value;
            lastField = field;
            lastValue = value;
            return explained != null;
        }

        /** The account of the part {@link #set} last. */
        void account(String account) {
            explained.add(new PairScore.Part(lastField, lastValue, account));
        }

        /** Whether accounts are wanted: not on the fast path (no parts) nor when only values are kept. */
        static boolean explaining(Parts parts) {
            return parts != null && parts.explained != null;
        }
    }

    /** Every part of the pair into {@code parts}; returns the total. */
    private double scored(int a, int b, Parts parts) {
        double text = vectors.cosine(a, b);
        parts.text = text;
        double[] acc = {0, 0};
        if (vectors.terms(a).length > 0 && vectors.terms(b).length > 0) {
            if (parts.set("text", text)) {
                parts.account("name and description similarity " + TwoDecimals.of(text));
            }
            acc[0] += weights.text() * text;
            acc[1] += weights.text();
        }
        // Explaining, the meaning is the value known: the scorer that explains keeps no embeddings.
        double meaning = parts.known != null ? parts.known[MEANING] : meanings != null ? meaning(a, b) : Double.NaN;
        if (!Double.isNaN(meaning)) {
            if (parts.set("meaning", meaning)) {
                parts.account("similarity of meaning " + TwoDecimals.of(meaning));
            }
            acc[0] += weights.meaning() * meaning;
            acc[1] += weights.meaning();
        }
        jaccard(parts, acc, "stages", "stages", weights.stages(), features.stages[a], features.stages[b]);
        jaccard(parts, acc, "drivers", "drivers", weights.drivers(), features.drivers[a], features.drivers[b]);
        jaccard(parts, acc, "groups", "target groups", weights.groups(), features.groups[a], features.groups[b]);
        jaccard(parts, acc, "activities", "activity types", weights.activities(), features.activities[a], features.activities[b]);
        equal(parts, acc, "recipients", "funding recipients", weights.recipients(), features.recipients.of[a], features.recipients.of[b],
                features.recipients.names, true);
        equal(parts, acc, "focus", "focus", weights.focus(), features.focus.of[a], features.focus.of[b], features.focus.names, true);
        equal(parts, acc, "instrument", "instrument type", weights.instrument(), features.instrument.of[a], features.instrument.of[b],
                features.instrument.names, true);
        time(parts, acc, a, b);
        String oneName = oneName(a, b);
        if (oneName != null) {
            if (parts.set("same_name", 1)) {
                parts.account(oneName);
            }
        }
        start(parts, a, b);
        owners(parts, a, b);
        years(parts, acc, a, b);
        rounds(parts, acc, a, b);
        for (NamedEntities.Kind kind : NamedEntities.Kind.values()) {
            named(parts, acc, kind, a, b);
        }
        country(parts, acc, a, b);
        equal(parts, acc, "region", "region", weights.region(), features.region.of[a], features.region.of[b], features.region.names, false);
        subjects(parts, a, b);
        described(parts, a, b);
        companies(parts, a, b);
        technologies(parts, a, b);
        return acc[1] == 0 ? 0 : acc[0] / acc[1];
    }

    /** Technology areas stated for both, no term in common (weight 0, only ever 0: it decides the class; see {@link TechnologyAreas}). */
    private void technologies(Parts parts, int a, int b) {
        if (TechnologyAreas.differ(features.technologies[a], features.technologies[b]) && parts.set("technology", 0)) {
            parts.account("another technology area (" + features.technologyNames[a] + " / " + features.technologyNames[b] + ")");
        }
    }

    /** Each led by another company (weight 0, only ever 0: it decides the class; see {@link Companies}). */
    private void companies(Parts parts, int a, int b) {
        String[] first = features.companies[a];
        String[] second = features.companies[b];
        if (first.length > 0 && second.length > 0 && !Companies.share(first, second) && parts.set("companies", 0)) {
            parts.account("each led by another company (" + first[0] + " / " + second[0] + ")");
        }
    }

    /**
     * Whether both have a description (weight 0, only ever 0: without one, nothing says the two do the same for the
     * same people, so where neither states its beneficiaries the pair is overlap; see {@link DuplicateFinder#classify}).
     */
    private void described(Parts parts, int a, int b) {
        if ((!features.described[a] || !features.described[b]) && parts.set("described", 0)) {
            parts.account(!features.described[a] && !features.described[b] ? "no description on either side: names alone"
                    : "no description on one side: a name alone");
        }
    }

    /** Names of one frame with another subject each (weight 0: it decides the class; see {@link NameSubjects}). */
    private void subjects(Parts parts, int a, int b) {
        String[] differing = NameSubjects.differing(features.nameWords[a], features.nameWords[b]);
        if (differing != null && parts.set("subjects", 0)) {
            parts.account("names of one frame, each with its own subject (" + differing[0] + " / " + differing[1] + ")");
        }
    }

    private static void jaccard(Parts parts, double[] acc, String field, String label, double weight, BitSet first,
            BitSet second) {
        // No account on the fast path (parts null), which runs on every candidate.
        jaccard(parts, acc, field, weight, first, second, !Parts.explaining(parts) ? null
                : counts -> "same " + label + " " + counts[0] + "/" + counts[1]);
    }

    /** |A ∩ B| / |A ∪ B| as a part, when both sets are stated; {@code account} words it from the two counts. */
    private static void jaccard(Parts parts, double[] acc, String field, double weight, BitSet first, BitSet second,
            java.util.function.Function<int[], String> account) {
        if (first.isEmpty() || second.isEmpty()) {
            return;
        }
        long counts = InitiativeFeatures.intersectionAndUnion(first, second);
        int common = (int) (counts >>> 32);
        int union = (int) counts;
        double value = (double) common / union;
        if (parts != null && parts.set(field, value)) {
            parts.account(account.apply(new int[] {common, union}));
        }
        acc[0] += weight * value;
        acc[1] += weight;
    }

    /** The same country, or one within the other (England within the UK): 1; other countries: 0 (similar policy elsewhere). */
    /** Whether both state a country and neither is the other or within it: similar policy elsewhere, never one programme. */
    private boolean countriesApart(int a, int b) {
        int first = features.country.of[a];
        int second = features.country.of[b];
        return first >= 0 && second >= 0 && first != second
                && !Countries.oneWithinTheOther(features.country.keys.get(first), features.country.keys.get(second));
    }

    private void country(Parts parts, double[] acc, int a, int b) {
        int first = features.country.of[a];
        int second = features.country.of[b];
        if (first < 0 || second < 0 || first == second
                || !Countries.oneWithinTheOther(features.country.keys.get(first), features.country.keys.get(second))) {
            equal(parts, acc, "country", "country", weights.country(), first, second, features.country.names, false);
            return;
        }
        if (parts != null && parts.set("country", 1)) {
            parts.account("one country within the other (" + features.country.names.get(first) + " / " + features.country.names.get(second) + ")");
        }
        acc[0] += weights.country();
        acc[1] += weights.country();
    }

    /** A value of the model's lists as words ("INNOVATORS_ONLY" is "innovators only"); countries and regions keep their case. */
    private static String asWords(String value) {
        return value.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Equal values of one of the model's lists; {@code asWords}: named as words, else as written (countries, regions). */
    private static void equal(Parts parts, double[] acc, String field, String label, double weight, int first,
            int second, List<String> names, boolean asWords) {
        if (first < 0 || second < 0) {
            return;
        }
        boolean same = first == second;
        if (parts != null && parts.set(field, same ? 1 : 0)) {
            String one = asWords ? asWords(names.get(first)) : names.get(first);
            String other = asWords ? asWords(names.get(second)) : names.get(second);
            parts.account((same ? "same " : "different ") + label + " (" + one + (same ? "" : " / " + other) + ")");
        }
        acc[0] += weight * (same ? 1 : 0);
        acc[1] += weight;
    }

    /**
     * The sets of one kind to compare: the names' when both names name something of that kind and nothing
     * in common, else the whole texts'. Look-alikes are often told apart in their names ("... for dementia"
     * and "... for diabetes"; "Phase 1" and "Phase 2") while their descriptions share boilerplate naming
     * several; the names only ever add such a conflict: names that agree leave the texts to decide (a name
     * saying "cancer" and a description saying which one).
     */
    private static BitSet[] compared(BitSet[] inNames, BitSet[] inTexts, int a, int b) {
        return inNames[a].isEmpty() || inNames[b].isEmpty() || inNames[a].intersects(inNames[b]) ? inTexts : inNames;
    }

    private static String where(BitSet[] compared, BitSet[] inNames) {
        return compared == inNames ? " in the names" : "";
    }

    /** The years named in the two texts: a share of them in common, or none (another round of a scheme). */
    private void years(Parts parts, double[] acc, int a, int b) {
        BitSet[] sets = compared(features.nameYears, features.years, a, b);
        if (sets[a].isEmpty() || sets[b].isEmpty()) {
            return;
        }
        BitSet first = NamedYears.comparedWith(sets[a], sets[b]);
        BitSet second = NamedYears.comparedWith(sets[b], sets[a]);
        String where = !Parts.explaining(parts) ? null : where(sets, features.nameYears);
        // No account on the fast path.
        jaccard(parts, acc, "years", weights.years(), first, second, !Parts.explaining(parts) ? null : counts -> counts[0] == 0
                ? "no year named in common" + where + " (" + NamedYears.describe(first) + " / " + NamedYears.describe(second) + ")"
                : "years named in common" + where + " " + counts[0] + "/" + counts[1]);
    }

    /** The numbered rounds the two texts name (weight 0, like the places below): none in common is another round. */
    private void rounds(Parts parts, double[] acc, int a, int b) {
        BitSet[] sets = compared(features.nameRounds, features.rounds, a, b);
        BitSet[] numbered = NamedRounds.compared(sets[a], sets[b]);
        BitSet first = numbered[0];
        BitSet second = numbered[1];
        String where = where(sets, features.nameRounds);
        if (NamedRounds.apart(first, second)) {
            if (parts != null && parts.set("rounds", 0)) {
                parts.account("no round or phase named in common" + where + " (" + NamedRounds.describe(first) + " / "
                        + NamedRounds.describe(second) + ")");
            }
            return;
        }
        jaccard(parts, acc, "rounds", 0, first, second, !Parts.explaining(parts) ? null : counts -> counts[0] == 0
                ? "no round named in common" + where + " (" + NamedRounds.describe(first) + " / " + NamedRounds.describe(second) + ")"
                : "rounds named in common" + where + " " + counts[0] + "/" + counts[1]);
    }

    /**
     * The places, conditions, populations or settings of care the two texts name: the share of families in common, or, but for
     * places, 0 when each also names one the other does not ("for people with severe mental illness" and "for children", beside
     * the template's "a particular focus on rural areas" in both). Weight 0, like the years: it decides the class (0 is a
     * conflict), not the score, so the fast path, which only ranks, leaves it out.
     */
    private void named(Parts parts, double[] acc, NamedEntities.Kind kind, int a, int b) {
        BitSet[] sets = namedCompared(kind, a, b);
        BitSet first = sets[a];
        BitSet second = sets[b];
        String where = where(sets, features.nameNamed.get(kind));
        if (kind.eachItsOwn && first.intersects(second) && eachNamesItsOwn(first, second)) {
            if (parts != null && parts.set(kind.many, 0)) {
                parts.account("each names a " + kind.one + " the other does not" + where + " (" + NamedEntities.describe(kind,
                        difference(first, second)) + " / " + NamedEntities.describe(kind, difference(second, first)) + ")");
            }
            return;
        }
        jaccard(parts, acc, kind.many, 0, first, second, !Parts.explaining(parts) ? null : counts -> counts[0] == 0
                ? "no " + kind.one + " named in common" + where + " (" + NamedEntities.describe(kind, first) + " / "
                        + NamedEntities.describe(kind, second) + ")"
                : kind.many + " named in common" + where + " " + counts[0] + "/" + counts[1] + " ("
                        + NamedEntities.describe(kind, intersection(first, second)) + ")"
                        + ChanceAgreements.asShare(chance.namedBits(kind, first, second), "of the texts naming a " + kind.one + " name it"));
    }

    private static BitSet difference(BitSet first, BitSet second) {
        BitSet only = (BitSet) first.clone();
        only.andNot(second);
        return only;
    }

    private static BitSet intersection(BitSet first, BitSet second) {
        BitSet both = (BitSet) first.clone();
        both.and(second);
        return both;
    }

    /**
     * Whether the two may have started together (weight 0: it decides the class). A programme recorded
     * again keeps its start, at whatever precision ("2021", "2021-05", "2021-05-17"); one started months
     * apart is another round or another body's roll-out, even where the dates overlap.
     */
    private void start(Parts parts, int a, int b) {
        if (!features.hasStart(a) || !features.hasStart(b)) {
            return;
        }
        long apart = features.daysBetweenStarts(a, b);
        boolean together = apart <= startWithinDays;
        if (parts.set("start", together ? 1 : 0)) {
            parts.account(together ? startedTogether + ChanceAgreements.asShare(chance.startBits(a, b), "of the register's starts do")
                    : "started at least " + apart + " days apart");
        }
    }

    /**
     * Whether the names name the same body (weight 0: it decides the class), when each names one of its own
     * owners: each naming its own and neither the other's is two bodies' schemes of one kind (see {@link NamedOwners}).
     */
    private void owners(Parts parts, int a, int b) {
        int[] ownA = features.owners[a];
        int[] ownB = features.owners[b];
        if (ownA.length == 0 || ownB.length == 0) {
            return; // kept only where the name names one of them
        }
        int[] namedA = features.nameOwners[a];
        int[] namedB = features.nameOwners[b];
        if (NamedOwners.intersect(ownA, ownB)) {
            if (parts.set("owners_named", 1)) {
                parts.account("one owner, " + features.ownerNames.get(NamedOwners.firstShared(ownA, ownB)) + ", named in the names");
            }
        } else if (NamedOwners.intersect(namedA, ownB) || NamedOwners.intersect(namedB, ownA)) {
            if (parts.set("owners_named", 1)) {
                parts.account("a name names the other's owner");
            }
        } else {
            if (parts.set("owners_named", 0)) {
                parts.account("each name names its own owner (" + features.ownerNames.get(NamedOwners.firstShared(namedA, ownA)) + " / "
                        + features.ownerNames.get(NamedOwners.firstShared(namedB, ownB)) + ")");
            }
        }
    }

    private void time(Parts parts, double[] acc, int a, int b) {
        if (!features.hasDates(a) || !features.hasDates(b)) {
            return;
        }
        boolean overlap = datesOverlap(a, b);
        if (parts != null && parts.set("time", overlap ? 1 : 0)) {
            parts.account(overlap ? "overlapping dates" : "dates do not overlap");
        }
        acc[0] += weights.time() * (overlap ? 1 : 0);
        acc[1] += weights.time();
    }

    private boolean datesOverlap(int a, int b) {
        return features.from[a] <= features.to[b] && features.from[b] <= features.to[a];
    }
}
