package org.innoscape.analysis.semantic.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import org.innoscape.analysis.semantic.TokenVectorEmbedder;
import org.innoscape.analysis.semantic.internal.TokenVectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The token vector table the build distils from all-MiniLM-L6-v2, and the plain-Java tokenizer that indexes it. */
class TokenVectorsTest {
    private static TokenVectors table;

    @BeforeAll
    static void load() throws IOException {
        table = TokenVectors.load();
    }

    @Test
    void theTableComesFromTheModelWithTheDimensionsTheCacheExpects() {
        assertTrue(table.source().startsWith("all-minilm-l6-v2-q.onnx"), table.source());
        assertEquals(TokenVectorEmbedder.DIMENSIONS, table.dimensions());
    }

    /**
     * The expected ids are what the model's own tokenizer (Hugging Face tokenizers through DJL 0.36.0, the one
     * langchain4j uses) gives for these texts: accents, CJK, punctuation, ligatures, control and zero-width
     * characters, unknown and over-long words.
     */
    @Test
    void tokensAreTheOnesTheModelsOwnTokenizerGives() {
        assertIds("GP practices adopt remote monitoring of heart-failure patients.", 14246, 6078, 11092, 6556, 8822, 1997, 2540, 1011, 4945,
                5022, 1012);
        assertIds("Café naïve résumé — “quotes” £200k 9%", 7668, 15743, 13746, 1517, 1523, 16614, 1524, 21853, 8889, 2243, 1023, 1003);
        assertIds("北京 health", 1781, 1755, 2740);
        assertIds("e-mail: x@y.org; 3.5/10", 1041, 1011, 5653, 1024, 1060, 1030, 1061, 1012, 8917, 1025, 1017, 1012, 1019, 1013, 2184);
        assertIds("ﬁnance ½ ²", 1984, 7229, 3401, 1092, 1082);
        assertIds("Ünïcödé ß İstanbul", 27260, 1096, 9960);
        assertIds("supercalifragilisticexpialidocious telemonitoring", 3565, 9289, 10128, 29181, 24411, 4588, 10288, 19312, 21273, 10085, 6313,
                10093, 26941, 15660, 2075);
        assertIds("tab\there\u0000nul\u200bzwsp", 21628, 2182, 11231, 23858, 9333, 2361);
        assertIds("x".repeat(101) + " ok", 100, 7929);
    }

    private static void assertIds(String text, int... expected) {
        assertArrayEquals(expected, table.tokenizer().ids(text), text);
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedTextsAndVectorsAreUnitLength() {
        float[] gp = table.embed("GP practices adopt remote monitoring of heart failure.");
        float[] doctors = table.embed("Family doctors take up telemonitoring of cardiac failure.");
        float[] genomes = table.embed("Genome sequencing laboratories for rare diseases.");
        assertEquals(1.0, dot(gp, gp), 1e-4);
        assertTrue(dot(gp, doctors) > dot(gp, genomes) + 0.2, dot(gp, doctors) + " against " + dot(gp, genomes));
    }

    @Test
    void aTextWithoutMeaningfulTokensIsTheZeroVector() {
        assertEquals(0, dot(table.embed(""), table.embed("")));
        assertEquals(0, dot(table.embed("\u0000\u200b"), table.embed("\u0000\u200b")));
    }

    /** A table is read from inside the bundle, but its reader still refuses a header it cannot hold before allocating it. */
    @Test
    void aDamagedTableIsRefusedWithAReason() {
        IOException notATable = assertThrows(IOException.class, () -> TokenVectors.read(new ByteArrayInputStream(header("something else", 1, 1))));
        assertTrue(notATable.getMessage().contains("not a token vector table"));
        for (int[] sizes : new int[][] {{Integer.MAX_VALUE, 256}, {30522, Integer.MAX_VALUE}, {-1, 256}, {30522, 0}}) {
            IOException e = assertThrows(IOException.class,
                    () -> TokenVectors.read(new ByteArrayInputStream(header("innoscape-token-vectors/1", sizes[0], sizes[1]))));
            assertTrue(e.getMessage().contains("dimensions"), e.getMessage());
        }
        assertThrows(IOException.class, () -> TokenVectors.read(new ByteArrayInputStream(header("innoscape-token-vectors/1", 3, 4))),
                "cut short");
    }

    private static byte[] header(String magic, int count, int dimensions) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(magic);
            out.writeUTF("test");
            out.writeInt(count);
            out.writeInt(dimensions);
        }
        return bytes.toByteArray();
    }

    private static double dot(float[] x, float[] y) {
        double sum = 0;
        for (int k = 0; k < x.length; k++) {
            sum += x[k] * y[k];
        }
        return sum;
    }
}
