package org.innoscape.analysis.duplication.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The nearest in meaning remembered between detections: a repeat searches nothing and finds the same,
 * changed texts are searched (exactly in a small register, by a walk over the remembered lists in a large one)
 * and join the lists they now belong in, and a memory that does not fit is not used. (In the core's package: the search itself is not public.)
 */
class MeaningMemoryTest {
    private static final int N = 2000;
    private static final int K = 10;

    @Test
    void aRepeatSearchesNothingAndFindsTheSameNearest() {
        float[][] vectors = UnitVectors.random(N, 16, 1);
        MeaningMemory memory = MeaningMemory.empty();
        int[][] first = MeaningNeighbours.earlierNeighbours(vectors, K, x -> false, memory);
        assertEquals(N, memory.searched());
        assertTrue(memory.changed());
        assertEquals(N, memory.size());

        MeaningMemory kept = MeaningMemory.fromBytes(memory.toBytes());
        int[][] again = MeaningNeighbours.earlierNeighbours(vectors, K, x -> false, kept);
        assertEquals(0, kept.searched(), "nothing changed, nothing searched");
        assertFalse(kept.changed(), "nothing to write again");
        assertTrue(Arrays.deepEquals(first, again), "the same nearest as the detection that was remembered");
        assertTrue(Arrays.deepEquals(first, MeaningNeighbours.earlierNeighbours(vectors, K, x -> false)), "and as one without memory");
    }

    @Test
    void changedTextsAreSearchedExactlyAndJoinTheListsTheyNowBelongIn() {
        float[][] vectors = UnitVectors.random(N, 16, 2);
        MeaningMemory memory = MeaningMemory.empty();
        MeaningNeighbours.earlierNeighbours(vectors, K, x -> false, memory);
        // One in a hundred texts rewritten as a near copy of another, unchanged one.
        Random random = new Random(3);
        int[] changed = IntStream.range(0, N).filter(i -> i % 100 == 7).toArray();
        int[] copied = new int[changed.length];
        for (int i = 0; i < changed.length; i++) {
            copied[i] = (changed[i] + 50) % N; // never itself changed
            float[] near = vectors[copied[i]].clone();
            near[random.nextInt(near.length)] += 0.05f;
            vectors[changed[i]] = UnitVectors.unit(near);
        }
        int[][] earlier = MeaningNeighbours.earlierNeighbours(vectors, K, x -> false, memory);
        assertEquals(changed.length, memory.searched(), "only the changed texts are searched");
        long[] keys = MeaningMemory.keys(vectors);
        for (int i = 0; i < changed.length; i++) {
            // Widening: the unchanged text now has a near copy, which its remembered list must take in.
            long copy = keys[changed[i]];
            assertTrue(Arrays.stream(memory.recall(keys[copied[i]], K).neighbours()).anyMatch(key -> key == copy),
                    "the remembered list of " + copied[i] + " takes in its new near copy " + changed[i]);
        }
        for (int i = 0; i < changed.length; i++) {
            int a = Math.min(changed[i], copied[i]);
            int b = Math.max(changed[i], copied[i]);
            assertTrue(Arrays.binarySearch(earlier[b], a) >= 0, "the near copy " + changed[i] + " of " + copied[i] + " is compared with it");
            int[] exact = UnitVectors.exactNearest(vectors, changed[i], K);
            for (int y : exact) {
                int first = Math.min(y, changed[i]);
                int second = Math.max(y, changed[i]);
                assertTrue(Arrays.binarySearch(earlier[second], first) >= 0, "a changed text's " + K + " nearest are exact: " + y);
            }
        }
    }

    /** Beyond {@link MeaningNeighbours#EVERY_VECTOR_UP_TO} comparisons the changed texts walk the remembered lists instead. */
    @Test
    void inALargeRegisterChangedTextsWalkTheRememberedListsAndJoinThem() {
        float[][] vectors = RememberedListsWalkTest.clustered(N, 100, 32, 9);
        MeaningMemory memory = MeaningMemory.empty();
        MeaningNeighbours.earlierNeighbours(vectors, K, x -> false, memory);
        int[] changed = IntStream.range(0, N).filter(i -> i % 100 == 7).toArray();
        int[] copied = new int[changed.length];
        Random random = new Random(10);
        for (int i = 0; i < changed.length; i++) {
            copied[i] = (changed[i] + 50) % N;
            float[] near = vectors[copied[i]].clone();
            near[random.nextInt(near.length)] += 0.05f;
            vectors[changed[i]] = UnitVectors.unit(near);
        }
        // Two changed texts rewritten as one: each has no remembered list to be reached by, and they must still meet.
        vectors[changed[1]] = vectors[changed[0]].clone();
        vectors[changed[1]][0] += 0.01f;
        vectors[changed[1]] = UnitVectors.unit(vectors[changed[1]]);
        int[][] earlier = MeaningNeighbours.earlierNeighbours(vectors, K, x -> false, memory, 0);
        assertEquals(changed.length, memory.searched(), "only the changed texts are searched");
        long[] keys = MeaningMemory.keys(vectors);
        int found = 0;
        for (int i = 2; i < changed.length; i++) {
            long copy = keys[changed[i]];
            assertTrue(Arrays.stream(memory.recall(keys[copied[i]], K).neighbours()).anyMatch(key -> key == copy),
                    "the remembered list of " + copied[i] + " takes in its new near copy " + changed[i]);
            Set<Integer> compared = new HashSet<>();
            for (int y = 0; y < N; y++) {
                int first = Math.min(y, changed[i]);
                int second = Math.max(y, changed[i]);
                if (Arrays.binarySearch(earlier[second], first) >= 0) {
                    compared.add(y);
                }
            }
            found += (int) Arrays.stream(UnitVectors.exactNearest(vectors, changed[i], K)).filter(compared::contains).count();
        }
        assertTrue(Arrays.binarySearch(earlier[changed[1]], changed[0]) >= 0, "two changed texts rewritten alike are compared");
        double recall = found / (double) ((changed.length - 2) * K);
        assertTrue(recall >= 0.97, "of the changed texts' exact nearest, compared: " + recall);
    }

    @Test
    void identicalTextsAreRememberedOnceAndRecalledWithoutLoss() {
        float[][] vectors = UnitVectors.random(N, 16, 8);
        for (int i = 1; i < N; i += 10) {
            vectors[i] = vectors[i - 1].clone(); // two hundred pairs of identical texts
        }
        MeaningMemory memory = MeaningMemory.empty();
        int[][] first = MeaningNeighbours.earlierNeighbours(vectors, K, x -> false, memory);
        for (int round = 0; round < 3; round++) {
            int[][] again = MeaningNeighbours.earlierNeighbours(vectors, K, x -> false, memory);
            assertEquals(0, memory.searched());
            assertTrue(Arrays.deepEquals(first, again), "round " + round + ": the same nearest, none lost to repeats");
        }
        long[] keys = MeaningMemory.keys(vectors);
        assertTrue(memory.recall(keys[0], K).neighbours().length <= K + 1, "no list grows from one detection to the next");
        assertTrue(Arrays.binarySearch(first[1], 0) >= 0, "identical texts are each other's nearest");
    }

    @Test
    void aMemoryOfAnotherSizeOrOfMostlyOtherTextsIsNotUsed() {
        float[][] vectors = UnitVectors.random(N, 16, 4);
        MeaningMemory memory = MeaningMemory.empty();
        MeaningNeighbours.earlierNeighbours(vectors, K, x -> false, memory);
        MeaningNeighbours.earlierNeighbours(vectors, 5, x -> false, memory);
        assertEquals(N, memory.searched(), "remembered for 10 nearest, asked for 5: the graph is built again");

        float[][] mostlyNew = vectors.clone();
        float[][] other = UnitVectors.random(N, 16, 5);
        System.arraycopy(other, 0, mostlyNew, 0, N / 4);
        MeaningNeighbours.earlierNeighbours(mostlyNew, 5, x -> false, memory);
        assertEquals(N, memory.searched(), "a quarter new: the graph is built again rather than a quarter searched one by one");
    }

    @Test
    void aDamagedOrForeignMemoryIsEmpty() {
        float[][] vectors = UnitVectors.random(300, 8, 6);
        MeaningMemory memory = MeaningMemory.empty();
        MeaningNeighbours.earlierNeighbours(vectors, K, x -> false, memory);
        byte[] bytes = memory.toBytes();
        assertEquals(300, MeaningMemory.fromBytes(bytes).size());
        assertEquals(0, MeaningMemory.fromBytes(Arrays.copyOf(bytes, bytes.length / 2)).size(), "truncated");
        assertEquals(0, MeaningMemory.fromBytes("innoscape-embeddings/1".getBytes()).size(), "another file");
        byte[] earlier = bytes.clone(); // the same lists, written before the common directions were taken out of the search
        earlier[2 + "innoscape-neighbours/".length()] = '1';
        assertEquals(0, MeaningMemory.fromBytes(earlier).size(), "a memory of the first version");
        earlier[2 + "innoscape-neighbours/".length()] = '2'; // searched before what each text names was added
        assertEquals(0, MeaningMemory.fromBytes(earlier).size(), "a memory of the second version");
        assertEquals(0, MeaningMemory.fromBytes(header(10, Integer.MAX_VALUE, 0)).size(), "a count the file cannot hold");
        assertEquals(0, MeaningMemory.fromBytes(header(10, 1, 65535)).size(), "a list longer than the file");
        assertEquals(0, MeaningMemory.fromBytes(header(-1, 1, 0)).size(), "a negative number of nearest");
    }

    @Test
    void keysTellVectorsApart() {
        float[][] vectors = UnitVectors.random(1000, 8, 7);
        long[] keys = MeaningMemory.keys(vectors);
        assertEquals(1000, Arrays.stream(keys).distinct().count());
        assertArrayEquals(keys, MeaningMemory.keys(Arrays.stream(vectors).map(float[]::clone).toArray(float[][]::new)));
    }

    /** A memory file's header and one entry's head: number of nearest, count of entries, the first entry's list size. */
    private static byte[] header(int nearest, int count, int size) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            out.writeUTF("innoscape-neighbours/3");
            out.writeInt(nearest);
            out.writeInt(count);
            out.writeLong(42);
            out.writeShort(size);
            out.write(new byte[64]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Test
    void theBytesAreThoseADataOutputWritesAndReadBackTheSame() throws java.io.IOException {
        Map<Long, MeaningMemory.Entry> found = new LinkedHashMap<>();
        found.put(7L, new MeaningMemory.Entry(new long[] {-3L, Long.MAX_VALUE}, new float[] {0.75f, Float.intBitsToFloat(0x7fc01234)}));
        found.put(-1L, new MeaningMemory.Entry(new long[] {}, new float[] {}));
        found.put(Long.MIN_VALUE, new MeaningMemory.Entry(new long[] {7L}, new float[] {-0.0f}));
        MeaningMemory memory = MeaningMemory.empty();
        memory.remember(K, found, 3);
        // What DataOutputStream, which the memory was written with before, makes of the same entries: a NaN written canonically.
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(expected)) {
            out.writeUTF("innoscape-neighbours/3");
            out.writeInt(K);
            out.writeInt(found.size());
            for (Map.Entry<Long, MeaningMemory.Entry> entry : found.entrySet()) {
                out.writeLong(entry.getKey());
                out.writeShort(entry.getValue().neighbours().length);
                for (int j = 0; j < entry.getValue().neighbours().length; j++) {
                    out.writeLong(entry.getValue().neighbours()[j]);
                    out.writeFloat(entry.getValue().similarities()[j]);
                }
            }
        }
        byte[] bytes = memory.toBytes();
        assertArrayEquals(expected.toByteArray(), bytes);
        MeaningMemory read = MeaningMemory.fromBytes(bytes);
        assertEquals(3, read.size());
        assertArrayEquals(new long[] {-3L, Long.MAX_VALUE}, read.recall(7L, K).neighbours());
        assertTrue(Float.isNaN(read.recall(7L, K).similarities()[1]));
        assertEquals(Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits(read.recall(Long.MIN_VALUE, K).similarities()[0]));
    }
}
