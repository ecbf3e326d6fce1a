package org.innoscape.analysis.semantic;

import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings computed in this process: the quantised all-MiniLM-L6-v2 model (384 dimensions,
 * unit length, so a dot product is a cosine) through ONNX Runtime, by way of langchain4j. Loading
 * needs ONNX Runtime's and the tokenizer's native libraries for this platform; when they cannot load,
 * {@link #load()} says why instead of failing later. Between 10 and 20 ms per description on two cores: the
 * better judge of short paraphrases, affordable for registers of thousands (see {@link TokenVectorEmbedder}
 * for larger ones).
 */
public final class SentenceEmbedder implements TextEmbedder {
    /** Names the model and its packaging: cached vectors of another model are never reused. */
    public static final String MODEL_ID = "all-MiniLM-L6-v2-q (langchain4j-embeddings 1.19.0-beta29)";
    public static final int DIMENSIONS = 384;
    private static final int BATCH = 64;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model;

    private SentenceEmbedder(AllMiniLmL6V2QuantizedEmbeddingModel model) {
        this.model = model;
    }

    /**
     * Loads the model. Native libraries are unpacked and loaded here.
     *
     * @throws EmbedderUnavailable with the reason when this platform cannot run it
     */
    public static SentenceEmbedder load() throws EmbedderUnavailable {
        try {
            SentenceEmbedder embedder = new SentenceEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel());
            embedder.embed(List.of("warm-up"), done -> { }, () -> false);
            return embedder;
        } catch (RuntimeException | LinkageError e) {
            throw new EmbedderUnavailable("the sentence-embedding model cannot run on this platform", e);
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
        return BATCH;
    }

    @Override
    public List<float[]> embedBatch(List<String> batch) {
        return model.embedAll(batch.stream().map(t -> TextSegment.from(t.isBlank() ? "-" : t)).toList()).content().stream()
                .map(Embedding::vector).toList();
    }
}
