package org.innoscape.analysis.duplication.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import org.innoscape.analysis.duplication.core.DetectionParameters;
import org.innoscape.analysis.duplication.core.DetectionSettings;
import org.innoscape.analysis.duplication.core.DuplicateFinder;
import org.innoscape.analysis.duplication.core.InitiativeRecord;
import org.innoscape.analysis.duplication.core.MeaningMemory;
import org.innoscape.analysis.duplication.core.OverlapClass;
import org.innoscape.analysis.duplication.core.PairScore;
import org.innoscape.analysis.duplication.core.ScoredPair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared duplicate detector on plain records: the same pairs however the work is split, and what it reports. */
class DuplicateFinderTest {
    /** Larger than exhaustive-limit (2,000), so that candidates come from blocking keys, not from every pair. */
    private static SyntheticRecords register;
    private static DuplicateFinder.Detection whole;

    @BeforeAll
    static void detectOnce() {
        register = new SyntheticRecords(3000, 7);
        whole = new DuplicateFinder(DetectionSettings.defaults()).detect(register.records, null, () -> false);
    }

    @Test
    void anySplitIntoRangesGivesTheSamePairsAndCountsAsOneDetection() {
        DuplicateFinder.Prepared prepared = new DuplicateFinder(DetectionSettings.defaults()).prepare(register.records, null, () -> false);
        int[] bounds = {0, 1, 38, 1200, 1201, 2999, 3000};
        List<DuplicateFinder.RangeResult> ranges = new ArrayList<>();
        for (int i = bounds.length - 1; i > 0; i--) { // in reverse: the order ranges arrive in must not matter
            ranges.add(prepared.range(bounds[i - 1], bounds[i], () -> false));
        }
        DuplicateFinder.Detection split = prepared.collect(ranges);
        assertEquals(describe(whole.pairs()), describe(split.pairs()));
        assertEquals(whole.candidatesScored(), split.candidatesScored());
        assertEquals(whole.candidatesSkipped(), split.candidatesSkipped());
        assertTrue(whole.candidatesScored() < 3000L * 2999 / 2, "a register above exhaustive-limit is not compared pair by pair");
    }

    @Test
    void aPreparedRegisterTravelsWithoutItsRecordsAndScoresTheSame() throws IOException, ClassNotFoundException {
        DuplicateFinder.Prepared prepared = new DuplicateFinder(DetectionSettings.defaults()).prepare(register.records, null, () -> false);
        DuplicateFinder.Prepared received = travelled(serialised(prepared));
        assertEquals(3000, received.size());
        DuplicateFinder.Detection there = prepared.collect(List.of(received.range(0, received.size(), () -> false)));
        assertEquals(describe(whole.pairs()), describe(there.pairs()), "ranges scored on a copy, collected where prepared");
        assertThrows(IllegalStateException.class, () -> received.collect(List.of()), "a copy has no records to name pairs by");
    }

    /**
     * A score's part values are known at once and its accounts are written when asked: the two agree, every
     * field a score leaves out is unknown, and a score sent elsewhere arrives explained.
     */
    @Test
    void partValuesKnownAtOnceAgreeWithTheAccountsWrittenOnDemand() throws IOException, ClassNotFoundException {
        assertFalse(whole.pairs().isEmpty());
        DuplicateFinder.Detection withMeaning = new DuplicateFinder(DetectionSettings.defaults()).detect(register.records,
                randomMeanings(register.records.size(), 16, 29), () -> false);
        assertFalse(withMeaning.pairs().isEmpty());
        assertTrue(withMeaning.pairs().stream().allMatch(p -> p.score().parts().stream().anyMatch(part -> part.field().equals("meaning"))),
                "the meaning part is explained from its known value");
        for (ScoredPair pair : concatenated(whole.pairs(), withMeaning.pairs())) {
            PairScore score = pair.score();
            Set<String> explained = new java.util.HashSet<>();
            for (PairScore.Part part : score.parts()) {
                assertEquals(part.value(), score.part(part.field()), part.field() + " of " + score);
                assertFalse(part.account().isBlank(), part.field() + " has an account");
                explained.add(part.field());
            }
            for (String field : PairScore.FIELDS) {
                assertTrue(explained.contains(field) || Double.isNaN(score.part(field)), field + " has a value but no account: " + score);
            }
        }
        PairScore score = whole.pairs().get(0).score();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(score);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            PairScore received = (PairScore) in.readObject();
            assertEquals(score, received);
            assertEquals(score.parts(), received.parts(), "a copy has no register to explain it from: it travels explained");
            assertEquals(score.sharedTerms(), received.sharedTerms());
            assertFalse(received.sharedTerms().isEmpty());
        }
    }

    private static List<ScoredPair> concatenated(List<ScoredPair> first, List<ScoredPair> second) {
        List<ScoredPair> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    /** Random unit vectors, one per record. */
    private static float[][] randomMeanings(int count, int dimensions, long seed) {
        java.util.Random random = new java.util.Random(seed);
        float[][] meanings = new float[count][dimensions];
        for (float[] meaning : meanings) {
            double norm = 0;
            for (int d = 0; d < dimensions; d++) {
                meaning[d] = (float) random.nextGaussian();
                norm += meaning[d] * meaning[d];
            }
            for (int d = 0; d < dimensions; d++) {
                meaning[d] = (float) (meaning[d] / Math.sqrt(norm));
            }
        }
        return meanings;
    }

    /** A memory given is used, whatever the register's size (before, one given for 10,000 rows holding fewer texts was not). */
    @Test
    void aMemoryGivenIsFilledAndThenRecalled() {
        float[][] meanings = randomMeanings(register.records.size(), 16, 23);
        DuplicateFinder finder = new DuplicateFinder(DetectionSettings.defaults());
        MeaningMemory memory = MeaningMemory.empty();
        DuplicateFinder.Detection first = finder.detect(register.records, meanings, memory, () -> false, DuplicateFinder.ON_THIS_MACHINE);
        assertEquals(register.records.size(), memory.searched(), "every text searched and remembered");
        DuplicateFinder.Detection again = finder.detect(register.records, meanings, memory, () -> false, DuplicateFinder.ON_THIS_MACHINE);
        assertEquals(0, memory.searched(), "nothing searched again");
        assertEquals(describe(first.pairs()), describe(again.pairs()));
    }

    /** Embeddings as the embedder gives them (rounded to half precision) travel in two bytes a value; others as they are. */
    @Test
    void embeddingsTravelInHalfPrecisionWhenThatLosesNothing() throws IOException, ClassNotFoundException {
        int dimensions = 64;
        java.util.Random random = new java.util.Random(17);
        float[][] full = new float[register.records.size()][dimensions];
        float[][] halves = new float[full.length][dimensions];
        for (int i = 0; i < full.length; i++) {
            double norm = 0;
            for (int d = 0; d < dimensions; d++) {
                full[i][d] = (float) random.nextGaussian();
                norm += full[i][d] * full[i][d];
            }
            for (int d = 0; d < dimensions; d++) {
                full[i][d] = (float) (full[i][d] / Math.sqrt(norm));
                halves[i][d] = Float.float16ToFloat(Float.floatToFloat16(full[i][d]));
            }
        }
        DuplicateFinder finder = new DuplicateFinder(DetectionSettings.defaults());
        for (float[][] meanings : List.of(full, halves)) {
            DuplicateFinder.Prepared prepared = finder.prepare(register.records, meanings, () -> false);
            DuplicateFinder.Prepared received = travelled(serialised(prepared));
            assertEquals(describe(prepared.collect(List.of(prepared.range(0, prepared.size(), () -> false))).pairs()),
                    describe(prepared.collect(List.of(received.range(0, received.size(), () -> false))).pairs()), "a copy scores exactly the same");
        }
        int saved = serialised(finder.prepare(register.records, full, () -> false)).length
                - serialised(finder.prepare(register.records, halves, () -> false)).length;
        assertTrue(saved > 0.9 * full.length * dimensions * 2, "two bytes a value saved: " + saved);
    }

    private static byte[] serialised(DuplicateFinder.Prepared prepared) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(prepared);
        }
        return bytes.toByteArray();
    }

    private static DuplicateFinder.Prepared travelled(byte[] serialised) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialised))) {
            return (DuplicateFinder.Prepared) in.readObject();
        }
    }

    @Test
    void plantedRedescriptionsAreFoundAndOtherCountriesAreSimilarPolicyElsewhere() {
        Set<String> found = whole.pairs().stream().map(p -> p.first() + "-" + p.second()).collect(Collectors.toSet());
        long hits = register.planted.stream().filter(i -> found.contains(i + "-" + (i + 1))).count();
        assertTrue(hits >= 0.9 * register.planted.size(), hits + " of " + register.planted.size() + " planted pairs found");
        for (ScoredPair pair : whole.pairs()) {
            boolean countriesDiffer = !register.records.get(pair.first()).country().equals(register.records.get(pair.second()).country());
            assertEquals(countriesDiffer, pair.overlapClass() == OverlapClass.ELSEWHERE, describe(List.of(pair)).get(0));
        }
    }

    /**
     * Beneficiaries that cannot be compared (no target groups or funding recipients stated, as in most grant databases) do
     * not rule duplication out: the score must then reach duplication-unstated-beneficiaries (0.9) instead of 0.8.
     */
    @Test
    void unstatedBeneficiariesNeedAHigherScoreForDuplication() {
        List<InitiativeRecord> records = List.of(
                unstated("a", "Diabetes remote monitoring accelerator", "Funds remote monitoring of diabetes in care homes."),
                unstated("b", "Diabetes remote monitoring accelerator", "Funds remote monitoring of diabetes in care homes and hospices."),
                unstated("c", "Remote monitoring accelerator for diabetes", "Remote monitoring of diabetes, funded in care homes and clinics."),
                unstated("d", "Stroke rehabilitation robots", "Procures robots for stroke rehabilitation in hospitals."));
        Map<String, ScoredPair> pairs = pairsByIds(records);
        double bar = DetectionSettings.defaults().duplicationUnstated();
        assertEquals(0.9, bar);
        int above = 0;
        int between = 0;
        for (ScoredPair pair : pairs.values()) {
            assertTrue(Double.isNaN(pair.score().part("groups")) && Double.isNaN(pair.score().part("recipients")), pair.score().toString());
            double total = pair.score().total();
            above += total >= bar ? 1 : 0;
            between += total >= 0.8 && total < bar ? 1 : 0;
            assertEquals(total >= bar ? OverlapClass.DUPLICATION : OverlapClass.OVERLAP, pair.overlapClass(), describe(List.of(pair)).get(0));
        }
        assertTrue(above > 0 && between > 0, "pairs on both sides of the bar: " + describe(List.copyOf(pairs.values())));
        Map<String, ScoredPair> strict = new DuplicateFinder(DetectionSettings.of(Map.of("duplication-unstated-beneficiaries", "1")))
                .detect(records, null, () -> false).pairs().stream()
                .collect(Collectors.toMap(p -> records.get(p.first()).id() + records.get(p.second()).id(), p -> p));
        assertFalse(strict.isEmpty());
        assertTrue(strict.values().stream().allMatch(p -> p.overlapClass() == OverlapClass.OVERLAP || p.score().total() >= 1), strict.toString());
        assertTrue(pairs.values().stream().anyMatch(p -> p.overlapClass() == OverlapClass.DUPLICATION && p.score().total() < 1
                && strict.get(records.get(p.first()).id() + records.get(p.second()).id()).overlapClass() == OverlapClass.OVERLAP),
                "a pair between the bar and a perfect score is duplication by default and overlap at 1");
        Map<String, ScoredPair> never = new DuplicateFinder(DetectionSettings.of(Map.of("duplication-unstated-beneficiaries", "2")))
                .detect(records, null, () -> false).pairs().stream()
                .collect(Collectors.toMap(p -> records.get(p.first()).id() + records.get(p.second()).id(), p -> p));
        assertTrue(never.values().stream().allMatch(p -> p.overlapClass() == OverlapClass.OVERLAP), "above 1: never, " + never);
    }

    private static InitiativeRecord unstated(String id, String name, String description) {
        return new InitiativeRecord(id, name, description, List.of("stage:adoption"), List.of("driver:funding"), List.of(), List.of("FUNDING"),
                null, null, null, null, null, null, null);
    }

    /**
     * Countries as registers write them: "UK", "U.K." and "United Kingdom" are one, and its parts lie within it (England
     * within England and Wales, within Great Britain, within the UK; Northern Ireland within the UK but not Great Britain).
     */
    @Test
    void oneCountryWrittenTwoWaysOrWithinTheOtherIsNotElsewhere() {
        List<InitiativeRecord> records = List.of(inCountry("a", "England"), inCountry("b", "UK"), inCountry("c", "United Kingdom"),
                inCountry("d", "U.K."), inCountry("e", "Spain"), inCountry("f", "Scotland"), inCountry("g", "ESP"), inCountry("h", "Great Britain"),
                inCountry("i", "Northern Ireland"), inCountry("j", "Ireland"), inCountry("k", "NI"), inCountry("l", "England and Wales"),
                inCountry("m", "Wales"), inCountry("n", "Türkiye"), inCountry("o", "Turkey"));
        Map<String, ScoredPair> pairs = pairsByIds(records);
        for (String same : List.of("bc", "bd", "cd", "eg", "ik", "no")) {
            assertEquals(1.0, pairs.get(same).score().part("country"), same + ": " + pairs.get(same).score());
            assertNotEquals(OverlapClass.ELSEWHERE, pairs.get(same).overlapClass(), same);
        }
        for (String within : List.of("ab", "ac", "ad", "bf", "cf", "ah", "fh", "bh", "bi", "al", "lm", "hm")) {
            assertEquals(1.0, pairs.get(within).score().part("country"), within + ": " + pairs.get(within).score());
            assertNotEquals(OverlapClass.ELSEWHERE, pairs.get(within).overlapClass(), within);
        }
        assertTrue(pairs.get("ab").score().parts().stream().anyMatch(p -> p.account().equals("one country within the other (England / UK)")),
                pairs.get("ab").score().toString());
        for (String elsewhere : List.of("af", "ae", "ce", "fg", "hi", "ij", "bj", "fl", "am", "hk")) {
            assertEquals(0.0, pairs.get(elsewhere).score().part("country"), elsewhere + ": " + pairs.get(elsewhere).score());
            assertEquals(OverlapClass.ELSEWHERE, pairs.get(elsewhere).overlapClass(), elsewhere);
        }
    }

    private static InitiativeRecord inCountry(String id, String country) {
        return new InitiativeRecord(id, "Diabetes remote monitoring accelerator", "Funds remote monitoring of diabetes in care homes.",
                List.of("stage:adoption"), List.of("driver:funding"), List.of("group:adopters"), List.of("FUNDING"), null, null, null,
                country, null, null, null);
    }

    @Test
    void smallRegistersCompareEveryPairAndClassSameBeneficiariesAsDuplication() {
        List<InitiativeRecord> records = List.of(
                record("a", "Diabetes remote monitoring", "Funds remote monitoring of diabetes in care homes.", "group:patients"),
                record("b", "Remote monitoring for diabetes", "Remote monitoring of diabetes in care homes, funded.", "group:patients"),
                record("c", "Remote monitoring for diabetes", "Remote monitoring of diabetes in care homes, funded.", "group:industry"),
                record("d", "Stroke rehabilitation robots", "Procures robots for stroke rehabilitation in hospitals.", "group:patients"));
        DuplicateFinder.Detection detection = new DuplicateFinder(DetectionSettings.defaults()).detect(records, null, () -> false);
        assertEquals(6, detection.candidatesScored(), "every pair of four");
        assertEquals(0, detection.candidatesSkipped());
        Map<String, OverlapClass> classes = detection.pairs().stream()
                .collect(Collectors.toMap(p -> records.get(p.first()).id() + records.get(p.second()).id(), ScoredPair::overlapClass));
        assertEquals(OverlapClass.DUPLICATION, classes.get("ab"), classes.toString());
        assertEquals(OverlapClass.OVERLAP, classes.get("bc"), "other beneficiaries: overlap, not duplication; " + classes);
        assertTrue(classes.keySet().stream().noneMatch(k -> k.contains("d")), classes.toString());
        assertEquals(List.of("a", "b"), List.of(records.get(detection.pairs().get(0).first()).id(),
                records.get(detection.pairs().get(0).second()).id()), "the closest pair first");
    }

    @Test
    void duplicationNeedsTheSamePlaceAndTimeAndNothingElseInConflict() {
        LocalDate april2021 = LocalDate.of(2021, 4, 1);
        LocalDate march2023 = LocalDate.of(2023, 3, 31);
        List<InitiativeRecord> records = List.of(
                programme("a", "The North East & North Cumbria", april2021, march2023, "CLINICAL"),
                programme("b", "north east and north cumbria", april2021, march2023, "CLINICAL"),
                programme("c", "London", april2021, march2023, "CLINICAL"),
                programme("d", null, LocalDate.of(2015, 4, 1), LocalDate.of(2017, 3, 31), "CLINICAL"),
                programme("e", null, april2021, march2023, "NON_CLINICAL"));
        Map<String, ScoredPair> pairs = pairsByIds(records);
        assertEquals(OverlapClass.DUPLICATION, pairs.get("ab").overlapClass(), "one region however it is written: " + pairs.get("ab").score());
        assertEquals(1.0, pairs.get("ab").score().part("region"));
        assertEquals(OverlapClass.OVERLAP, pairs.get("ac").overlapClass(), "another region serves other people");
        assertEquals(0.0, pairs.get("ac").score().part("region"));
        assertTrue(Double.isNaN(pairs.get("ad").score().part("region")), "a region stated by one only is not compared");
        assertEquals(OverlapClass.OVERLAP, pairs.get("ad").overlapClass(), "years apart: a successor, not a duplicate");
        assertEquals(OverlapClass.OVERLAP, pairs.get("ae").overlapClass(), "another focus");
        assertEquals(OverlapClass.OVERLAP, pairs.get("be").overlapClass(), "another focus, whichever initiative comes first");
    }

    @Test
    void whenMeaningIsComparedDuplicationNeedsTheTwoAlikeInMeaning() {
        List<InitiativeRecord> records = List.of(programme("a", null, null, null, null), programme("b", null, null, null, null));
        float[][] apart = {{1, 0}, {0.85f, (float) Math.sqrt(1 - 0.85 * 0.85)}};
        ScoredPair pair = new DuplicateFinder(DetectionSettings.defaults()).detect(records, apart, () -> false).pairs().get(0);
        assertEquals(0.85, pair.score().part("meaning"), 1e-6);
        assertTrue(pair.score().total() >= DetectionSettings.defaults().duplicationThreshold(), pair.score().toString());
        assertEquals(OverlapClass.OVERLAP, pair.overlapClass(), "the same words, not quite the same meaning (duplication-meaning 0.9)");
        DetectionSettings lenient = DetectionSettings.of(Map.of("duplication-meaning", "0.85"));
        assertEquals(OverlapClass.DUPLICATION, new DuplicateFinder(lenient).detect(records, apart, () -> false).pairs().get(0).overlapClass());
    }

    @Test
    void roundsOfOneSchemeThatNameOtherYearsAreOverlap() {
        List<InitiativeRecord> records = List.of(named("a", "Diabetes remote monitoring accelerator (2022 cohort)"),
                named("b", "Diabetes remote monitoring accelerator, 2022/23"), named("c", "Diabetes remote monitoring accelerator: 2019-2020 round"),
                named("d", "Diabetes remote monitoring accelerator: £2000 grants for 2,019 homes"),
                named("e", "Diabetes remote monitoring accelerator, 2023/24"));
        Map<String, ScoredPair> pairs = pairsByIds(records);
        assertEquals(OverlapClass.DUPLICATION, pairs.get("ab").overlapClass(), "the 2022 cohort may be the one of 2022/23: "
                + pairs.get("ab").score());
        assertEquals(0.5, pairs.get("ab").score().part("years"), "2022/23 compared with a calendar year is 2022 and 2023");
        assertEquals(OverlapClass.OVERLAP, pairs.get("be").overlapClass(), "the next financial year is the next round");
        assertTrue(pairs.get("be").score().parts().stream().anyMatch(p -> p.account().equals("no year named in common in the names (2022/23 / 2023/24)")),
                pairs.get("be").score().parts().toString());
        assertEquals(OverlapClass.OVERLAP, pairs.get("ac").overlapClass(), "another round");
        assertEquals(OverlapClass.OVERLAP, pairs.get("bc").overlapClass());
        assertTrue(pairs.get("bc").score().parts().stream().anyMatch(p -> p.account().equals("no year named in common in the names (2022, 2023 / 2019, 2020)")),
                pairs.get("bc").score().parts().toString());
        assertTrue(Double.isNaN(pairs.get("ad").score().part("years")), "sums of money and counts are not years: " + pairs.get("ad").score());
        assertEquals(0.0, DetectionSettings.defaults().weights().of("years"), "years named decide the class, not the score, by default");
    }

    private static InitiativeRecord named(String id, String name) {
        return new InitiativeRecord(id, name, "Funds remote monitoring of diabetes in care homes.", List.of("stage:adoption"),
                List.of("driver:funding"), List.of("group:adopters"), List.of("FUNDING"), null, null, null, null, null, null, null);
    }

    /** One programme's words, stated for a region, dates and focus (null: not stated). */
    private static InitiativeRecord programme(String id, String region, LocalDate from, LocalDate to, String focus) {
        return new InitiativeRecord(id, "Diabetes remote monitoring accelerator", "Funds remote monitoring of diabetes in care homes.",
                List.of("stage:adoption"), List.of("driver:funding"), List.of("group:adopters"), List.of("FUNDING"), null, focus, null,
                "England", region, from, to);
    }

    @Test
    void embeddingsMustBeOnePerRecord() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DuplicateFinder(DetectionSettings.defaults()).detect(register.records.subList(0, 3), new float[2][4], () -> false));
        assertEquals("2 embeddings for 3 records", e.getMessage());
    }

    @Test
    void aCancelledDetectionStops() {
        assertThrows(CancellationException.class,
                () -> new DuplicateFinder(DetectionSettings.defaults()).detect(register.records, null, () -> true));
    }

    @Test
    void settingsNameTheParameterThatIsWrong() {
        assertEquals(0.6, DetectionSettings.defaults().threshold());
        assertEquals(0.7, DetectionSettings.of(Map.of("threshold", "0.7")).threshold());
        assertEquals(DetectionSettings.Meaning.LEXICAL, DetectionSettings.of(Map.of("text", "lexical")).meaning());
        assertEquals("parameter 'threshold': 1.5 is outside 0.0 to 1.0",
                assertThrows(IllegalArgumentException.class, () -> DetectionSettings.of(Map.of("threshold", "1.5"))).getMessage());
        for (String notWritten : new String[] { "0x1p-1", "0.5d", "NaN", "Infinity" }) {
            assertEquals("parameter 'threshold': expected a number, got '" + notWritten + "'", assertThrows(IllegalArgumentException.class,
                    () -> DetectionSettings.of(Map.of("threshold", notWritten))).getMessage(), "Java reads it, people do not write it");
        }
        assertEquals(0.5, DetectionSettings.of(Map.of("threshold", ".5")).threshold());
        assertEquals(0.5, DetectionSettings.of(Map.of("threshold", "5e-1")).threshold());
        assertEquals("parameter 'key-terms': expected a whole number, got 'twelve'",
                assertThrows(IllegalArgumentException.class, () -> DetectionSettings.of(Map.of("key-terms", "twelve"))).getMessage());
        assertEquals("parameter 'text': 'meaning' is not one of auto, semantic, token-vectors, lexical",
                assertThrows(IllegalArgumentException.class, () -> DetectionSettings.of(Map.of("text", "meaning"))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DetectionSettings.of(Map.of("treshold", "0.5"))).getMessage()
                .startsWith("no parameter 'treshold'; known: threshold, duplication-threshold"));
        assertEquals(DetectionParameters.ALL.size(), DetectionParameters.ALL.stream().map(DetectionParameters.Definition::key).distinct().count());
    }

    @Test
    void oneTemplateForAnotherPlaceConditionOrPopulationIsOverlapNotDuplication() {
        String name = "Remote monitoring spread programme";
        List<InitiativeRecord> records = List.of(
                record("a", name, "Funds remote monitoring at home for people with heart failure in Gloucestershire.", "group:patients"),
                record("b", name, "Funds remote monitoring at home for people with heart failure in South Yorkshire.", "group:patients"),
                record("c", name, "Funds remote monitoring at home for people with heart failure in Cheltenham.", "group:patients"),
                record("d", name, "Funds remote monitoring at home for people with COPD in Gloucestershire.", "group:patients"),
                record("e", name, "Funds remote monitoring at home for older people with heart failure in Gloucestershire.", "group:patients"),
                record("f", name, "Funds remote monitoring at home for children with heart failure in Gloucestershire.", "group:patients"));
        Map<String, ScoredPair> pairs = pairsByIds(records);
        assertEquals(OverlapClass.OVERLAP, pairs.get("ab").overlapClass(), "another region: " + pairs.get("ab").score());
        assertEquals(0.0, pairs.get("ab").score().part("places"));
        assertTrue(pairs.get("ab").score().parts().stream().anyMatch(p -> p.account().equals("no place named in common (Gloucestershire / "
                + "South Yorkshire)")), pairs.get("ab").score().toString());
        assertEquals(OverlapClass.DUPLICATION, pairs.get("ac").overlapClass(), "a town in the county's region: " + pairs.get("ac").score());
        assertEquals(1.0, pairs.get("ac").score().part("places"));
        assertEquals(OverlapClass.OVERLAP, pairs.get("ad").overlapClass(), "another condition: " + pairs.get("ad").score());
        assertEquals(0.0, pairs.get("ad").score().part("conditions"));
        assertEquals(OverlapClass.DUPLICATION, pairs.get("ae").overlapClass(), "a population named by one only: " + pairs.get("ae").score());
        assertTrue(Double.isNaN(pairs.get("ae").score().part("populations")));
        assertEquals(OverlapClass.OVERLAP, pairs.get("ef").overlapClass(), "another population: " + pairs.get("ef").score());
        assertEquals(0.0, pairs.get("ef").score().part("populations"));
        for (String part : List.of("rounds", "places", "conditions", "populations")) {
            assertEquals(0.0, DetectionSettings.defaults().weights().of(part), part + " decide the class, not the score");
        }
    }

    /**
     * One service in care homes and the same in emergency departments are two; "primary care" and "general practice" are one
     * setting. A group each names beside the template's own is another programme too.
     */
    @Test
    void oneTemplateInAnotherSettingOrForAnotherGroupBesideTheTemplatesIsOverlap() {
        String name = "Acoustic cough analysis pilot";
        String template = "Acoustic cough analysis will be piloted %s to find chest infections earlier. A particular focus is on people "
                + "living in rural areas%s.";
        List<InitiativeRecord> records = List.of(
                record("a", name, String.format(template, "in care homes", ""), "group:patients"),
                record("b", name, String.format(template, "in emergency departments", ""), "group:patients"),
                record("c", name, String.format(template, "in general practice", ""), "group:patients"),
                record("d", name, String.format(template, "in primary care", ""), "group:patients"),
                record("e", name, String.format(template, "in general practice", " and people with severe mental illness"), "group:patients"),
                record("f", name, String.format(template, "in general practice", " and children"), "group:patients"),
                record("g", name, String.format(template, "in general practice and care homes", ""), "group:patients"),
                record("h", name, String.format(template, "in general practice and hospices", ""), "group:patients"),
                record("i", name, String.format(template, "in general practice", " with asthma and with diabetes"), "group:patients"),
                record("j", name, String.format(template, "in general practice", " with asthma and with epilepsy"), "group:patients"),
                record("k", name, String.format(template, "in general practice in Leeds and in Devon", ""), "group:patients"),
                record("l", name, String.format(template, "in general practice in Leeds and in Kent", ""), "group:patients"));
        Map<String, ScoredPair> pairs = pairsByIds(records);
        assertEquals(0.0, pairs.get("gh").score().part("settings"), "each names a setting of its own: " + pairs.get("gh").score());
        assertEquals(0.0, pairs.get("ij").score().part("conditions"), "each names a condition of its own: " + pairs.get("ij").score());
        assertTrue(pairs.get("kl").score().part("places") > 0, "places nest and partners name theirs: each its own is no conflict: "
                + pairs.get("kl").score());
        assertEquals(OverlapClass.OVERLAP, pairs.get("ab").overlapClass(), "another setting: " + pairs.get("ab").score());
        assertTrue(pairs.get("ab").score().parts().stream().anyMatch(p -> p.account().equals("no setting named in common (care homes / "
                + "hospitals)")), pairs.get("ab").score().toString());
        assertEquals(OverlapClass.DUPLICATION, pairs.get("cd").overlapClass(), "one setting in two words: " + pairs.get("cd").score());
        assertEquals(1.0, pairs.get("cd").score().part("settings"));
        assertEquals(OverlapClass.OVERLAP, pairs.get("ef").overlapClass(), "another group beside the template's: " + pairs.get("ef").score());
        assertTrue(pairs.get("ef").score().parts().stream().anyMatch(p -> p.account().equals("each names a population the other does not "
                + "(people with severe mental illness / children and young people)")), pairs.get("ef").score().toString());
        assertEquals(0.5, pairs.get("ce").score().part("populations"), "a group named by one only is no conflict: " + pairs.get("ce").score());
        assertEquals(OverlapClass.DUPLICATION, pairs.get("ce").overlapClass(), pairs.get("ce").score().toString());
        assertEquals(0.0, DetectionSettings.defaults().weights().of("settings"), "settings decide the class, not the score");
    }

    /** A name typed again, cut short and mistyped, is reported as one name whatever the texts say; another place's is not. */
    @Test
    void aNameTypedAgainIsOneName() {
        List<InitiativeRecord> records = List.of(
                unstated("a", "University of Manchester Medicines Optimisation Information Hub", null, null, List.of()),
                unstated("b", "UNIVERSITY OF MANCH. MEDICINES OPTIMISATION INF. HUB", null, null, List.of()),
                unstated("c", "Northamptonshire Heart Failure Spread and Adoption Programme", null, null, List.of()),
                unstated("d", "Norfolk Heart Failure Spread and Adoption Programme", null, null, List.of()));
        Map<String, ScoredPair> pairs = pairsByIds(records);
        assertTrue(pairs.containsKey("ab"), pairs.keySet().toString());
        assertTrue(pairs.get("ab").score().parts().stream().anyMatch(p -> p.account().equals(
                "one name typed again (words cut short or mistyped)")), pairs.get("ab").score().toString());
        assertTrue(!pairs.containsKey("cd") || Double.isNaN(pairs.get("cd").score().part("same_name")),
                "Norfolk is not Northamptonshire cut short");
    }

    /** One competition's awards for one condition, each for another technology, are two awards; one technology named two ways is one. */
    @Test
    void oneCompetitionsAwardsForOtherTechnologiesAreOverlap() {
        String template = "Phase 1 feasibility contract to demonstrate the technical feasibility of %s for latent tuberculosis infection. "
                + "This award was made under SBRI Healthcare Competition 16, a themed call on infection that funded 18 projects.";
        List<InitiativeRecord> records = List.of(
                record("a", "Phase 1: AI-assisted image analysis for latent TB", String.format(template, "AI-assisted image analysis"),
                        "group:innovators"),
                record("b", "Phase 1: acoustic cough analysis for latent TB", String.format(template, "acoustic cough analysis"),
                        "group:innovators"),
                record("c", "Phase 1: rapid WGS for latent TB", String.format(template, "whole genome sequencing"), "group:innovators"),
                record("d", "Phase 1: whole genome sequencing for latent TB", String.format(template, "whole genome sequencing"),
                        "group:innovators"));
        Map<String, ScoredPair> pairs = pairsByIds(records);
        assertEquals(OverlapClass.OVERLAP, pairs.get("ab").overlapClass(), pairs.get("ab").score().toString());
        assertTrue(pairs.get("ab").score().parts().stream().anyMatch(p -> p.account().equals(
                "no intervention named in common (AI image analysis / cough analysis)")), pairs.get("ab").score().toString());
        assertEquals(1.0, pairs.get("cd").score().part("interventions"), "WGS is whole genome sequencing: " + pairs.get("cd").score());
        assertTrue(Double.isNaN(pairs.get("cd").score().part("subjects")), "nor are they two subjects: " + pairs.get("cd").score());
        assertEquals(OverlapClass.DUPLICATION, pairs.get("cd").overlapClass(), pairs.get("cd").score().toString());
    }

    /** One competition's contracts, each led by another company, are two awards; one company's, written two ways, may be one. */
    @Test
    void recordsEachLedByAnotherCompanyAreTwoAwards() {
        Map<String, ScoredPair> pairs = pairsByIds(competitionAwards());
        assertEquals(OverlapClass.OVERLAP, pairs.get("ab").overlapClass(), pairs.get("ab").score().toString());
        assertTrue(pairs.get("ab").score().parts().stream().anyMatch(p -> p.account().equals(
                "each led by another company (orbitalium diagnostics / bluebellos data)")), pairs.get("ab").score().toString());
        assertTrue(Double.isNaN(pairs.get("ac").score().part("companies")), "one company written two ways: " + pairs.get("ac").score());
        assertEquals(OverlapClass.DUPLICATION, pairs.get("ac").overlapClass(), pairs.get("ac").score().toString());
        assertTrue(Double.isNaN(pairs.get("bd").score().part("companies")), "a funder is no company: " + pairs.get("bd").score());
    }

    /** One competition's awards: a and c one company's (written two ways), b another's, d recorded under the funder. */
    private static List<InitiativeRecord> competitionAwards() {
        String text = "Phase 1 feasibility contract to demonstrate home blood pressure telemonitoring for stillbirth in general practice.";
        return List.of(
                owned("a", "Home blood pressure telemonitoring for stillbirth (Phase 1)", text,
                        new InitiativeRecord.Owner("o1", "Orbitalium Diagnostics Ltd", null)),
                owned("b", "Phase 1: home blood pressure telemonitoring for stillbirth", text,
                        new InitiativeRecord.Owner("o2", "Bluebellos Data Ltd", null)),
                owned("c", "Home blood-pressure telemonitoring for stillbirth (Phase 1)", text,
                        new InitiativeRecord.Owner("o3", "ORBITALIUM DIAGNOSTICS (UK) LIMITED", null)),
                owned("d", "Phase 1: home blood pressure telemonitoring for stillbirth", text,
                        new InitiativeRecord.Owner("o4", "Innovate UK", null)));
    }

    /** Where neither states whom it serves, a name alone (no description) is no evidence of duplication; stated groups are. */
    @Test
    void aNameAloneIsNotEvidenceOfTheSameBeneficiaries() {
        String name = "Implementing e-rostering in workforce deployment";
        String description = "Funds e-rostering so that community nursing teams deploy their staff where patients need them.";
        List<InitiativeRecord> records = List.of(
                unstated("a", name, null, LocalDate.of(2021, 4, 1), List.of()),
                unstated("b", name, null, LocalDate.of(2021, 4, 15), List.of()),
                unstated("c", name, description, LocalDate.of(2021, 4, 1), List.of()),
                unstated("d", name, description, LocalDate.of(2021, 4, 15), List.of()),
                unstated("e", name, null, LocalDate.of(2021, 4, 1), List.of("group:staff")),
                unstated("f", name, null, LocalDate.of(2021, 4, 15), List.of("group:staff")),
                unstated("g", name, "N/A", LocalDate.of(2021, 4, 1), List.of()),
                unstated("h", name, name, LocalDate.of(2021, 4, 1), List.of()));
        Map<String, ScoredPair> pairs = pairsByIds(records);
        assertEquals(OverlapClass.OVERLAP, pairs.get("ab").overlapClass(), pairs.get("ab").score().toString());
        assertTrue(pairs.get("ab").score().parts().stream().anyMatch(p -> p.account().equals("no description on either side: names alone")),
                pairs.get("ab").score().toString());
        assertEquals(OverlapClass.OVERLAP, pairs.get("ac").overlapClass(), pairs.get("ac").score().toString());
        assertEquals(0.0, pairs.get("ac").score().part("described"));
        assertEquals(OverlapClass.DUPLICATION, pairs.get("cd").overlapClass(), "described on both sides: " + pairs.get("cd").score());
        assertTrue(Double.isNaN(pairs.get("cd").score().part("described")));
        assertEquals(OverlapClass.DUPLICATION, pairs.get("ef").overlapClass(), "the same groups stated: " + pairs.get("ef").score());
        assertEquals(0.0, pairs.get("cg").score().part("described"), "'N/A' describes nothing");
        assertEquals(0.0, pairs.get("ch").score().part("described"), "nor does the name written again");
    }

    private static InitiativeRecord unstated(String id, String name, String description, LocalDate from, List<String> groups) {
        return new InitiativeRecord(id, name, description, List.of("stage:adoption"), List.of(), groups, List.of("FUNDING"), null, null, null,
                null, null, from, null);
    }

    /** A name says where a service is run in shorthand: for settings the whole texts decide, not the names alone. */
    @Test
    void settingsAreComparedInTheWholeTexts() {
        String description = "A service that helps NHS providers adopt automated appointment scheduling for outpatient care in community "
                + "services. Sites report outcomes quarterly.";
        List<InitiativeRecord> records = List.of(
                record("a", "Smart Scheduling Support Service for Outpatients", description, "group:patients"),
                record("b", "Smart Scheduling in Community Services Advice Service", description, "group:patients"));
        ScoredPair pair = pairsByIds(records).get("ab");
        assertEquals(1.0, pair.score().part("settings"), pair.score().toString());
    }

    /** Descriptions sharing a funder's boilerplate name several conditions or phases; the names tell the schemes apart. */
    @Test
    void whatTheNamesNameDecidesWhenBothNameSomething() {
        String boilerplate = "The dementia accelerator offers funding and expertise to innovators improving the lives of people living with "
                + "dementia; phase 1 contracts test feasibility and phase 2 contracts develop and evaluate a prototype.";
        List<InitiativeRecord> records = List.of(
                record("a", "Smart pill dispensers for dementia: phase 2", boilerplate, "group:patients"),
                record("b", "Smart pill dispensers for diabetes: phase 2", boilerplate + " This one is for diabetes.", "group:patients"),
                record("c", "Smart pill dispensers for dementia: phase 1", boilerplate, "group:patients"),
                record("d", "Smart pill dispensers", boilerplate + " This one is for diabetes.", "group:patients"),
                record("e", "Smart pill dispensers for people with dementia, phase two", boilerplate, "group:patients"));
        Map<String, ScoredPair> pairs = pairsByIds(records);
        assertEquals(OverlapClass.OVERLAP, pairs.get("ab").overlapClass(), "another condition in the names: " + pairs.get("ab").score());
        assertTrue(pairs.get("ab").score().parts().stream().anyMatch(p -> p.account().equals("no condition named in common in the names "
                + "(dementia / type 1 diabetes, type 2 diabetes)")), pairs.get("ab").score().toString());
        assertEquals(OverlapClass.OVERLAP, pairs.get("ac").overlapClass(), "another phase in the names: " + pairs.get("ac").score());
        assertEquals(0.0, pairs.get("ac").score().part("rounds"));
        assertEquals(1.0, pairs.get("ae").score().part("rounds"), "the same phase, however written: " + pairs.get("ae").score());
        assertEquals(OverlapClass.DUPLICATION, pairs.get("ae").overlapClass(), pairs.get("ae").score().toString());
        assertTrue(pairs.get("ad").score().part("conditions") > 0, "a name naming nothing: the whole texts are compared, "
                + pairs.get("ad").score());
    }

    /** Sister programmes of one template, named in one frame with another subject each, are overlap; a name with a typo is not another subject. */
    @Test
    void namesOfOneFrameWithAnotherSubjectEachAreOverlap() {
        String template = "Organisations in the West Midlands can now take part in the forum, led by the West Midlands AHSN. Members meet "
                + "quarterly and share learning about new tools through an online platform.";
        List<InitiativeRecord> records = List.of(
                record("a", "West Midlands E-Rostering Forum", template, "group:innovators"),
                record("b", "West Midlands Ambient Voice Forum", template, "group:innovators"),
                record("c", "West Midlands E-Rosterring Forum", template, "group:innovators"));
        Map<String, ScoredPair> pairs = pairsByIds(records);
        ScoredPair sisters = pairs.get("ab");
        assertEquals(OverlapClass.OVERLAP, sisters.overlapClass(), sisters.score().toString());
        assertEquals(0.0, sisters.score().part("subjects"));
        assertTrue(sisters.score().parts().stream().anyMatch(p -> p.account().equals(
                "names of one frame, each with its own subject (e rostering / ambient voice)")), sisters.score().toString());
        ScoredPair typo = pairs.get("ac");
        assertEquals(OverlapClass.DUPLICATION, typo.overlapClass(), typo.score().toString());
        assertTrue(Double.isNaN(typo.score().part("subjects")));
        assertEquals(0.0, DetectionSettings.defaults().weights().of("subjects"), "it decides the class, not the score");
    }

    /** A programme recorded again keeps its start, at whatever precision it is stated. */
    @Test
    void programmesStartedMonthsApartAreOverlap() {
        String name = "Remote monitoring spread programme";
        String text = "Funds remote monitoring at home for people with heart failure.";
        List<InitiativeRecord> records = List.of(
                started("a", name, text, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), List.of()), // "2021"
                started("b", name, text, LocalDate.of(2021, 9, 1), LocalDate.of(2021, 9, 30), List.of()), // "2021-09"
                started("c", name, text, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31), List.of()), // "2021-03"
                started("d", name, text, LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 1), List.of()), // "2021-05-01"
                started("e", name, text, null, null, List.of()));
        Map<String, ScoredPair> pairs = pairsByIds(records);
        assertEquals(OverlapClass.DUPLICATION, pairs.get("ab").overlapClass(), "September 2021 is in 2021: " + pairs.get("ab").score());
        assertEquals(1.0, pairs.get("ab").score().part("start"));
        assertEquals(OverlapClass.OVERLAP, pairs.get("bc").overlapClass(), "March and September: " + pairs.get("bc").score());
        assertEquals(0.0, pairs.get("bc").score().part("start"));
        assertTrue(pairs.get("bc").score().parts().stream().anyMatch(p -> p.account().equals("started at least 154 days apart")),
                pairs.get("bc").score().toString());
        assertEquals(OverlapClass.DUPLICATION, pairs.get("cd").overlapClass(), "31 days from the end of March: " + pairs.get("cd").score());
        assertEquals(OverlapClass.OVERLAP, pairs.get("bd").overlapClass(), "123 days: " + pairs.get("bd").score());
        assertTrue(Double.isNaN(pairs.get("be").score().part("start")), "a start stated by one only is not compared");
        assertEquals(OverlapClass.DUPLICATION, pairs.get("be").overlapClass(), pairs.get("be").score().toString());
        DetectionSettings lenient = DetectionSettings.of(Map.of("duplication-start-within", "160"));
        assertEquals(OverlapClass.DUPLICATION, new DuplicateFinder(lenient).detect(records, null, () -> false).pairs().stream()
                .filter(p -> records.get(p.first()).id().equals("b") && records.get(p.second()).id().equals("c")).findFirst().orElseThrow()
                .overlapClass(), "within the days given");
        assertEquals(0.0, DetectionSettings.defaults().weights().of("start"), "the start decides the class, not the score");
        LocalDate first = LocalDate.of(2022, 1, 10);
        List<InitiativeRecord> days = List.of(started("x", name, text, first, first, List.of()),
                started("y", name, text, first.plusDays(61), first.plusDays(61), List.of()),
                started("z", name, text, first.plusDays(62), first.plusDays(62), List.of()));
        Map<String, ScoredPair> apart = pairsByIds(days);
        assertEquals(1.0, apart.get("xy").score().part("start"), "61 days: within");
        assertEquals(0.0, apart.get("xz").score().part("start"), "62 days: apart");
    }

    /** Bodies name their own schemes: two such names, neither naming the other's body, are two bodies' schemes of one kind. */
    @Test
    void namesEachNamingTheirOwnOwnerAreTwoBodiesSchemes() {
        String text = "Local innovations often go unrecognised. Awards are presented to staff and teams who have introduced an innovation.";
        InitiativeRecord.Owner westBromwich = new InitiativeRecord.Owner("wb", "West Bromwich and District NHS Foundation Trust", null);
        InitiativeRecord.Owner lowestoft = new InitiativeRecord.Owner("lo", "Lowestoft University Hospitals NHS Trust", null);
        InitiativeRecord.Owner hull = new InitiativeRecord.Owner("hu", "Hull University Hospitals", "HUH");
        InitiativeRecord.Owner hullAgain = new InitiativeRecord.Owner("hu", "Hull University Hospitals", "HUH");
        LocalDate march = LocalDate.of(2023, 3, 1);
        List<InitiativeRecord> records = List.of(
                started("a", "WBDT Innovation Awards 2023", text, march, march, List.of(westBromwich)),
                started("b", "Lowestoft University Hospitals NHS Trust Innovation Awards 2023", text, march, march, List.of(lowestoft)),
                started("c", "HUH innovation awards 2023", text, march, march, List.of(hull)),
                started("d", "HULL UNIVERSITY HOSPITALS INNOVATION AWARDS 2023", text, march, march, List.of(hullAgain)),
                started("e", "Innovation Awards 2023", text, march, march, List.of(lowestoft)),
                started("f", "Lowestoft University Hospitals NHS Trust Innovation Awards 2023 (WBDT)", text, march, march, List.of(westBromwich)));
        Map<String, ScoredPair> pairs = pairsByIds(records);
        assertEquals(OverlapClass.OVERLAP, pairs.get("ab").overlapClass(), "initials without NHS and Foundation: " + pairs.get("ab").score());
        assertTrue(pairs.get("ab").score().parts().stream().anyMatch(p -> p.account().equals("each name names its own owner "
                + "(West Bromwich and District NHS Foundation Trust / Lowestoft University Hospitals NHS Trust)")), pairs.get("ab").score().toString());
        assertEquals(OverlapClass.OVERLAP, pairs.get("bc").overlapClass(), "an acronym: " + pairs.get("bc").score());
        assertEquals(0.0, pairs.get("bc").score().part("owners_named"), pairs.get("bc").score().toString());
        assertEquals(1.0, pairs.get("cd").score().part("owners_named"), "one body, by acronym and by name in capitals: " + pairs.get("cd").score());
        assertEquals(OverlapClass.DUPLICATION, pairs.get("cd").overlapClass(), pairs.get("cd").score().toString());
        assertTrue(Double.isNaN(pairs.get("be").score().part("owners_named")), "a name naming no body: " + pairs.get("be").score());
        assertEquals(1.0, pairs.get("bf").score().part("owners_named"), "a name naming the other's owner: " + pairs.get("bf").score());
        assertEquals(0.0, DetectionSettings.defaults().weights().of("owners_named"), "owners named decide the class, not the score");
    }

    /** Bodies are named by acronyms of several words and companies without "Ltd"; a name's body stands for an owner not stated. */
    @Test
    void bodiesAreNamedAsNamesWriteThemAndStandForOwnersNotStated() {
        String text = "Early-stage innovators struggle to understand NHS needs. Each cohort receives workshops and clinical mentoring.";
        InitiativeRecord.Owner kss = new InitiativeRecord.Owner("kss", "Kent Surrey Sussex Academic Health Science Network", "KSS AHSN");
        InitiativeRecord.Owner severn = new InitiativeRecord.Owner("sev", "Severn AI Limited", null);
        InitiativeRecord.Owner hin = new InitiativeRecord.Owner("hin", "Health Innovation Network", "HIN");
        List<InitiativeRecord> records = List.of(
                owned("a", "KSS AHSN accelerator cohort 5", text, kss),
                owned("b", "SEVERN AI accelerator cohort 5", text, severn),
                started("c", "HIN accelerator cohort 5", text, null, null, List.of()),
                owned("d", "Accelerator cohort 5", text, hin),
                owned("e", "HIN accelerator cohort 5", text, hin));
        Map<String, ScoredPair> pairs = pairsByIds(records);
        assertEquals(0.0, pairs.get("ab").score().part("owners_named"), "an acronym of two words, a company without its ending: "
                + pairs.get("ab").score());
        assertEquals(OverlapClass.OVERLAP, pairs.get("ab").overlapClass(), pairs.get("ab").score().toString());
        assertEquals(0.0, pairs.get("ac").score().part("owners_named"), "no owner stated: the body its name names: " + pairs.get("ac").score());
        assertTrue(Double.isNaN(pairs.get("ad").score().part("owners_named")), "a name naming no body: " + pairs.get("ad").score());
        assertEquals(1.0, pairs.get("ce").score().part("owners_named"), "the body named is the other's owner: " + pairs.get("ce").score());
    }

    /** A programme recorded again without its description keeps its name: the same name is reported whatever the score. */
    @Test
    void initiativesOfTheSameNameAreReportedWhateverTheirScore() {
        String full = "Faecal immunochemical testing in general practice to triage patients with lower gastrointestinal symptoms, "
                + "with a pathway for urgent colonoscopy, audit of referrals and training for practice nurses across three networks.";
        List<InitiativeRecord> records = new java.util.ArrayList<>(List.of(
                record("a", "Can FIT improve detection of bowel cancer?", full, "group:patients"),
                record("b", "CAN FIT IMPROVE DETECTION OF BOWEL CANCER", null, "group:clinicians"),
                record("c", "Awards", "Innovation awards for staff.", "group:patients"),
                record("d", "awards", "Prizes for teams in hospitals who introduced a change.", "group:clinicians"),
                record("e", "Core costs", "Salaries of a night shelter's two support workers.", "group:patients"),
                record("f", "CORE COSTS", "Rent of a community radio station's studio.", "group:patients")));
        for (int i = 0; i < 6; i++) {
            records.add(record("bg" + i, "Background programme " + i, "A national programme on topic " + i + " for " + (i % 2 == 0
                    ? "hospitals" : "universities") + ".", "group:patients"));
        }
        Map<String, ScoredPair> pairs = pairsByIds(records);
        ScoredPair ab = pairs.get("ab");
        assertTrue(ab != null, "the same name, however cased or punctuated: " + pairs.keySet());
        assertTrue(ab.score().text() < DetectionSettings.defaults().minText(), "below the text floor: " + ab.score());
        assertTrue(ab.score().parts().stream().anyMatch(p -> p.field().equals("same_name") && p.account().equals("the same name")), ab.score().toString());
        assertTrue(ab.score().total() < DetectionSettings.defaults().threshold(), "reported whatever the score: " + ab.score());
        assertEquals(OverlapClass.OVERLAP, ab.overlapClass());
        assertTrue(!pairs.containsKey("cd"), "a name of one word says too little");
        assertTrue(!pairs.containsKey("ef"), "nor does one of two, as grant databases write them: " + pairs.get("ef"));
        // Their start agrees too: with no lower bar for agreeing particulars, only words would report them.
        DetectionSettings off = DetectionSettings.of(Map.of("same-name", "no", "agreeing-threshold", "1"));
        assertTrue(new DuplicateFinder(off).detect(records, null, () -> false).pairs().stream().noneMatch(p -> records.get(p.first()).id()
                .equals("a") && records.get(p.second()).id().equals("b")), "same-name=no: the name counts through the words only");
        List<InitiativeRecord> many = new java.util.ArrayList<>(records);
        for (int i = 0; i < 20; i++) {
            many.add(record("s" + i, "Can FIT improve detection of bowel cancer", "Line " + i + " about something else entirely.", "group:managers"));
        }
        assertTrue(new DuplicateFinder(DetectionSettings.defaults()).detect(many, null, () -> false).pairs().stream().noneMatch(p -> many
                .get(p.first()).id().equals("a") && many.get(p.second()).id().equals("b")), "a name shared by more than 20 is a scheme's");
    }

    /**
     * One programme's name written in another form: as its acronym, with its owner's name added, or inside a label. Each is
     * reported whatever the score; a place, a body or a round added is another programme's name, and two names with one
     * set of initials are not one name.
     */
    @Test
    void oneNameInAnotherFormIsReportedWhateverTheScore() {
        InitiativeRecord.Owner nihr = new InitiativeRecord.Owner("nihr", "National Institute for Health and Care Research", "NIHR");
        InitiativeRecord.Owner stroke = new InitiativeRecord.Owner("sa", "Stroke Association", null);
        InitiativeRecord.Owner hee = new InitiativeRecord.Owner("hee", "Health Education England", "HEE");
        InitiativeRecord.Owner mrc = new InitiativeRecord.Owner("mrc", "Medical Research Council", "MRC");
        InitiativeRecord.Owner trust = new InitiativeRecord.Owner("lth", "Loughborough Teaching Hospitals", null);
        List<InitiativeRecord> records = new java.util.ArrayList<>(List.of(
                owned("a", "Remote Monitoring for Obesity Challenge", "Grants for small firms developing remote monitoring for weight "
                        + "management, up to 800,000 pounds for six months.", nihr),
                owned("b", "RMOC", "Our team will support local organisations taking part. Find out more on our website.", stroke),
                owned("c", "Regional Maternity Outcomes Group", "A network of maternity units sharing audit data on births.", nihr),
                owned("d", "HEE Digital Therapeutics Accelerator", "Local patients will benefit. We will share updates soon.", hee),
                owned("e", "Digital Therapeutics Accelerator", "Connects innovators in digital therapeutics with clinicians and buyers, "
                        + "with bursaries and mentoring.", hee),
                owned("f", "MRC Digital Therapeutics Accelerator", "Fellowships in laboratories for early career scientists.", mrc),
                owned("g", "SBRI Healthcare: Testing ePMA for Medicines Management", "Contracts awarded to companies in the second stage.",
                        trust),
                owned("h", "Testing ePMA for Medicines Management", "Electronic prescribing and medicines administration tested on "
                        + "hospital wards with pharmacists.", trust),
                owned("i", "Sickle Cell Rapid Uptake Programme", "National support to adopt hydroxyurea monitoring in haematology.", nihr),
                owned("j", "Kent Sickle Cell Rapid Uptake Programme", "Our county's clinics join in this year.", nihr),
                owned("k", "Sickle Cell Rapid Uptake Programme Phase 2", "The next stage opens to more trusts.", nihr),
                owned("l", "Sickle Cell Rapid Uptake Programme for Young People", "Transition clinics for teenagers.", nihr),
                owned("m", "Sickle Cell Rapid Uptake Programme Ireland", "A sister scheme across the Irish sea.", nihr),
                owned("n", "Digital Pathology Network", "Slide scanners shared between laboratories.", trust),
                owned("o", "Diabetes Prevention Network", "Lifestyle courses for people at risk.", trust),
                owned("p", "DPN", "Updates from our partners.", stroke)));
        for (int i = 0; i < 6; i++) {
            records.add(record("bg" + i, "Background programme " + i, "A national programme on topic " + i + " for " + (i % 2 == 0
                    ? "hospitals" : "universities") + ".", "group:patients"));
        }
        Map<String, ScoredPair> pairs = pairsByIds(records);
        Map<String, ScoredPair> withoutRule = new DuplicateFinder(DetectionSettings.of(Map.of("same-name", "no"))).detect(records, null,
                () -> false).pairs().stream().collect(Collectors.toMap(p -> records.get(p.first()).id() + records.get(p.second()).id(), p -> p));
        for (String[] expected : new String[][] {{"ab", "one name is the other's acronym"},
                {"de", "one owner's name, with the owner or a listing added to one"}, {"gh", "one name within the other"}}) {
            ScoredPair pair = pairs.get(expected[0]);
            assertTrue(pair != null, expected[0] + " reported: " + pairs.keySet());
            assertTrue(!withoutRule.containsKey(expected[0]), expected[0] + " is reported for its name alone: " + pair.score());
            assertTrue(pair.score().parts().stream().anyMatch(p -> p.field().equals("same_name") && p.account().equals(expected[1])),
                    expected[0] + ": " + pair.score());
        }
        assertTrue(!pairs.containsKey("np") && !pairs.containsKey("op") && !pairs.containsKey("no"),
                "an acronym two names give is neither's, and one set of initials is not one name: " + pairs.keySet());
        assertTrue(!pairs.containsKey("ef") && !pairs.containsKey("df"), "another body's scheme of the kind: " + pairs.keySet());
        assertTrue(!pairs.containsKey("ij"), "a place added is a region's own: " + pairs.get("ij"));
        assertTrue(!pairs.containsKey("ik"), "the next phase is another programme: " + pairs.get("ik"));
        assertTrue(!pairs.containsKey("il"), "another population's programme: " + pairs.get("il"));
        assertTrue(!pairs.containsKey("im"), "another country's programme: " + pairs.get("im"));

        // A name held by many others is a scheme's: none is linked to it, counting both sides.
        List<InitiativeRecord> scheme = new java.util.ArrayList<>(records);
        for (int i = 0; i < 19; i++) {
            scheme.add(owned("t" + i, "Testing ePMA for Medicines Management", "Ward " + i + " trial of item " + (i * 37 % 23) + ".", trust));
        }
        assertTrue(new DuplicateFinder(DetectionSettings.defaults()).detect(scheme, null, () -> false).pairs().stream().noneMatch(p -> scheme
                .get(p.first()).id().equals("g") && scheme.get(p.second()).id().equals("h")), "20 of the name and one holding it: a scheme's");
    }

    private static InitiativeRecord owned(String id, String name, String description, InitiativeRecord.Owner owner) {
        return started(id, name, description, null, null, List.of(owner));
    }

    /** Above exhaustive-limit the candidates come from keys and neighbours: the same name is one more source of them. */
    @Test
    void theSameNameIsFoundThroughTheCandidatesOfLargeRegisters() {
        List<InitiativeRecord> records = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            records.add(record("bg" + i, "Programme number " + i + " on topic " + (i * 7919 % 101), "Work on subject " + i + " with partners "
                    + (i * 31 % 17) + ".", "group:patients"));
        }
        records.add(record("a", "Can FIT improve detection of bowel cancer?", "Faecal immunochemical testing in general practice to triage "
                + "patients with lower gastrointestinal symptoms, with a pathway for urgent colonoscopy.", "group:patients"));
        records.add(record("b", "CAN FIT IMPROVE DETECTION OF BOWEL CANCER", null, "group:clinicians"));
        DetectionSettings blocked = DetectionSettings.defaults().blocked();
        List<ScoredPair> pairs = new DuplicateFinder(blocked).detect(records, null, () -> false).pairs();
        assertTrue(pairs.stream().anyMatch(p -> records.get(p.first()).id().equals("a") && records.get(p.second()).id().equals("b")),
                describe(pairs).toString());
        DetectionSettings blockedOff = DetectionSettings.of(Map.of("same-name", "no")).blocked();
        List<ScoredPair> without = new DuplicateFinder(blockedOff).detect(records, null, () -> false).pairs();
        assertTrue(without.stream().noneMatch(p -> records.get(p.first()).id().equals("a") && records.get(p.second()).id().equals("b")),
                describe(without).toString());
        assertTrue(without.stream().allMatch(p -> Double.isNaN(p.score().part("same_name"))), "said only when the rule is on");
    }

    private static InitiativeRecord started(String id, String name, String description, LocalDate from, LocalDate startBy,
            List<InitiativeRecord.Owner> owners) {
        return new InitiativeRecord(id, name, description, List.of("stage:adoption"), List.of(), List.of("group:patients"), List.of("FUNDING"),
                null, null, null, null, null, null, from, null, startBy, owners);
    }

    @Test
    void namesAreMatchedAsWholeWordsTheLongestFirst() {
        List<InitiativeRecord> records = List.of(
                record("a", "Lung cancer screening", "Screening for lung cancer in north east London.", "group:patients"),
                record("b", "Lung cancer screening", "Screening for lung cancer in North East London boroughs.", "group:patients"),
                record("c", "Lung cancer screening", "Screening for lung cancer in the North East.", "group:patients"),
                record("d", "Lung cancer screening", "Screening for lung cancer in north east London; the scheme falls within Kentish plans.",
                        "group:patients"),
                record("e", "Lung cancer screening", "Screening for lung cancer in London.", "group:patients"),
                record("f", "Lung screening", "Screening for lung disease in north east London.", "group:patients"),
                record("g", "Lung screening", "Screening for lung cancer in north east London.", "group:patients"),
                record("h", "Lung cancer screening", "Screening for lung cancer in the North East, with King's College London.",
                        "group:patients"));
        Map<String, ScoredPair> pairs = pairsByIds(records);
        assertEquals(1.0, pairs.get("ab").score().part("places"), "north east London is London");
        assertEquals(0.0, pairs.get("ac").score().part("places"), "the North East is not London");
        assertEquals(0.2, pairs.get("ae").score().part("places"), 1e-9, "north east London is one of London's five areas");
        assertEquals(0.0, pairs.get("fg").score().part("conditions"), "lung cancer is a cancer, not a lung disease");
        assertEquals(1.0, pairs.get("ch").score().part("places"), "a college's name is not where a programme is: " + pairs.get("ch").score());
        assertEquals(1.0, pairs.get("ad").score().part("places"), "Kentish is not Kent");
        assertEquals(1.0, pairs.get("ad").score().part("conditions"), "'falls within' names no condition");
    }

    /** Market towns, county abbreviations and conditions written as clinicians write them tell one template's programmes apart. */
    @Test
    void townsAndConditionsAsRegistersNameThemAreKnown() {
        List<InitiativeRecord> records = List.of(
                record("a", "QbTest for ADHD service - Norfolk and Waveney", "Objective assessment for ADHD in community services.",
                        "group:patients"),
                record("b", "QbTest for attention deficit hyperactivity disorder pilot - Oswestry", "Objective assessment in "
                        + "community services.", "group:patients"),
                record("c", "Loughborough rehab robotics pilot", "Rehabilitation robotics for people recovering from TBI.", "group:patients"),
                record("d", "Loughborough rehab robotics pilot", "Rehabilitation robotics for people recovering from a stroke.", "group:patients"),
                record("e", "Sepsis e-alert in acute hospitals", "An electronic alert for AKI in acute hospitals in Sutton Coldfield.",
                        "group:patients"),
                record("f", "Sepsis e-alert in acute hospitals", "An electronic alert for acute kidney injury in acute hospitals in Sutton.",
                        "group:patients"),
                record("g", "Falls sensors pilot: Notts", "Ambient sensors for delirium and frailty in care homes, with New York partners.",
                        "group:patients"),
                record("h", "Falls sensors pilot: Newark", "Ambient sensors for frailty in care homes.",
                        "group:patients"),
                record("i", "Y&H AHSN net zero healthcare accelerator: Cohort 1", "Support for companies cutting the carbon of care.",
                        "group:patients"),
                record("j", "KSS AHSN net zero healthcare accelerator: Cohort 1", "Support for companies cutting the carbon of care.",
                        "group:patients"),
                record("k", "Back pain self-management service - Norfolk", "Physiotherapy-led self-management for low back pain, "
                        + "measured with the Oswestry Disability Index.", "group:patients"),
                record("l", "Back pain self-management service - Norfolk", "Physiotherapy-led self-management for low back pain.",
                        "group:patients"));
        Map<String, ScoredPair> pairs = pairsByIds(records);
        assertEquals(0.0, pairs.get("ab").score().part("places"), "a Shropshire town is not Norfolk: " + pairs.get("ab").score());
        assertEquals(1.0, pairs.get("ab").score().part("conditions"), "ADHD written out is ADHD: " + pairs.get("ab").score());
        assertEquals(OverlapClass.OVERLAP, pairs.get("ab").overlapClass());
        assertEquals(0.0, pairs.get("cd").score().part("conditions"), "a brain injury is not a stroke: " + pairs.get("cd").score());
        assertEquals(1.0, pairs.get("cd").score().part("places"));
        assertEquals(1.0, pairs.get("ef").score().part("conditions"), "AKI is acute kidney injury");
        assertEquals(0.0, pairs.get("ef").score().part("places"), "Sutton Coldfield is Birmingham's, not Sutton in London");
        assertEquals(1.0, pairs.get("gh").score().part("places"), "Notts and Newark are Nottinghamshire; New York is nowhere here");
        assertEquals(0.5, pairs.get("gh").score().part("conditions"), 1e-9, "delirium is a condition of its own");
        assertEquals(1.0, pairs.get("kl").score().part("places"), "a back-pain score named after a town names no place");
        assertEquals(0.0, pairs.get("ij").score().part("places"), "Yorkshire and Humber's network is not Kent, Surrey and Sussex's");
    }

    @Test
    void numberedRoundsOfOneSchemeAreOverlapHoweverTheNumberIsWritten() {
        List<InitiativeRecord> records = List.of(named("a", "Digital health launchpad (Cohort 2)"),
                named("b", "Digital health launchpad: the second cohort"), named("c", "Digital health launchpad, cohort three"),
                named("d", "Digital health launchpad Phase II"), named("e", "Digital health launchpad phase 2"),
                named("f", "Digital health launchpad: the call is open"), named("g", "AI Award Round 4: AI stroke imaging - Phase 2"),
                named("h", "AI Award Round 8: AI stroke imaging - Phase 4"),
                named("i", "SBRI Healthcare Competition 16: AI image analysis for latent TB - Phase 1"),
                named("j", "SBRI Healthcare Competition 17: AI image analysis for latent TB - Phase 1"),
                named("k", "AI Award Round 4: AI stroke imaging"), named("l", "Digital health launchpad wave 2"),
                named("m", "Digital health launchpad wave 3"), named("n", "Digital health launchpad: the second phase"));
        Map<String, ScoredPair> pairs = pairsByIds(records);
        assertEquals(1.0, pairs.get("ab").score().part("rounds"), "Cohort 2 is the second cohort");
        assertEquals(OverlapClass.OVERLAP, pairs.get("ac").overlapClass(), "cohort three is another round");
        assertTrue(pairs.get("ac").score().parts().stream().anyMatch(p -> p.account().equals("no round or phase named in common in the names (2 / 3)")),
                pairs.get("ac").score().parts().toString());
        assertEquals(1.0, pairs.get("de").score().part("rounds"), "Phase II is phase 2");
        assertTrue(Double.isNaN(pairs.get("af").score().part("rounds")), "'the call is open' names no round");
        assertTrue(pairs.get("gh").score().parts().stream().anyMatch(p -> p.account().equals(
                "no round or phase named in common in the names (4, phase 2 / 8, phase 4)")), "phases are numbered apart from rounds: "
                + pairs.get("gh").score().parts());
        assertTrue(pairs.get("ij").score().parts().stream().anyMatch(p -> p.account().equals(
                "no round or phase named in common (16, phase 1 / 17, phase 1)")), "a phase in common is no round in common: "
                + pairs.get("ij").score().parts());
        assertEquals(OverlapClass.OVERLAP, pairs.get("ij").overlapClass());
        assertEquals(0.5, pairs.get("gk").score().part("rounds"), "round 4, its phase stated on one side only");
        assertEquals(1.0, pairs.get("el").score().part("rounds"), "phase 2 and wave 2: programmes call their waves phases too");
        assertEquals(0.0, pairs.get("lm").score().part("rounds"), "wave 2 and wave 3");
        assertEquals(1.0, pairs.get("dn").score().part("rounds"), "Phase II is the second phase");
    }

    @Test
    void aGeneralNameCountsOnlyWhenTheTextNamesNothingMoreSpecific() {
        List<InitiativeRecord> records = List.of(
                record("a", "Cancer early diagnosis", "Cancer services in Essex: faster diagnosis of bowel cancer in Mid and South Essex.",
                        "group:patients"),
                record("b", "Cancer early diagnosis", "Cancer services in Essex: faster diagnosis of ovarian cancer in Mid and South Essex.",
                        "group:patients"),
                record("c", "Cancer early diagnosis", "Cancer services in Essex: faster diagnosis of cancer in Essex.", "group:patients"),
                record("d", "Cancer early diagnosis", "Cancer services in London: faster diagnosis of bowel cancer in north London.",
                        "group:patients"));
        Map<String, ScoredPair> pairs = pairsByIds(records);
        assertEquals(0.0, pairs.get("ab").score().part("conditions"), "bowel cancer and ovarian cancer, whatever else says 'cancer'");
        assertEquals(1.0, pairs.get("ab").score().part("places"), "both in Mid and South Essex");
        assertTrue(pairs.get("ac").score().part("conditions") > 0, "a text that says only 'cancer' names every cancer");
        assertTrue(pairs.get("ac").score().part("places") > 0, "and only 'Essex' each of its areas");
        assertEquals(0.0, pairs.get("ad").score().part("places"), "north London is not Essex: " + pairs.get("ad").score());
        assertTrue(pairs.get("ad").score().parts().stream().anyMatch(p -> p.account().equals("no place named in common (Mid and South Essex / "
                + "North Central London, North East London, North West London)")), pairs.get("ad").score().toString());
    }

    @Test
    void identicalRowsAreComparedOnceAndLinkedInAChain() {
        List<InitiativeRecord> records = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            records.add(record("copy" + i, "Diabetes remote monitoring", "Funds remote monitoring of diabetes in care homes.", "group:patients"));
        }
        records.add(record("reworded", "Remote monitoring for diabetes", "Remote monitoring of diabetes in care homes, funded.", "group:patients"));
        records.add(record("other", "Stroke rehabilitation robots", "Procures robots for stroke rehabilitation in hospitals.", "group:patients"));
        DuplicateFinder.Detection detection = new DuplicateFinder(DetectionSettings.defaults()).detect(records, null, () -> false);

        assertEquals(1499, detection.identicalCopies());
        assertEquals(3, detection.candidatesScored(), "three distinct records: three pairs compared, not a million");
        Set<String> pairs = detection.pairs().stream().map(p -> records.get(p.first()).id() + "-" + records.get(p.second()).id())
                .collect(Collectors.toSet());
        assertEquals(1500, pairs.size(), "1,499 links between copies and one pair with the reworded record");
        for (int i = 1; i < 1500; i++) {
            assertTrue(pairs.contains("copy" + (i - 1) + "-copy" + i), "copy" + i + " is linked to the copy before it");
        }
        assertTrue(pairs.contains("copy0-reworded"), "the reworded record is paired with the first copy");
        assertTrue(detection.pairs().stream().allMatch(p -> p.first() < p.second()));

        ScoredPair link = detection.pairs().stream().filter(p -> p.first() == 0 && p.second() == 1).findFirst().orElseThrow();
        ScoredPair comparedInFull = new DuplicateFinder(DetectionSettings.defaults()).scoreOnly(records, null, List.<int[]>of(new int[] { 0, 1 }))
                .get(0);
        assertEquals(comparedInFull.score().total(), link.score().total(), 1e-6, "the score two copies get when compared (float weights)");
        assertEquals(comparedInFull.score().parts().size(), link.score().parts().size());
        for (int k = 0; k < link.score().parts().size(); k++) {
            assertEquals(comparedInFull.score().parts().get(k).field(), link.score().parts().get(k).field());
            assertEquals(comparedInFull.score().parts().get(k).value(), link.score().parts().get(k).value(), 1e-6);
        }
        assertEquals(comparedInFull.overlapClass(), link.overlapClass());
        assertEquals(OverlapClass.DUPLICATION, link.overlapClass());
        assertEquals(detection.pairs().stream().sorted(java.util.Comparator.comparingDouble((ScoredPair p) -> -p.score().total())).map(
                p -> p.score().total()).toList(), detection.pairs().stream().map(p -> p.score().total()).toList(), "highest score first");
    }

    @Test
    void copiesOfARecordWithoutTextAreNotPairedAndCopiesDifferingInMeaningAreNotCopies() {
        InitiativeRecord blank = new InitiativeRecord("x", null, null, List.of(), List.of(), List.of(), List.of(), null, null, null, null, null,
                null, null);
        List<InitiativeRecord> blanks = List.of(blank, new InitiativeRecord("y", null, null, List.of(), List.of(), List.of(), List.of(), null,
                null, null, null, null, null, null));
        DuplicateFinder.Detection detection = new DuplicateFinder(DetectionSettings.defaults()).detect(blanks, null, () -> false);
        assertEquals(1, detection.identicalCopies());
        assertEquals(List.of(), detection.pairs(), "nothing to compare, nothing reported, as before copies were told apart");

        List<InitiativeRecord> twins = List.of(programme("a", null, null, null, null), programme("b", null, null, null, null));
        float[][] same = { { 1, 0 }, { 1, 0 } };
        float[][] apart = { { 1, 0 }, { 0, 1 } };
        assertEquals(1, new DuplicateFinder(DetectionSettings.defaults()).detect(twins, same, () -> false).identicalCopies());
        assertEquals(0, new DuplicateFinder(DetectionSettings.defaults()).detect(twins, apart, () -> false).identicalCopies(),
                "the same words, another meaning: not copies");
    }

    /**
     * The pairs a detection with default settings reports, by their records' ids ("ab"), each classed on its own: most of these
     * registers are one text's look-alikes, made to show what tells a pair apart (duplication between closest look-alikes only
     * is tested apart).
     */
    /**
     * One programme recorded by the body that funds it and by the one that runs it, each in its own words: few words in common
     * (below min-text and threshold), but the same start and place, rare in the register. Reported when such particulars agree
     * and none conflicts; not when the starts are a year apart, the places differ, nothing is stated to agree, the start is one
     * most of the register shares, or the lower bar is set off.
     */
    @Test
    void oneProgrammeInTwoBodiesWordsIsReportedWhenItsRareStartOrPlaceAgrees() {
        LocalDate may2022 = LocalDate.of(2022, 5, 1);
        String funded = "Waiting well: the ICB funds an app giving physiotherapy exercises to people on the knee surgery waiting list";
        String delivered = "The trust's physiotherapists deliver app-based rehabilitation for patients with joint pain on the surgery waiting list";
        InitiativeRecord fundersRecord = described("a", "Musculoskeletal waiting list support", funded + " in Leeds.", may2022);
        InitiativeRecord deliverersRecord = described("b", "Digital physiotherapy pilot", delivered + " in Leeds.", may2022);

        ScoredPair agreeing = pairsByIds(withOthers(fundersRecord, deliverersRecord, false)).get("ab");
        assertTrue(agreeing != null, "same start and place: reported; " + pairsByIds(withOthers(fundersRecord, deliverersRecord, false),
                DetectionSettings.of(Map.of("threshold", "0", "min-text", "0"))).get("ab"));
        assertTrue(agreeing.score().part("text") < 0.5 && agreeing.score().total() < 0.6, "below the usual bars: " + agreeing.score());
        assertEquals(OverlapClass.OVERLAP, agreeing.overlapClass());
        assertTrue(agreeing.score().parts().stream().anyMatch(p -> p.account().equals(
                "may have started within 61 days of each other (as 1 in 21 of the register's starts do)")), "how rare: " + agreeing.score());
        assertTrue(agreeing.score().parts().stream().anyMatch(p -> p.account().equals(
                "places named in common 1/1 (West Yorkshire) (as 1 in 21 of the texts naming a place name it)")), agreeing.score().toString());
        assertTrue(pairsByIds(withOthers(fundersRecord, described("b", "Digital physiotherapy pilot", delivered + ".", may2022), false))
                .containsKey("ab"), "the start alone agrees, no place named on one side: reported");
        assertTrue(pairsByIds(withOthers(described("a", "Musculoskeletal waiting list support", funded + " in Leeds.", null),
                described("b", "Digital physiotherapy pilot", delivered + " in Leeds.", null), false)).containsKey("ab"),
                "the place alone agrees, no start stated: reported");

        assertFalse(pairsByIds(withOthers(fundersRecord, described("b", "Digital physiotherapy pilot", delivered + " in Leeds.",
                may2022.plusYears(1)), false)).containsKey("ab"), "started a year apart: another wave, not reported");
        assertFalse(pairsByIds(withOthers(fundersRecord, described("b", "Digital physiotherapy pilot", delivered + " in Cornwall.", may2022),
                false)).containsKey("ab"), "another place: another site, not reported");
        // Without the condition both name (joints), the interventions and the place, nothing is left to agree but the start.
        String plainDelivered = delivered.replace(" with joint pain", "").replace("physiotherapists", "staff").replace("rehabilitation",
                "support") + ".";
        assertFalse(pairsByIds(withOthers(described("a", "Waiting list support", funded.replace("physiotherapy ", "").replace("knee ", "")
                + ".", null), described("b", "Digital pilot", plainDelivered, null), false)).containsKey("ab"), "nothing agrees: not reported");
        assertFalse(pairsByIds(withOthers(fundersRecord, described("b", "Digital pilot", plainDelivered, may2022), true))
                .containsKey("ab"), "a start the whole register shares says nothing: not reported");
        assertFalse(pairsByIds(withOthers(fundersRecord, deliverersRecord, false), DetectionSettings.of(Map.of("agreeing-threshold", "1",
                "linked-threshold", "1"))).containsKey("ab"), "agreeing-threshold and linked-threshold 1: no lower bar");
    }

    /**
     * Record linkage: a funder's and a deliverer's records of one programme in words of their own (few in common) are reported
     * when their start, the condition they name and the region they state agree and are rare in the register; in a large
     * register they are compared because they share those particulars, not any words.
     */
    @Test
    void oneProgrammeInTwoBodiesOwnWordsIsLinkedByItsRareParticulars() {
        LocalDate march2021 = LocalDate.of(2021, 3, 15);
        InitiativeRecord funders = inRegion("a", "Red cell exchange access fund",
                "The ICB funds community clinics offering rapid transfusion review for adults living with sickle cell disease.", "Essex",
                march2021);
        InitiativeRecord deliverers = inRegion("b", "Haematology outreach pilot",
                "Hospital haematologists run outreach clinics and a telephone advice line for sickle cell patients and families.", "Essex",
                march2021);

        ScoredPair linked = pairsByIds(amongOthers(funders, deliverers)).get("ab");
        assertTrue(linked != null, "start, condition and region agree: reported; " + pairsByIds(amongOthers(funders, deliverers),
                DetectionSettings.of(Map.of("threshold", "0", "min-text", "0"))).get("ab"));
        assertTrue(linked.score().part("text") < 0.3, "below the words of the agreeing bar: " + linked.score());
        assertTrue(linked.score().parts().stream().anyMatch(p -> p.account().startsWith("conditions named in common 1/1 (sickle cell")
                && p.account().endsWith("(as 1 in 21 of the texts naming a condition name it)")), "how rare: " + linked.score());

        assertFalse(pairsByIds(amongOthers(funders, deliverers), DetectionSettings.of(Map.of("duplication-closest", "no", "linked-threshold",
                "1"))).containsKey("ab"), "linked-threshold 1: not reported");
        assertFalse(pairsByIds(amongOthers(funders, inRegion("b", deliverers.name(), deliverers.description(), "Kent", march2021)))
                .containsKey("ab"), "another region: the start and the condition alone are too common, not reported");
        assertFalse(pairsByIds(amongOthers(funders, inRegion("b", deliverers.name(), deliverers.description(), "Essex",
                march2021.plusYears(1)))).containsKey("ab"), "started a year apart: another wave, not reported");
        InitiativeRecord inWales = new InitiativeRecord("b", deliverers.name(), deliverers.description(), deliverers.stages(),
                deliverers.drivers(), List.of(), List.of(), null, null, null, "Wales", "Essex", march2021, march2021.plusYears(3));
        assertFalse(pairsByIds(amongOthers(funders, inWales)).containsKey("ab"), "another country: similar policy elsewhere, not linked");
        assertFalse(pairsByIds(amongOthers(funders, inRegion("b", deliverers.name(), deliverers.description().replace("sickle cell",
                "epilepsy"), "Essex", march2021))).containsKey("ab"), "another condition: not reported");

        // Nothing named or stated alike but the start, the end (18 months, where the others last three years) and a partner.
        InitiativeRecord.Owner trust = new InitiativeRecord.Owner("mid-essex-trust", "Mid Essex Hospital Services", null);
        InitiativeRecord fundersGrant = involving("a", funders.description().replace("sickle cell disease", "a long-term condition"),
                march2021, List.of(trust));
        InitiativeRecord deliverersService = involving("b", deliverers.description().replace("sickle cell patients", "patients"), march2021,
                List.of(trust));
        assertTrue(pairsByIds(amongOthers(fundersGrant, deliverersService)).containsKey("ab"), "start, end and a partner agree: reported");
        assertFalse(pairsByIds(amongOthers(fundersGrant, involving("b", deliverersService.description(), march2021, List.of())))
                .containsKey("ab"), "start and end alone: too common, not reported");

        // Dated differently (an announcement months before delivery begins): no evidence either way; their partner, condition
        // and region suffice. Not once such starts conflict, nor a year apart: another round.
        InitiativeRecord announced = inRegion("a", funders.name(), funders.description(), "Essex", march2021, List.of(trust));
        InitiativeRecord deliveredLater = inRegion("b", deliverers.name(), deliverers.description(), "Essex", march2021.plusMonths(5),
                List.of(trust));
        assertTrue(pairsByIds(amongOthers(announced, deliveredLater)).containsKey("ab"), "started five months apart: reported");
        assertFalse(pairsByIds(amongOthers(announced, deliveredLater), DetectionSettings.of(Map.of("start-apart", "62")))
                .containsKey("ab"), "start-apart 62: five months apart conflicts");
        assertFalse(pairsByIds(amongOthers(announced, inRegion("b", deliverers.name(), deliverers.description(), "Essex",
                march2021.plusYears(1), List.of(trust)))).containsKey("ab"), "a year apart: another round, not reported");
        assertFalse(pairsByIds(amongOthers(inRegion("a", funders.name(), funders.description(), "Essex", march2021),
                inRegion("b", deliverers.name(), deliverers.description(), "Essex", march2021.plusMonths(5)))).containsKey("ab"),
                "five months apart, no partner in common: condition and region alone are too common");

        // A large register: no words shared as keys, no nearest in meaning; the particulars alone make them candidates.
        Map<String, String> blocked = Map.of("duplication-closest", "no", "exhaustive-limit", "0", "key-terms", "0", "neighbours", "0");
        assertTrue(pairsByIds(amongOthers(funders, deliverers), DetectionSettings.of(blocked)).containsKey("ab"),
                "compared for their particulars");
        assertTrue(pairsByIds(amongOthers(announced, deliveredLater), DetectionSettings.of(blocked)).containsKey("ab"),
                "five months apart: compared through their rare keys' wide windows");
        List<InitiativeRecord> laterThird = new ArrayList<>(amongOthers(funders, deliverers));
        laterThird.add(inRegion("c", "Transfusion nurse rota", "Nurses cover weekend transfusions for sickle cell patients.", "Essex",
                march2021.plusMonths(4)));
        Map<String, String> two = new java.util.HashMap<>(blocked);
        two.put("max-block", "2");
        DuplicateFinder.Detection narrowed = new DuplicateFinder(DetectionSettings.of(two)).detect(laterThird, null, () -> false);
        assertTrue(narrowed.pairs().stream().anyMatch(p -> Math.min(p.first(), p.second()) == 0 && Math.max(p.first(), p.second()) == 1),
                "a wide window over max-block: the narrow one is walked");
        List<InitiativeRecord> crowded = new ArrayList<>(amongOthers(funders, deliverers));
        crowded.add(inRegion("c", "Transfusion nurse rota", "Nurses cover weekend transfusions for sickle cell patients.", "Essex", march2021));
        Map<String, String> narrow = new java.util.HashMap<>(blocked);
        narrow.put("max-block", "2");
        DuplicateFinder.Detection detection = new DuplicateFinder(DetectionSettings.of(narrow)).detect(crowded, null, () -> false);
        assertTrue(detection.skippedBlocks() >= 3, "a window of three starts is too common for max-block 2, and is counted: "
                + detection.skippedBlocks());
    }

    /** An initiative of 18 months from {@code start}, in no region, with these partners. */
    private static InitiativeRecord involving(String id, String description, LocalDate start, List<InitiativeRecord.Owner> partners) {
        return new InitiativeRecord(id, "Outreach " + id, description, List.of("stage:adoption"), List.of("driver:funding"), List.of(),
                List.of(), null, null, null, null, "England", null, start, start.plusMonths(18), start, List.of(), partners);
    }

    private static InitiativeRecord inRegion(String id, String name, String description, String region, LocalDate start) {
        return inRegion(id, name, description, region, start, List.of());
    }

    private static InitiativeRecord inRegion(String id, String name, String description, String region, LocalDate start,
            List<InitiativeRecord.Owner> partners) {
        return new InitiativeRecord(id, name, description, List.of("stage:adoption"), List.of("driver:funding"), List.of(), List.of(), null,
                null, null, null, "England", region, start, start.plusYears(3), start, List.of(), partners);
    }

    /**
     * The two among 40 others, each naming a condition and stating a region of its own, owned by a body of its own and starting two
     * months after the one before.
     */
    private static List<InitiativeRecord> amongOthers(InitiativeRecord first, InitiativeRecord second) {
        List<InitiativeRecord> records = new ArrayList<>(List.of(first, second));
        String[] conditions = {"stroke", "dementia", "asthma", "epilepsy", "diabetes", "heart failure", "psoriasis", "glaucoma"};
        String[] regions = {"Cornwall", "Devon", "Kent", "Surrey", "Norfolk", "Cumbria", "Lincolnshire", "Dorset", "Somerset", "Suffolk"};
        for (int i = 0; i < 40; i++) {
            LocalDate start = LocalDate.of(2015, 1, 1).plusMonths(2L * i);
            records.add(new InitiativeRecord("x" + i, "Programme " + i, "Supports services for people with " + conditions[i % conditions.length]
                    + " and their carers.", List.of("stage:adoption"), List.of("driver:funding"), List.of(), List.of(), null, null, null, null,
                    "England", regions[i % regions.length], start, start.plusYears(3), start,
                    List.of(new InitiativeRecord.Owner("body-" + i, "Body " + i, null)), List.of()));
        }
        return records;
    }

    private static InitiativeRecord described(String id, String name, String description, LocalDate start) {
        return new InitiativeRecord(id, name, description, List.of("stage:adoption"), List.of("driver:funding"), List.of(), List.of(), null, null,
                null, null, null, start, start == null ? null : start.plusYears(2));
    }

    /**
     * The two records among 40 unrelated others, so that words, starts and places weigh as they would in a register: each other
     * names a place of its own (none in West Yorkshire) and starts two months after the one before, from January 2015, or, when
     * {@code startingTogether}, in May 2022 like the two.
     */
    private static List<InitiativeRecord> withOthers(InitiativeRecord first, InitiativeRecord second, boolean startingTogether) {
        List<InitiativeRecord> records = new ArrayList<>(List.of(first, second));
        String[] subjects = {"stroke rehabilitation robots", "dementia friendly hospital wards", "sepsis screening in emergency departments",
            "asthma inhaler recycling", "falls prevention classes", "genomic testing for rare disease", "virtual wards for heart failure",
            "smoking cessation in pregnancy"};
        String[] places = {"Cornwall", "Devon", "Kent", "Surrey", "Norfolk", "Cumbria", "Lincolnshire", "Dorset", "Somerset", "Suffolk"};
        for (int i = 0; i < 40; i++) {
            LocalDate start = startingTogether ? LocalDate.of(2022, 5, 1) : LocalDate.of(2015, 1, 1).plusMonths(2L * i);
            records.add(described("x" + i, "Programme " + i, "Supports " + subjects[i % subjects.length] + " for patients and staff in "
                    + places[i % places.length] + ".", start));
        }
        return records;
    }

    private static Map<String, ScoredPair> pairsByIds(List<InitiativeRecord> records) {
        return pairsByIds(records, DetectionSettings.of(Map.of("duplication-closest", "no")));
    }

    private static Map<String, ScoredPair> pairsByIds(List<InitiativeRecord> records, DetectionSettings settings) {
        return new DuplicateFinder(settings).detect(records, null, () -> false).pairs().stream()
                .collect(Collectors.toMap(p -> records.get(p.first()).id() + records.get(p.second()).id(), p -> p));
    }

    /**
     * Sister programmes of one template: a pair classed duplication on its own is overlap when either is at least as alike to a
     * third, other in a stated fact (another start); one programme recorded three times stays duplication, as does one
     * company's award recorded twice among its competition's.
     */
    @Test
    void duplicationIsBetweenClosestLookAlikesOnly() {
        String name = "Remote monitoring spread programme";
        String text = "Funds remote monitoring at home for people with heart failure in general practice, with an evaluation.";
        String reworded = "Funds remote monitoring at home for people with heart failure in general practice, with an evaluation partner.";
        LocalDate spring = LocalDate.of(2021, 4, 1);
        LocalDate later = LocalDate.of(2023, 4, 1);
        List<InitiativeRecord> family = List.of(started("a", name, text, spring, spring, List.of()),
                started("b", name, reworded, spring, spring, List.of()), started("c", name, text, later, later, List.of()));
        ScoredPair ab = pairsByIds(family, DetectionSettings.defaults()).get("ab");
        assertEquals(OverlapClass.OVERLAP, ab.overlapClass(), "a is as alike to c, started two years later: " + ab.score());
        assertEquals(0.0, ab.score().part("closest"));
        assertTrue(ab.score().parts().stream().anyMatch(p -> p.account().equals(
                "not each other's closest look-alikes: one of the two is at least as alike to c")), ab.score().toString());
        assertEquals(OverlapClass.DUPLICATION, pairsByIds(family).get("ab").overlapClass(), "classed on its own: " + ab.score());

        String again = "Funds remote monitoring at home for people with heart failure in general practice, with an evaluation team.";
        List<InitiativeRecord> thrice = List.of(started("a", name, text, spring, spring, List.of()),
                started("b", name, reworded, spring, spring, List.of()), started("d", name, again, spring, spring, List.of()));
        Map<String, ScoredPair> recorded = pairsByIds(thrice, DetectionSettings.defaults());
        for (String pair : List.of("ab", "ad", "bd")) {
            assertEquals(OverlapClass.DUPLICATION, recorded.get(pair).overlapClass(), pair + ": " + recorded.get(pair).score());
            assertTrue(Double.isNaN(recorded.get(pair).score().part("closest")));
        }

        Map<String, ScoredPair> competition = pairsByIds(competitionAwards(), DetectionSettings.defaults());
        assertTrue(competition.get("ab").score().total() >= competition.get("ac").score().total(), "b is as alike to a as c is");
        assertEquals(OverlapClass.DUPLICATION, competition.get("ac").overlapClass(), "one company's award: " + competition.get("ac").score());
    }

    /**
     * "At least as alike" counts a look-alike of the same score; a less alike one, one in another country (similar policy
     * elsewhere) or a copy compared through its first record does not; and a record this alike to more than twenty others is
     * of a family even when every pair of them is duplication on its own.
     */
    @Test
    void whichLookAlikesCountAgainstAPair() {
        String name = "Remote monitoring spread programme";
        String text = "Funds remote monitoring at home for people with heart failure in general practice, with an evaluation.";
        String reworded = "Funds remote monitoring at home for people with heart failure in general practice, with an evaluation partner.";
        String farther = "Funds remote monitoring at home for people with heart failure in general practice, evaluated by a university "
                + "partner over two years.";
        LocalDate spring = LocalDate.of(2021, 4, 1);
        LocalDate later = LocalDate.of(2023, 4, 1);
        Map<String, ScoredPair> tie = pairsByIds(List.of(lookAlike("a", name, text, spring, null), lookAlike("b", name, reworded, spring, null),
                lookAlike("c", name, reworded, later, null)), DetectionSettings.defaults());
        assertEquals(tie.get("ab").score().total(), tie.get("ac").score().total(), "b and c say the same");
        assertEquals(OverlapClass.OVERLAP, tie.get("ab").overlapClass(), "as alike counts: " + tie.get("ab").score());

        Map<String, ScoredPair> lessAlike = pairsByIds(List.of(lookAlike("a", name, text, spring, null),
                lookAlike("b", name, reworded, spring, null), lookAlike("c", name, farther, later, null)), DetectionSettings.defaults());
        assertTrue(lessAlike.get("ac").score().total() < lessAlike.get("ab").score().total(), lessAlike.get("ac").score().toString());
        assertEquals(OverlapClass.DUPLICATION, lessAlike.get("ab").overlapClass(), "a less alike look-alike: " + lessAlike.get("ab").score());

        Map<String, ScoredPair> abroad = pairsByIds(List.of(lookAlike("a", name, text, spring, "England"),
                lookAlike("b", name, reworded, spring, "England"), lookAlike("c", name, text, spring, "Canada")), DetectionSettings.defaults());
        assertEquals(OverlapClass.ELSEWHERE, abroad.get("ac").overlapClass());
        assertEquals(OverlapClass.DUPLICATION, abroad.get("ab").overlapClass(), "policy elsewhere is no look-alike: " + abroad.get("ab").score());

        Map<String, ScoredPair> copies = pairsByIds(List.of(lookAlike("a", name, text, spring, null), lookAlike("b", name, text, spring, null),
                lookAlike("c", name, text, later, null)), DetectionSettings.defaults());
        assertEquals(OverlapClass.DUPLICATION, copies.get("ab").overlapClass(), "two copies are one record twice: " + copies.get("ab").score());

        List<InitiativeRecord> variations = new ArrayList<>();
        for (int i = 0; i < 23; i++) { // each alike to 21 others beside its pair
            variations.add(lookAlike("v" + i, name, text + " Site " + (char) ('a' + i) + ".", spring, null));
        }
        List<ScoredPair> family = new DuplicateFinder(DetectionSettings.defaults()).detect(variations, null, () -> false).pairs();
        assertEquals(variations.size() * (variations.size() - 1) / 2, family.size());
        assertTrue(family.stream().allMatch(p -> p.overlapClass() == OverlapClass.OVERLAP), describe(family).toString());
        List<ScoredPair> onTheirOwn = new DuplicateFinder(DetectionSettings.of(Map.of("duplication-closest", "no"))).detect(variations, null,
                () -> false).pairs();
        assertTrue(onTheirOwn.stream().allMatch(p -> p.overlapClass() == OverlapClass.DUPLICATION), describe(onTheirOwn).toString());
    }

    private static InitiativeRecord lookAlike(String id, String name, String description, LocalDate from, String country) {
        return new InitiativeRecord(id, name, description, List.of("stage:adoption"), List.of(), List.of("group:patients"),
                List.of("FUNDING"), null, null, null, null, country, null, from, null, from, List.of());
    }

    /** Technology areas stated for both and sharing no term tell two programmes apart; one written another way does not. */
    @Test
    void anotherTechnologyAreaIsAnotherProgramme() {
        String name = "Spread and adoption programme for Parkinson's disease in community pharmacies";
        String text = "Innovators are matched with NHS organisations that are ready to adopt. Participants receive mentoring.";
        List<InitiativeRecord> records = List.of(withArea("a", name, text, "genomic testing"), withArea("b", name, text, "Digital therapeutics"),
                withArea("c", name, text, "AI, imaging"), withArea("d", name, text, "Artificial intelligence"),
                withArea("e", name, text, "MedTech"), withArea("f", name, text, "medical technologies"), withArea("g", name, text, null),
                withArea("h", name, text, "Other technologies"), withArea("i", name, text, "Unknown"),
                withArea("j", name, text, "Health IT"), withArea("k", name, text, "Information technology infrastructure"),
                withArea("l", name, text, "Cross-cutting"));
        Map<String, ScoredPair> pairs = pairsByIds(records);
        assertEquals(OverlapClass.OVERLAP, pairs.get("ab").overlapClass(), pairs.get("ab").score().toString());
        assertEquals(0.0, pairs.get("ab").score().part("technology"));
        assertTrue(pairs.get("ab").score().parts().stream().anyMatch(p -> p.account().equals(
                "another technology area (genomic testing / Digital therapeutics)")), pairs.get("ab").score().toString());
        assertEquals(OverlapClass.DUPLICATION, pairs.get("cd").overlapClass(), "AI written out: " + pairs.get("cd").score());
        assertEquals(OverlapClass.DUPLICATION, pairs.get("ef").overlapClass(), "MedTech written out: " + pairs.get("ef").score());
        assertTrue(Double.isNaN(pairs.get("ag").score().part("technology")), "stated by one only");
        assertTrue(Double.isNaN(pairs.get("ah").score().part("technology")), "'other technologies' names none");
        assertTrue(Double.isNaN(pairs.get("ai").score().part("technology")), "'Unknown' states none");
        assertTrue(Double.isNaN(pairs.get("al").score().part("technology")), "nor does 'Cross-cutting'");
        assertTrue(Double.isNaN(pairs.get("jk").score().part("technology")), "IT is information technology");
        assertEquals(0.0, DetectionSettings.defaults().weights().of("technology"), "the area decides the class, not the score");
    }

    private static InitiativeRecord withArea(String id, String name, String description, String technology) {
        return new InitiativeRecord(id, name, description, List.of("stage:adoption"), List.of(), List.of("group:patients"),
                List.of("FUNDING"), null, null, null, technology, null, null, LocalDate.of(2021, 4, 1), null, LocalDate.of(2021, 4, 1),
                List.of());
    }

    private static InitiativeRecord record(String id, String name, String description, String group) {
        return new InitiativeRecord(id, name, description, List.of("stage:adoption"), List.of(), List.of(group), List.of("FUNDING"), null,
                null, null, null, null, LocalDate.of(2021, 4, 1), null);
    }

    private static List<String> describe(List<ScoredPair> pairs) {
        return pairs.stream().map(p -> p.first() + "-" + p.second() + " " + p.score().total() + " " + p.overlapClass()).toList();
    }
}
