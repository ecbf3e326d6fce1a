package org.innoscape.analysis.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/** Turns texts into unit vectors whose dot product says how alike they are in meaning. */
public interface TextEmbedder {

    /** Names the model and recipe: vectors cached by another embedder are never reused. */
    String modelId();

    int dimensions();

    /** How many texts {@link #embedBatch} takes at once. */
    int batchSize();

    /** The vectors of a batch of texts, in order. */
    List<float[]> embedBatch(List<String> batch);

    /**
     * Embeds texts, in order, a batch at a time.
     *
     * @param progress told how many texts are done after each batch
     * @param cancelled asked between batches; when it answers true, returns what is done so far
     */
    default List<float[]> embed(List<String> texts, IntConsumer progress, BooleanSupplier cancelled) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int start = 0; start < texts.size() && !cancelled.getAsBoolean(); start += batchSize()) {
            vectors.addAll(embedBatch(texts.subList(start, Math.min(texts.size(), start + batchSize()))));
            progress.accept(vectors.size());
        }
        return vectors;
    }
}
