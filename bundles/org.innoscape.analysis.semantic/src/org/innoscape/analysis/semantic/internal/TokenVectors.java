package org.innoscape.analysis.semantic.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * One vector per token of the all-MiniLM-L6-v2 vocabulary, distilled from the model at build time
 * ({@code distill/TokenVectorDistiller.java}: the model's output for the token alone, centred, on 256
 * principal components), stored as bytes with a scale per token. A text's vector is the weighted sum of its
 * tokens' vectors, made unit length: a fraction of a millisecond per text instead of the model's 10-20 ms,
 * at the cost of word order and context. Frequent tokens weigh little (smooth inverse frequency, with the
 * frequency estimated from the token's rank, the vocabulary's words being ordered by frequency), so "the"
 * and "of" do not make every two texts alike.
 */
public final class TokenVectors {
    public static final String RESOURCE = "minilm-token-vectors.bin";
    /** Also written by the distiller. */
    static final String MAGIC = "innoscape-token-vectors/1";
    /** Where the vocabulary's words start: before them are special tokens, unused slots and single characters. */
    private static final int FIRST_WORD = 1996;
    /** The "a" of smooth inverse frequency, a / (a + p(token)): tokens rarer than this weigh about one. */
    private static final double SMOOTHING = 1e-3;
    private static final int MAX_TOKENS = 100_000;
    private static final int MAX_DIMENSIONS = 1024;

    private final String source;
    private final WordPieceTokenizer tokenizer;
    private final int dimensions;
    private final byte[] values;
    /** Each token's weight times its scale. */
    private final float[] weights;

    private TokenVectors(String source, String[] tokens, int dimensions, byte[] values, float[] scales) {
        Map<String, Integer> vocabulary = new HashMap<>(tokens.length * 2);
        for (int i = 0; i < tokens.length; i++) {
            vocabulary.put(tokens[i], i);
        }
        this.source = source;
        this.tokenizer = new WordPieceTokenizer(vocabulary);
        this.dimensions = dimensions;
        this.values = values;
        this.weights = new float[tokens.length];
        double harmonic = Math.log(tokens.length - FIRST_WORD) + 0.5772;
        for (int i = 0; i < tokens.length; i++) {
            double frequency = 1 / (Math.max(1, i - FIRST_WORD + 1) * harmonic);
            boolean special = tokens[i].startsWith("[") && tokens[i].endsWith("]");
            weights[i] = special ? 0 : (float) (SMOOTHING / (SMOOTHING + frequency) * scales[i]);
        }
    }

    /** The table inside this bundle. */
    public static TokenVectors load() throws IOException {
        InputStream stream = TokenVectors.class.getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IOException("the token vector table " + RESOURCE + " is missing from the bundle (the build distils it)");
        }
        try (stream) {
            return read(stream);
        }
    }

    /** Reads a table written by the distiller; a header the content cannot match is refused before anything is allocated. */
    public static TokenVectors read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a token vector table");
        }
        String source = in.readUTF();
        int count = in.readInt();
        int dimensions = in.readInt();
        if (count <= 0 || count > MAX_TOKENS || dimensions <= 0 || dimensions > MAX_DIMENSIONS) {
            throw new IOException("a token vector table of " + count + " tokens of " + dimensions + " dimensions");
        }
        String[] tokens = new String[count];
        float[] scales = new float[count];
        byte[] values = new byte[count * dimensions];
        for (int i = 0; i < count; i++) {
            tokens[i] = in.readUTF();
            scales[i] = in.readFloat();
            in.readFully(values, i * dimensions, dimensions);
        }
        return new TokenVectors(source, tokens, dimensions, values, scales);
    }

    /** The model and recipe the table was distilled with. */
    public String source() {
        return source;
    }

    public int dimensions() {
        return dimensions;
    }

    public WordPieceTokenizer tokenizer() {
        return tokenizer;
    }

    /** The unit vector of a text, or a zero vector when none of its tokens carries meaning. */
    public float[] embed(String text) {
        float[] sum = new float[dimensions];
        for (int id : tokenizer.ids(text)) {
            float weight = weights[id];
            int offset = id * dimensions;
            for (int d = 0; d < dimensions; d++) {
                sum[d] += weight * values[offset + d];
            }
        }
        double squares = 0;
        for (float value : sum) {
            squares += (double) value * value;
        }
        if (squares > 0) {
            float norm = (float) (1 / Math.sqrt(squares));
            for (int d = 0; d < dimensions; d++) {
                sum[d] *= norm;
            }
        }
        return sum;
    }
}
