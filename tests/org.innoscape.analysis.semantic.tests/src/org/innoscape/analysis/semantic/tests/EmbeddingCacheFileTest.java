package org.innoscape.analysis.semantic.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.innoscape.analysis.semantic.EmbeddingCache;
import org.innoscape.analysis.semantic.TextEmbedder;
import org.innoscape.analysis.semantic.TextEmbeddings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache file's bytes, written and read back, with an embedder whose vectors are known. */
class EmbeddingCacheFileTest {
    @TempDir
    Path folder;

    /** Unit vectors of a fixed length, exact in half precision: a 1 at the text's length halved (modulo the length), then zeros. */
    private record Fixed(int dimensions, int length) implements TextEmbedder {
        @Override
        public String modelId() {
            return "fixed/1";
        }

        @Override
        public int batchSize() {
            return 8;
        }

        @Override
        public List<float[]> embedBatch(List<String> batch) {
            return batch.stream().map(text -> {
                float[] vector = new float[length];
                vector[text.length() / 2 % length] = 1;
                return vector;
            }).toList();
        }
    }

    @Test
    void theFileHoldsTheHeaderThenEachFingerprintAndItsHalfPrecisionValues() throws IOException {
        Path model = folder.resolve("m.innoscape");
        TextEmbeddings.Result result = TextEmbeddings.of(new Fixed(2, 2), List.of("ab", "abcd"), model, done -> { }, () -> false);
        assertNull(result.cacheProblem());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(expected)) {
            data.writeUTF("innoscape-embeddings/1");
            data.writeUTF("fixed/1");
            data.writeInt(2);
            data.writeInt(2);
            for (String text : List.of("ab", "abcd")) {
                data.write(java.util.HexFormat.of().parseHex(EmbeddingCache.fingerprint(text)));
                data.writeShort(Float.floatToFloat16(text.length() == 4 ? 1 : 0));
                data.writeShort(Float.floatToFloat16(text.length() == 2 ? 1 : 0));
            }
        }
        assertArrayEquals(expected.toByteArray(), Files.readAllBytes(EmbeddingCache.fileFor(model)));
        EmbeddingCache read = EmbeddingCache.open(model, new Fixed(2, 2));
        assertEquals(2, read.size());
        assertArrayEquals(new float[] {1, 0}, read.get(EmbeddingCache.fingerprint("abcd")));
    }

    @Test
    void aVectorNoEmbedderGivesIsNotUsedAndTheOthersAre() throws IOException {
        Path model = folder.resolve("m.innoscape");
        assertNull(TextEmbeddings.of(new Fixed(2, 2), List.of("ab", "abcd"), model, done -> { }, () -> false).cacheProblem());
        Path file = EmbeddingCache.fileFor(model);
        byte[] good = Files.readAllBytes(file);
        // The last vector's values, as a planted or damaged file might hold them: NaN, a length of 2, and zero (an empty text's).
        int last = good.length - 4;
        for (short[] values : new short[][] { { Float.floatToFloat16(Float.NaN), 0 }, { Float.floatToFloat16(2), 0 }, { 0, 0 } }) {
            byte[] planted = good.clone();
            java.nio.ByteBuffer.wrap(planted, last, 4).putShort(values[0]).putShort(values[1]);
            Files.write(file, planted);
            EmbeddingCache read = EmbeddingCache.open(model, new Fixed(2, 2));
            boolean zero = values[0] == 0;
            assertEquals(zero ? 2 : 1, read.size(), "values " + Float.float16ToFloat(values[0]));
            assertEquals(zero, read.get(EmbeddingCache.fingerprint("abcd")) != null, "the planted vector is used only when it is zero");
            assertNotNull(read.get(EmbeddingCache.fingerprint("ab")), "the other vectors are used");
        }
        Files.write(file, good);
        assertEquals(2, EmbeddingCache.open(model, new Fixed(2, 2)).size());
    }

    @Test
    void aVectorOfAnotherLengthIsACacheProblemNotAFailureAndLeavesTheOldCache() throws IOException {
        Path model = folder.resolve("m.innoscape");
        assertNull(TextEmbeddings.of(new Fixed(2, 2), List.of("ab"), model, done -> { }, () -> false).cacheProblem());
        byte[] before = Files.readAllBytes(EmbeddingCache.fileFor(model));
        TextEmbeddings.Result result = TextEmbeddings.of(new Fixed(2, 3), List.of("xyz"), model, done -> { }, () -> false);
        assertNotNull(result.cacheProblem());
        assertTrue(result.cacheProblem().contains("a vector of 3 values where fixed/1 gives 2"), result.cacheProblem());
        assertEquals(1, result.vectors().size(), "the analysis still has its vectors");
        assertArrayEquals(before, Files.readAllBytes(EmbeddingCache.fileFor(model)), "the old cache is kept whole");
        try (var files = Files.list(folder)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
