package org.innoscape.analysis.duplication;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.innoscape.analysis.duplication.core.DetectionSettings;
import org.innoscape.analysis.duplication.core.DuplicateFinder;
import org.innoscape.analysis.duplication.core.InitiativeRecord;
import org.innoscape.analysis.duplication.core.MeaningMemory;
import org.innoscape.analysis.duplication.core.ScoredPair;
import org.innoscape.model.PolicyInitiative;

/**
 * Finds similar initiatives of a model: embeds their texts when meaning is compared (cached beside the
 * model), turns them into plain records and leaves the detection to the shared core
 * ({@link DuplicateFinder}), the same code the Spark engine runs.
 */
public final class DuplicateDetector {
    private final DetectionSettings settings;
    private final DetectionWork work;

    public DuplicateDetector(DetectionSettings settings) {
        this(settings, DetectionWork.ON_THIS_MACHINE);
    }

    /** A detector whose embedding and scoring run where {@code work} puts them. */
    public DuplicateDetector(DetectionSettings settings, DetectionWork work) {
        this.settings = settings;
        this.work = work;
    }

    /**
     * What a detection found, how many candidate pairs it scored, and what its limits left unscored
     * (see {@link DuplicateFinder.Detection}); what a report should say about similarity of meaning (why
     * it was not used, or a cache that could not be kept), or null; and how many descriptions were
     * embedded now (not from the cache) and in how many seconds; for how many texts the nearest in meaning were
     * searched (the others' were remembered from the last detection, see {@link MeaningMemory}), or -1 when none were remembered;
     * how many initiatives were identical copies of another (compared once, linked in a chain).
     */
    public record Detection(List<SimilarPair> pairs, long candidatesScored, long skippedPostings, long skippedBlocks, long rankedOut,
            String meaningNote, int embedded, double embeddingSeconds, int nearestSearched, int identicalCopies) {
        public long candidatesSkipped() {
            return skippedPostings + skippedBlocks + rankedOut;
        }
    }

    public List<SimilarPair> detect(List<PolicyInitiative> initiatives, IProgressMonitor monitor) {
        return detectCounting(initiatives, null, monitor).pairs();
    }

    /**
     * Which of the given pairs (indexes into {@code initiatives}) would be reported if every pair were
     * compared (see {@link DuplicateFinder#scoreOnly}).
     */
    public List<SimilarPair> scoreOnly(List<PolicyInitiative> initiatives, Path modelFile, List<int[]> pairs) {
        List<InitiativeRecord> records = InitiativeRecords.of(initiatives);
        SemanticVectors meaning = meaning(records, modelFile, new NullProgressMonitor());
        return similar(initiatives, new DuplicateFinder(settings).scoreOnly(records, meaning.vectors(), pairs));
    }

    /**
     * Like {@link #detect}, with the counts a report states (nothing is skipped silently).
     *
     * @param modelFile the model's file, beside which embeddings are cached; null for no cache
     */
    public Detection detectCounting(List<PolicyInitiative> initiatives, Path modelFile, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        List<InitiativeRecord> records = InitiativeRecords.of(initiatives);
        SemanticVectors meaning = meaning(records, modelFile, progress.split(7));
        // Only a register large enough to remember for reads and writes the memory beside the model.
        MeaningMemory memory = modelFile == null || meaning.vectors() == null || settings.neighbours() == 0
                || records.size() < DuplicateFinder.REMEMBERED_FROM ? null : NeighbourFile.read(modelFile);
        DuplicateFinder.Detection found;
        try {
            found = new DuplicateFinder(settings).detect(records, meaning.vectors(), memory, monitor::isCanceled, work.ranges());
        } catch (CancellationException e) {
            throw new OperationCanceledException();
        }
        String note = meaning.note();
        String memoryProblem = memory == null ? null : NeighbourFile.write(modelFile, memory);
        if (memoryProblem != null) {
            note = (note == null ? "" : note + " ") + "Similarity of meaning was used, but " + memoryProblem;
        }
        return new Detection(similar(initiatives, found.pairs()), found.candidatesScored(), found.skippedPostings(), found.skippedBlocks(),
                found.rankedOut(), note, meaning.embedded(), meaning.seconds(), memory == null ? -1 : memory.searched(), found.identicalCopies());
    }

    private static List<SimilarPair> similar(List<PolicyInitiative> initiatives, List<ScoredPair> pairs) {
        return pairs.stream().map(p -> new SimilarPair(initiatives.get(p.first()), initiatives.get(p.second()), p.score(), p.overlapClass()))
                .toList();
    }

    /** Embeddings when the settings ask for meaning, by the engine they choose for a register of this size; otherwise none. */
    private SemanticVectors meaning(List<InitiativeRecord> initiatives, Path modelFile, IProgressMonitor monitor) {
        if (!settings.usesMeaning() || initiatives.size() < 2) {
            return SemanticVectors.none(null);
        }
        List<String> texts = initiatives.stream().map(InitiativeRecord::text).toList();
        boolean sentenceModel = settings.usesSentenceModel(initiatives.size());
        String why = settings.meaning() == DetectionSettings.Meaning.AUTO && !sentenceModel
                ? String.format(Locale.ROOT, "the register has %,d initiatives, more than semantic-limit (%,d)", initiatives.size(),
                        settings.semanticLimit())
                : null;
        return SemanticVectors.of(texts, modelFile, sentenceModel, why, work, monitor);
    }
}
