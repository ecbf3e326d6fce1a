package org.innoscape.analysis.duplication.core;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The attributes of each initiative that the scorer compares, prepared once: sets as bit sets,
 * single values as ordinals (-1 when unknown) and dates as day numbers, so that scoring a candidate
 * pair allocates nothing.
 */
final class InitiativeFeatures implements java.io.Serializable {
    private static final long serialVersionUID = 7L; // 7: the bodies involved
    /** What {@link #placeKey} reads as a space. */
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    final BitSet[] stages;
    final BitSet[] drivers;
    final BitSet[] groups;
    final BitSet[] activities;
    /** The years each initiative's name and description name (see {@link NamedYears}). */
    final BitSet[] years;
    /** The numbered rounds (cohorts, waves, phases) each initiative's text names (see {@link NamedRounds}). */
    final BitSet[] rounds;
    /** The families of places, conditions and populations each initiative's text names (see {@link NamedEntities}), by kind. */
    final Map<NamedEntities.Kind, BitSet[]> named = new java.util.EnumMap<>(NamedEntities.Kind.class);
    /** The same as {@link #years}, {@link #rounds} and {@link #named}, of each initiative's name alone (see {@link PairScorer}). */
    final BitSet[] nameYears;
    final BitSet[] nameRounds;
    final Map<NamedEntities.Kind, BitSet[]> nameNamed = new java.util.EnumMap<>(NamedEntities.Kind.class);
    final Values recipients = new Values(Values.AS_WRITTEN);
    final Values focus = new Values(Values.AS_WRITTEN);
    final Values instrument = new Values(Values.AS_WRITTEN);
    /** Countries by {@link Countries#key} ("UK" and "United Kingdom" are one); the name kept is the first one met. */
    final Values country = new Values(Countries::key);
    /** Regions compare as places: without regard to case, spacing, punctuation or a leading "the". */
    final Values region = new Values(InitiativeFeatures::placeKey);
    /** Earliest start and latest end as epoch days; Long.MIN_VALUE / MAX_VALUE when open, both MIN when no date at all. */
    final long[] from;
    final long[] to;
    /** The days each initiative may start, earliest and latest, as epoch days; both Long.MIN_VALUE when its start is not stated. */
    final long[] startFrom;
    final long[] startBy;
    /**
     * The owners each initiative's name names (see {@link NamedOwners}), and its own owners when its name names one of them
     * (only then are they compared), or the owners its name names when it states none, as ascending indices of the
     * register's owners; most are empty.
     */
    final int[][] owners;
    final int[][] nameOwners;
    /**
     * Whether each initiative has a description: a name alone says nothing of what a programme does, or for whom; nor do
     * "N/A", "TBC" or the name written again (see {@link #isDescribed}).
     */
    final boolean[] described;
    /** The companies that own each initiative, when all its owners are companies (see {@link Companies}); most are empty. */
    final String[][] companies;
    /** The telling terms of each initiative's technology area (see {@link TechnologyAreas}); empty when not stated. */
    final String[][] technologies;
    /** Each initiative's technology area as stated, for accounts; null when not stated. */
    final String[] technologyNames;
    /**
     * The words of each initiative's name ({@link TextWords}, abbreviations written out), for its subject (see
     * {@link NameSubjects}); equal words are one string.
     */
    final String[][] nameWords;
    /** The keys of each initiative's name in its several forms (see {@link NameForms}). */
    final SameNames.Keys names;
    /** The keys of each initiative's name less a few words at either end ({@link NameForms#trimmed}), until taken. */
    private transient long[][] trimmedNames;
    /**
     * The bodies each initiative involves, its owners and partners, as ascending ordinals of the register's bodies (by id): one
     * programme recorded by two bodies names the other as owner or partner.
     */
    final int[][] organisations;
    /** The register's owners' names, by index, for accounts. */
    final List<String> ownerNames;

    /** One single-valued attribute: each initiative's value as an ordinal, -1 when not stated, and the names by ordinal. */
    static final class Values implements java.io.Serializable {
        private static final long serialVersionUID = 2L; // 2: keys instead of a places flag

        static final KeyOf AS_WRITTEN = value -> value;

        /** What makes two written values one value. */
        interface KeyOf {
            String of(String written);
        }

        /** Used while the register is read, not after: it does not travel with a prepared register. */
        private final transient KeyOf keyOf;
        private final Map<String, Integer> ordinals = new HashMap<>();
        final List<String> names = new ArrayList<>();
        /** The key of each ordinal. */
        final List<String> keys = new ArrayList<>();
        int[] of;

        Values(KeyOf keyOf) {
            this.keyOf = keyOf;
        }

        private int ordinal(String value) {
            if (value == null || value.isBlank()) {
                return -1;
            }
            String stripped = value.strip();
            return ordinals.computeIfAbsent(keyOf.of(stripped), key -> {
                names.add(stripped);
                keys.add(key);
                return names.size() - 1;
            });
        }
    }

    /** "The North East & North Cumbria" and "north east and north cumbria" are one key. */
    static String placeKey(String value) {
        String key = NOT_LETTERS_OR_DIGITS.matcher(value.toLowerCase(Locale.ROOT).replace("&", " and ")).replaceAll(" ").strip();
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    InitiativeFeatures(List<InitiativeRecord> initiatives) {
        int n = initiatives.size();
        stages = new BitSet[n];
        drivers = new BitSet[n];
        groups = new BitSet[n];
        activities = new BitSet[n];
        years = new BitSet[n];
        rounds = new BitSet[n];
        nameYears = new BitSet[n];
        nameRounds = new BitSet[n];
        for (NamedEntities.Kind kind : NamedEntities.Kind.values()) {
            named.put(kind, new BitSet[n]);
            nameNamed.put(kind, new BitSet[n]);
        }
        for (Values values : List.of(recipients, focus, instrument, country, region)) {
            values.of = new int[n];
        }
        from = new long[n];
        to = new long[n];
        startFrom = new long[n];
        startBy = new long[n];
        owners = new int[n][];
        nameOwners = new int[n][];
        described = new boolean[n];
        companies = new String[n][];
        technologies = new String[n][];
        technologyNames = new String[n];
        long[] nameKey = new long[n];
        long[] bareNameKey = new long[n];
        long[] ownedNameKey = new long[n];
        long[] acronymKey = new long[n];
        long[] initialsKey = new long[n];
        trimmedNames = new long[n][];
        nameWords = new String[n][];
        NamedOwners namedOwners = new NamedOwners(initiatives);
        ownerNames = namedOwners.names();
        // A register has a few hundred areas at most: each is read once and its name and terms shared by its initiatives.
        Map<String, String[]> termsOfArea = new HashMap<>();
        Map<String, String> areaNames = new HashMap<>();
        try (TextTerms terms = new TextTerms()) {
            for (int i = 0; i < n; i++) {
                String area = initiatives.get(i).technology();
                if (area != null && !area.isBlank()) {
                    technologyNames[i] = areaNames.computeIfAbsent(area.strip(), a -> a);
                    technologies[i] = termsOfArea.computeIfAbsent(technologyNames[i], a -> TechnologyAreas.of(a, terms));
                } else {
                    technologies[i] = TechnologyAreas.of(null, terms);
                }
            }
        }
        // What each text names, on every core: each text is read on its own.
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            String text = initiatives.get(i).text();
            companies[i] = Companies.of(initiatives.get(i));
            years[i] = shared(NamedYears.of(text));
            List<String> words = TextWords.of(text);
            rounds[i] = shared(NamedRounds.of(words));
            NamedEntities.of(words).forEach((kind, families) -> named.get(kind)[i] = shared(families));
            String name = initiatives.get(i).name() == null ? "" : initiatives.get(i).name();
            nameYears[i] = shared(NamedYears.of(name));
            List<String> nameWords = TextWords.of(name);
            described[i] = isDescribed(words, nameWords);
            this.nameWords[i] = Abbreviations.writtenOut(nameWords.toArray(String[]::new));
            nameRounds[i] = shared(NamedRounds.of(nameWords));
            NamedEntities.of(nameWords).forEach((kind, families) -> nameNamed.get(kind)[i] = shared(families));
            int[] named = namedOwners.named(nameWords);
            int[] own = named.length == 0 ? NO_OWNERS : namedOwners.owners(initiatives.get(i));
            nameOwners[i] = named.length == 0 ? NO_OWNERS : named;
            // A body named in the name of an initiative whose owner is not stated is taken for its owner ("WMAHSN net zero bootcamp").
            owners[i] = own.length == 0 ? named : NamedOwners.intersect(named, own) ? own : NO_OWNERS;
            nameKey[i] = SameNames.nameKey(nameWords);
            InitiativeRecord.Owner lead = initiatives.get(i).owners().isEmpty() ? null : initiatives.get(i).owners().get(0);
            bareNameKey[i] = NameForms.bare(name, nameWords, lead, namedOwners);
            ownedNameKey[i] = NameForms.owned(nameWords, lead);
            acronymKey[i] = NameForms.acronym(name);
            initialsKey[i] = NameForms.initials(name);
            trimmedNames[i] = NameForms.trimmed(nameWords, added -> NameForms.numbered(added) || NamedEntities.namesAny(added)
                    || namedOwners.named(added).length > 0 || Countries.namesACountry(added));
        });
        names = new SameNames.Keys(nameKey, bareNameKey, ownedNameKey, acronymKey, initialsKey);
        organisations = organisations(initiatives);
        oneStringPerWord(nameWords);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            InitiativeRecord p = initiatives.get(i);
            // One index for every kind of element: ids are unique in a model, and sets of different kinds are never compared.
            stages[i] = bits(p.stages(), index);
            drivers[i] = bits(p.drivers(), index);
            groups[i] = bits(p.groups(), index);
            activities[i] = bits(p.activities(), index);
            recipients.of[i] = recipients.ordinal(p.recipients());
            focus.of[i] = focus.ordinal(p.focus());
            instrument.of[i] = instrument.ordinal(p.instrument());
            country.of[i] = country.ordinal(p.country());
            region.of[i] = region.ordinal(p.region());
            if (!p.hasDates()) {
                from[i] = Long.MIN_VALUE;
                to[i] = Long.MIN_VALUE;
            } else {
                from[i] = p.from() == null ? Long.MIN_VALUE + 1 : p.from().toEpochDay();
                to[i] = p.to() == null ? Long.MAX_VALUE : p.to().toEpochDay();
            }
            boolean startStated = p.from() != null && p.startBy() != null;
            startFrom[i] = startStated ? p.from().toEpochDay() : Long.MIN_VALUE;
            startBy[i] = startStated ? p.startBy().toEpochDay() : Long.MIN_VALUE;
        }
    }

    /** Equal words made one string, so that a prepared register sent to a cluster carries each word once. */
    private static void oneStringPerWord(String[][] texts) {
        Map<String, String> words = new HashMap<>();
        for (String[] text : texts) {
            for (int k = 0; k < text.length; k++) {
                text[k] = words.computeIfAbsent(text[k], word -> word);
            }
        }
    }

    /** The keys of the names less a few words ({@link NameForms#trimmed}), once: they are needed while preparing only. */
    long[][] takeTrimmedNames() {
        long[][] taken = trimmedNames;
        trimmedNames = null;
        return taken;
    }

    /** Most texts name nothing of a kind: one empty set stands for all of them (never changed: sets are compared, not edited). */
    private static final BitSet NONE = new BitSet();
    private static final int[] NO_OWNERS = {};

    private static int[][] organisations(List<InitiativeRecord> initiatives) {
        Map<String, Integer> ordinals = new HashMap<>();
        int[][] organisations = new int[initiatives.size()][];
        for (int i = 0; i < organisations.length; i++) {
            InitiativeRecord record = initiatives.get(i);
            organisations[i] = java.util.stream.Stream.concat(record.owners().stream(), record.partners().stream())
                    .mapToInt(body -> ordinals.computeIfAbsent(body.id(), id -> ordinals.size())).sorted().distinct().toArray();
        }
        return organisations;
    }

    private static BitSet shared(BitSet bits) {
        return bits.isEmpty() ? NONE : bits;
    }

    /** Whether both the start and the end of the initiative are stated. */
    boolean hasStartAndEnd(int i) {
        return hasStart(i) && to[i] != Long.MAX_VALUE && to[i] != Long.MIN_VALUE;
    }

    boolean hasStart(int i) {
        return startFrom[i] != Long.MIN_VALUE;
    }

    /** Days between the two initiatives' possible starts: 0 when they may start on the same day. */
    long daysBetweenStarts(int a, int b) {
        return Math.max(0, Math.max(startFrom[a], startFrom[b]) - Math.min(startBy[a], startBy[b]));
    }

    boolean hasDates(int i) {
        return !(from[i] == Long.MIN_VALUE && to[i] == Long.MIN_VALUE);
    }

    private static BitSet bits(List<String> elements, Map<String, Integer> index) {
        BitSet bits = new BitSet();
        for (String element : elements) {
            bits.set(index.computeIfAbsent(element, e -> index.size()));
        }
        return bits;
    }

    /**
     * |A ∩ B| in the high half and |A ∪ B| in the low half of one long: packed, so that the fast path, which
     * compares the sets of most candidates, allocates nothing.
     */
    static long intersectionAndUnion(BitSet a, BitSet b) {
        int common = 0;
        int union = 0;
        for (int i = a.nextSetBit(0); i >= 0; i = a.nextSetBit(i + 1)) {
            if (b.get(i)) {
                common++;
            }
            union++;
        }
        union += b.cardinality() - common;
        return (long) common << 32 | union;
    }

    /** Fewest words a description needs to say what a programme does ("Funds remote monitoring of diabetes"). */
    static final int FEWEST_DESCRIBING = 3;

    /**
     * A description of {@link #FEWEST_DESCRIBING} words at least that is not the name again, from the words of the text (the
     * name's, then the description's) and of the name.
     */
    static boolean isDescribed(List<String> textWords, List<String> nameWords) {
        List<String> described = textWords.subList(nameWords.size(), textWords.size());
        return described.size() >= FEWEST_DESCRIBING && !described.equals(nameWords);
    }
}
