package org.innoscape.analysis.duplication.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/** What each text names is added to the vectors the nearest in meaning are searched with. */
class NamedDimensionsTest {
    private static final String[] OTHER_CONDITIONS = { "heart failure", "COPD", "asthma", "dementia", "epilepsy", "psychosis", "stroke",
            "stillbirth", "delirium", "ADHD", "glaucoma", "sepsis", "acute kidney injury", "pressure ulcers", "obesity" };

    private static InitiativeRecord record(String id, String description) {
        return new InitiativeRecord(id, "Remote monitoring programme", description, List.of(), List.of(), List.of(), List.of(), null, null,
                null, null, null, null, null, null, null, List.of());
    }

    /**
     * One scheme's programmes for other conditions, embedded nearer to a text than its re-description (as templates are):
     * searched as embedded, the siblings fill its nearest; with what each names added, the re-description naming the same
     * condition and place comes first.
     */
    @Test
    void aRedescriptionNamingTheSameThingsComesBeforeSiblingsNamingOthers() {
        int dimensions = 32;
        Random random = new Random(5);
        float[] text = UnitVectors.random(1, dimensions, 1)[0];
        List<InitiativeRecord> records = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        records.add(record("a", "Remote monitoring of bowel cancer patients in Kent, run by the trust's nurses"));
        vectors.add(text);
        records.add(record("b", "Patients with colorectal cancer in Kent are watched from home by the trust's nursing team"));
        vectors.add(near(text, 0.85, random));
        for (String condition : OTHER_CONDITIONS) {
            records.add(record("s-" + condition, "Remote monitoring of " + condition + " patients in Surrey, run by the trust's nurses"));
            vectors.add(near(text, 0.95, random));
        }
        float[][] embedded = vectors.toArray(float[][]::new);
        assertTrue(UnitVectors.dot(embedded[0], embedded[1]) < UnitVectors.dot(embedded[0], embedded[2]), "a sibling is nearer as embedded");
        assertFalse(Arrays.stream(UnitVectors.exactNearest(embedded, 0, 10)).anyMatch(y -> y == 1), "siblings fill the ten nearest");

        float[][] searched = NamedDimensions.added(embedded, UnaryOperator.identity(), new InitiativeFeatures(records));
        assertEquals(1, UnitVectors.exactNearest(searched, 0, 1)[0], "the re-description is nearest once what each names is added");
        for (float[] vector : searched) {
            assertEquals(dimensions + NamedDimensions.DIMENSIONS + 1, vector.length);
            assertEquals(1.0, Math.sqrt(UnitVectors.dot(vector, vector)), 1e-5, "unit vectors");
        }
        assertArrayEquals(searched[3], NamedDimensions.added(embedded, UnaryOperator.identity(), new InitiativeFeatures(records))[3], "the same vectors every time");
    }

    /** Texts naming nothing keep their order among themselves: every vector gains one length, so no text is favoured for naming less. */
    @Test
    void textsNamingNothingAreSearchedAsEmbedded() {
        float[][] embedded = UnitVectors.random(50, 16, 9);
        List<InitiativeRecord> records = new ArrayList<>();
        for (int x = 0; x < embedded.length; x++) {
            records.add(record("r" + x, "A programme of its own kind, number " + x));
        }
        float[][] searched = NamedDimensions.added(embedded, UnaryOperator.identity(), new InitiativeFeatures(records));
        for (int q = 0; q < 5; q++) {
            assertArrayEquals(UnitVectors.exactNearest(embedded, q, 10), UnitVectors.exactNearest(searched, q, 10));
        }
    }

    /**
     * The detection searches with these vectors from {@link NamedDimensions#FROM} texts: a text and its re-description each
     * crowded by a dozen siblings embedded nearer (one scheme for other conditions, among programmes of a dozen other
     * templates) are among each other's nearest once what they name is added.
     */
    @Test
    void theDetectionSearchesWithWhatEachTextNames() {
        int dimensions = 64;
        Random random = new Random(11);
        List<InitiativeRecord> records = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        float[] text = UnitVectors.random(1, dimensions, 12)[0];
        float[] redescription = near(text, 0.97, random);
        records.add(record("a", "Remote monitoring of bowel cancer patients by the trust's nurses"));
        vectors.add(text);
        records.add(record("b", "Colorectal cancer patients are watched from home by a nursing team"));
        vectors.add(redescription);
        String[] others = { "heart failure", "COPD", "asthma", "dementia", "epilepsy", "psychosis", "stroke", "stillbirth", "delirium",
                "ADHD", "glaucoma", "sepsis" };
        for (int i = 0; i < others.length; i++) {
            records.add(record("s" + i, "Remote monitoring of " + others[i] + " patients by the trust's nurses"));
            vectors.add(near(text, 0.999, random));
            records.add(record("t" + i, "Patients with " + others[i] + " are watched from home by a nursing team"));
            vectors.add(near(redescription, 0.999, random));
        }
        // More templates than the search takes directions out (CommonDirections.REMOVED): the group's own direction stays.
        float[][] templates = UnitVectors.random(CommonDirections.REMOVED + 4, dimensions, 13);
        while (records.size() < NamedDimensions.FROM + 100) {
            int x = records.size();
            records.add(record("f" + x, "Programme " + x + " of another kind"));
            float[] filler = new float[dimensions];
            for (int d = 0; d < dimensions; d++) {
                filler[d] = (float) (3 * templates[x % templates.length][d] + random.nextGaussian() / Math.sqrt(dimensions));
            }
            vectors.add(UnitVectors.unit(filler));
        }
        float[][] embedded = vectors.toArray(float[][]::new);
        assertFalse(Arrays.stream(UnitVectors.exactNearest(embedded, 0, 10)).anyMatch(y -> y == 1), "siblings fill the ten nearest of one");
        assertFalse(Arrays.stream(UnitVectors.exactNearest(embedded, 1, 10)).anyMatch(y -> y == 0), "and of the other");

        DuplicateFinder.Prepared prepared = new DuplicateFinder(DetectionSettings.defaults()).prepare(records, embedded, () -> false);
        assertTrue(prepared.nearInMeaning(0, 1), "the re-description is among the nearest");
        assertFalse(prepared.nearInMeaning(0, records.size() - 1), "a programme of another template is not");
    }

    /** Memory keys tell apart texts of one embedding that name other things, and are the same for the same texts. */
    @Test
    void memoryKeysHoldWhatEachTextNames() {
        List<InitiativeRecord> records = List.of(record("a", "Remote monitoring of asthma in Kent"), record("b", "Remote monitoring of COPD in Kent"),
                record("c", "Remote monitoring of asthma in Kent"));
        long[] embeddingKeys = { 42, 42, 42 };
        long[] keys = NamedDimensions.keys(embeddingKeys, new InitiativeFeatures(records));
        assertTrue(keys[0] != keys[1], "another condition named");
        assertEquals(keys[0], keys[2], "the same things named");
        assertEquals(keys[0], NamedDimensions.keys(embeddingKeys, new InitiativeFeatures(records))[0], "the same keys every time");
    }

    /** An empty text's embedding is all zeros: its searched vector is still a unit vector, of what it names alone. */
    @Test
    void anEmptyEmbeddingGivesAUnitVector() {
        float[][] embedded = { new float[8], UnitVectors.random(1, 8, 3)[0] };
        List<InitiativeRecord> records = List.of(record("a", "Remote monitoring of asthma in Kent"), record("b", ""));
        float[][] searched = NamedDimensions.added(embedded, UnaryOperator.identity(), new InitiativeFeatures(records));
        for (float[] vector : searched) {
            assertEquals(1.0, Math.sqrt(UnitVectors.dot(vector, vector)), 1e-5, "unit vectors");
        }
        for (int d = 0; d < 8; d++) {
            assertEquals(0f, searched[0][d], "nothing of the empty embedding");
        }
    }

    /** A vector {@code cosine} alike {@code of}: it plus a random direction at right angles to it. */
    private static float[] near(float[] of, double cosine, Random random) {
        float[] other = new float[of.length];
        for (int d = 0; d < of.length; d++) {
            other[d] = (float) random.nextGaussian();
        }
        double along = UnitVectors.dot(other, of);
        for (int d = 0; d < of.length; d++) {
            other[d] -= (float) (along * of[d]);
        }
        other = UnitVectors.unit(other);
        float[] near = new float[of.length];
        double sine = Math.sqrt(1 - cosine * cosine);
        for (int d = 0; d < of.length; d++) {
            near[d] = (float) (cosine * of[d] + sine * other[d]);
        }
        return UnitVectors.unit(near);
    }
}
