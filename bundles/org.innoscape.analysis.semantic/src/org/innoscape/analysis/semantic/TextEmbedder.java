package org.innoscape.analysis.semantic;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/** Turns texts into unit vectors whose dot product says how alike they are in meaning. */
public interface TextEmbedder {

    /** Names the model and recipe: vectors cached by another embedder are never reused. */
    String modelId();

    int dimensions();

    /**
     * Embeds texts, in order.
     *
     * @param progress told how many texts are done, now and then
     * @param cancelled asked now and then; when it answers true, returns what is done so far
     */
    List<float[]> embed(List<String> texts, IntConsumer progress, BooleanSupplier cancelled);
}
