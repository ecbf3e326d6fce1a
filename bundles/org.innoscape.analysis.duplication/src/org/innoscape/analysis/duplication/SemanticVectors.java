package org.innoscape.analysis.duplication;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.innoscape.analysis.semantic.SentenceEmbedder;
import org.innoscape.analysis.semantic.TextEmbeddings;

/**
 * Sentence embeddings of initiatives' names and descriptions, when the semantic bundle and its native
 * libraries are there; otherwise none, with the reason. The only class that touches the semantic
 * bundle (an optional dependency): its references to that bundle sit in a nested class that is loaded
 * only when meaning is asked for, so that without the bundle nothing else fails to load.
 *
 * @param vectors unit vectors, one per initiative, or null in lexical mode
 * @param note    what a report should say about it (why meaning was not compared, or that the cache could not be
 *                kept), or null
 * @param embedded how many texts were embedded now, the rest coming from the cache
 * @param seconds  the time spent embedding
 */
record SemanticVectors(float[][] vectors, String note, int embedded, double seconds) {

    static SemanticVectors none(String note) {
        return new SemanticVectors(null, note, 0, 0);
    }

    static SemanticVectors of(List<String> texts, Path modelFile, IProgressMonitor monitor) {
        try {
            return Loaded.embed(texts, modelFile, monitor);
        } catch (LinkageError e) {
            return none("Similarity of meaning was not used: the semantic component is not installed (" + e.getClass().getSimpleName()
                    + "); scores use word similarity only.");
        }
    }

    /** Loaded only when called, so that a missing semantic bundle shows as a LinkageError above. */
    private static final class Loaded {
        /** Loaded once per session: the model takes a second to load and its native libraries cannot be loaded twice. */
        private static SentenceEmbedder embedder;
        private static String unavailable;

        static synchronized SentenceEmbedder embedder() {
            if (embedder == null && unavailable == null) {
                try {
                    embedder = SentenceEmbedder.load();
                } catch (SentenceEmbedder.EmbedderUnavailable e) {
                    unavailable = e.getMessage();
                }
            }
            return embedder;
        }

        static SemanticVectors embed(List<String> texts, Path modelFile, IProgressMonitor monitor) {
            SentenceEmbedder model = embedder();
            if (model == null) {
                return none("Similarity of meaning was not used: " + unavailable + "; scores use word similarity only.");
            }
            SubMonitor progress = SubMonitor.convert(monitor, "Embedding descriptions", texts.size());
            int[] done = {0};
            TextEmbeddings.Result result = TextEmbeddings.of(model, texts,
                    modelFile, count -> {
                        progress.worked(count - done[0]);
                        done[0] = count;
                        progress.subTask(String.format(Locale.ROOT, "Embedding descriptions: %,d done", count));
                    }, monitor::isCanceled);
            if (result == null) {
                throw new OperationCanceledException();
            }
            // The time is shown as progress; a report only hears of the cache when it could not be kept.
            String note = result.cacheProblem() == null ? null : "Similarity of meaning was used, but " + result.cacheProblem()
                    + ": the next analysis embeds every description again.";
            return new SemanticVectors(result.vectors().toArray(float[][]::new), note, result.embedded(), result.seconds());
        }
    }
}
