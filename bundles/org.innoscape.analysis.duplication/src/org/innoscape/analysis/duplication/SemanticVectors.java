package org.innoscape.analysis.duplication;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.innoscape.analysis.semantic.EmbedderUnavailable;
import org.innoscape.analysis.semantic.SentenceEmbedder;
import org.innoscape.analysis.semantic.TextEmbedder;
import org.innoscape.analysis.semantic.TextEmbeddings;
import org.innoscape.analysis.semantic.TokenVectorEmbedder;

/**
 * Embeddings of initiatives' names and descriptions, by the sentence model or the token vectors distilled
 * from it, when the semantic bundle is there; otherwise none, with the reason. The sentence model needs
 * native libraries: where they cannot load, the token vectors (plain Java) stand in, and the report says
 * so. The only class that touches the semantic bundle (an optional dependency): its references to that
 * bundle sit in a nested class that is loaded only when meaning is asked for, so that without the bundle
 * nothing else fails to load.
 *
 * @param vectors unit vectors, one per initiative, or null in lexical mode
 * @param note    what a report should say about it (how meaning was compared when not as asked, or that the cache
 *                could not be kept), or null
 * @param embedded how many texts were embedded now, the rest coming from the cache
 * @param seconds  the time spent embedding
 */
record SemanticVectors(float[][] vectors, String note, int embedded, double seconds) {
    /** How a note that meaning was not compared begins. */
    static final String NOT_USED = "Similarity of meaning was not used: ";
    /** How a note that meaning was compared by token vectors instead of the sentence model begins. */
    static final String BY_TOKEN_VECTORS = "Similarity of meaning was compared with token vectors, not the sentence model: ";

    static SemanticVectors none(String note) {
        return new SemanticVectors(null, note, 0, 0);
    }

    /**
     * @param sentenceModel whether the sentence model is asked for (else the token vectors)
     * @param whyTokenVectors why the settings chose token vectors, for the report, or null when asked for them
     */
    static SemanticVectors of(List<String> texts, Path modelFile, boolean sentenceModel, String whyTokenVectors, DetectionWork work,
            IProgressMonitor monitor) {
        try {
            return Loaded.embed(texts, modelFile, sentenceModel, whyTokenVectors, work, monitor);
        } catch (LinkageError e) {
            return none(NOT_USED + "the semantic component is not installed (" + e.getClass().getSimpleName()
                    + "); scores use word similarity only.");
        }
    }

    /** Loaded only when called, so that a missing semantic bundle shows as a LinkageError above. */
    private static final class Loaded {
        /** Each loaded once per session: the model takes a second to load and its native libraries cannot be loaded twice. */
        private static final Loading SENTENCE_MODEL = new Loading(SentenceEmbedder::load);
        private static final Loading TOKEN_VECTORS = new Loading(TokenVectorEmbedder::load);

        /** An embedder loaded on first use, or why it could not be. */
        private static final class Loading {
            private final Loader loader;
            private TextEmbedder embedder;
            private String problem;

            Loading(Loader loader) {
                this.loader = loader;
            }

            synchronized TextEmbedder embedder() {
                if (embedder == null && problem == null) {
                    try {
                        embedder = loader.load();
                    } catch (EmbedderUnavailable e) {
                        problem = e.getMessage();
                    }
                }
                return embedder;
            }

            synchronized String problem() {
                return problem;
            }
        }

        private interface Loader {
            TextEmbedder load() throws EmbedderUnavailable;
        }

        /**
         * The chosen embedder's work done in slices where {@code work} sends them: each place loads the same
         * embedder (once per JVM) and embeds its slice, so the vectors are the ones it would give here.
         */
        private static final class SlicedEmbedder implements TextEmbedder {
            private final TextEmbedder here;
            private final boolean sentenceModel;
            private final DetectionWork work;

            SlicedEmbedder(TextEmbedder here, boolean sentenceModel, DetectionWork work) {
                this.here = here;
                this.sentenceModel = sentenceModel;
                this.work = work;
            }

            @Override
            public String modelId() {
                return here.modelId();
            }

            @Override
            public int dimensions() {
                return here.dimensions();
            }

            @Override
            public int batchSize() {
                return here.batchSize();
            }

            @Override
            public List<float[]> embedBatch(List<String> batch) {
                boolean model = sentenceModel; // the task holds this flag only, never the embedder
                return work.inSlices(batch, here.batchSize(), slice -> {
                    TextEmbedder there = (model ? SENTENCE_MODEL : TOKEN_VECTORS).embedder();
                    if (there == null) {
                        throw new IllegalStateException("the text embedder cannot be loaded here: "
                                + (model ? SENTENCE_MODEL : TOKEN_VECTORS).problem());
                    }
                    return there.embed(slice, done -> { }, () -> false);
                });
            }

            @Override
            public List<float[]> embed(List<String> texts, java.util.function.IntConsumer progress, java.util.function.BooleanSupplier cancelled) {
                List<float[]> vectors = embedBatch(texts);
                progress.accept(vectors.size());
                return vectors;
            }
        }

        static SemanticVectors embed(List<String> texts, Path modelFile, boolean wantSentenceModel, String whyTokenVectors,
                DetectionWork work, IProgressMonitor monitor) {
            TextEmbedder embedder = wantSentenceModel ? SENTENCE_MODEL.embedder() : null;
            boolean bySentenceModel = embedder != null;
            String note = wantSentenceModel ? null : whyTokenVectors;
            if (embedder == null) {
                embedder = TOKEN_VECTORS.embedder();
                if (wantSentenceModel) {
                    note = SENTENCE_MODEL.problem();
                }
            }
            if (embedder == null) {
                return none(NOT_USED + (wantSentenceModel ? SENTENCE_MODEL.problem() + ", and " : "") + TOKEN_VECTORS.problem()
                        + "; scores use word similarity only.");
            }
            if (embedder != null && work != DetectionWork.ON_THIS_MACHINE) {
                embedder = new SlicedEmbedder(embedder, bySentenceModel, work);
            }
            SubMonitor progress = SubMonitor.convert(monitor, "Embedding descriptions", texts.size());
            int[] done = {0};
            TextEmbeddings.Result result = TextEmbeddings.of(embedder, texts, modelFile, count -> {
                progress.worked(count - done[0]);
                done[0] = count;
                progress.subTask(String.format(Locale.ROOT, "Embedding descriptions: %,d done", count));
            }, monitor::isCanceled);
            if (result == null) {
                throw new OperationCanceledException();
            }
            // The time is shown as progress; a report hears of the engine only when it is not the one asked for, and of the
            // cache only when it could not be kept.
            String said = note == null ? null : BY_TOKEN_VECTORS + note + ".";
            if (result.cacheProblem() != null) {
                said = (said == null ? "" : said + " ") + "Similarity of meaning was used, but " + result.cacheProblem()
                        + ": the next analysis embeds every description again.";
            }
            return new SemanticVectors(result.vectors().toArray(float[][]::new), said, result.embedded(), result.seconds());
        }
    }
}
