package org.innoscape.analysis.semantic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * The embeddings of a list of texts, from the cache beside the model where the text is unchanged and
 * from the model otherwise; the cache is then rewritten with exactly the current texts. Fresh vectors are
 * rounded as the cache stores them, with a cache or without, so the results never depend on whether a
 * vector came from the cache.
 */
public final class TextEmbeddings {

    /**
     * @param vectors  one unit vector per text, in order
     * @param embedded how many texts were embedded now (the rest came from the cache)
     * @param seconds  time spent embedding
     * @param cacheProblem why the cache could not be written, or null
     */
    public record Result(List<float[]> vectors, int embedded, double seconds, String cacheProblem) {
    }

    private TextEmbeddings() {
    }

    /**
     * @param model the model file whose cache to use, or null for none
     * @return null when cancelled
     */
    public static Result of(TextEmbedder embedder, List<String> texts, Path model, IntConsumer progress, BooleanSupplier cancelled) {
        EmbeddingCache cache = model == null ? null : EmbeddingCache.open(model, embedder);
        // On every core: a register of 100,000 texts took a second on one.
        List<String> fingerprints = texts.parallelStream().map(EmbeddingCache::fingerprint).toList();
        Map<String, float[]> known = new LinkedHashMap<>();
        List<String> missingTexts = new ArrayList<>();
        List<String> missingKeys = new ArrayList<>();
        Set<String> missing = new HashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            String key = fingerprints.get(i);
            float[] cached = cache == null ? null : cache.get(key);
            if (cached != null) {
                known.put(key, cached);
            } else if (missing.add(key)) {
                missingTexts.add(texts.get(i));
                missingKeys.add(key);
            }
        }
        long start = System.nanoTime();
        List<float[]> fresh = embedder.embed(missingTexts, progress, cancelled);
        if (fresh.size() < missingTexts.size()) {
            return null;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (int i = 0; i < fresh.size(); i++) {
            known.put(missingKeys.get(i), EmbeddingCache.asStored(fresh.get(i)));
        }
        String problem = null;
        if (cache != null && (!fresh.isEmpty() || cache.size() != known.size())) {
            try {
                cache.save(known);
            } catch (IOException e) {
                problem = "the embedding cache " + EmbeddingCache.fileFor(model) + " could not be written: " + e.getMessage();
            }
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        fingerprints.forEach(key -> vectors.add(known.get(key)));
        return new Result(vectors, fresh.size(), seconds, problem);
    }
}
