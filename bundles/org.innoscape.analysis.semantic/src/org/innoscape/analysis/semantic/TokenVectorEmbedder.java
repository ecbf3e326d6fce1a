package org.innoscape.analysis.semantic;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import org.innoscape.analysis.semantic.internal.TokenVectors;

/**
 * Text embeddings in plain Java from the token vectors distilled at build time from the sentence model
 * (see {@link TokenVectors}), weighted and summed per text: a fraction of a millisecond per text, so
 * registers of a hundred thousand are embedded in seconds. No native library is needed; {@link #load()}
 * fails only when the bundle's table is missing or damaged, and says so.
 */
public final class TokenVectorEmbedder implements TextEmbedder {
    public static final String MODEL_ID = "all-MiniLM-L6-v2 token vectors/1";
    public static final int DIMENSIONS = 256;
    private static final int CHUNK = 1024;

    private final TokenVectors vectors;

    private TokenVectorEmbedder(TokenVectors vectors) {
        this.vectors = vectors;
    }

    /**
     * Loads the token vector table.
     *
     * @throws EmbedderUnavailable with the reason when the table cannot be read
     */
    public static TokenVectorEmbedder load() throws EmbedderUnavailable {
        try {
            TokenVectors vectors = TokenVectors.load();
            if (vectors.dimensions() != DIMENSIONS) {
                throw new IOException("the table has " + vectors.dimensions() + " dimensions, not " + DIMENSIONS);
            }
            return new TokenVectorEmbedder(vectors);
        } catch (IOException | RuntimeException e) {
            throw new EmbedderUnavailable("the text embedding table cannot be read", e);
        }
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public int batchSize() {
        return CHUNK;
    }

    /** On every core. */
    @Override
    public List<float[]> embedBatch(List<String> batch) {
        float[][] embedded = new float[batch.size()][];
        IntStream.range(0, batch.size()).parallel().forEach(i -> embedded[i] = vectors.embed(batch.get(i)));
        return List.of(embedded);
    }
}
