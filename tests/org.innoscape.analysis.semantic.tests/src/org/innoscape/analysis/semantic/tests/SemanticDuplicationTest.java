package org.innoscape.analysis.semantic.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.Finding;
import org.innoscape.analysis.duplication.core.DetectionSettings;
import org.innoscape.analysis.duplication.DuplicateDetector;
import org.innoscape.analysis.duplication.DuplicationAnalysis;
import org.innoscape.analysis.semantic.EmbeddingCache;
import org.innoscape.analysis.semantic.SentenceEmbedder;
import org.innoscape.model.ActivityType;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.innoscape.model.persistence.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Similarity of meaning: paraphrases that share few words, the cache beside the model, and the words-only mode. */
class SemanticDuplicationTest {
    @TempDir
    Path folder;

    /** Two descriptions of one programme in different words (few shared terms), among unrelated programmes. */
    private static InnovationSystem paraphrases() {
        InnovationSystemBuilder b = new InnovationSystemBuilder("meaning", "Meaning");
        String[] background = {"Research grants for universities studying cancer screening.", "Leadership courses for senior nurses.",
            "Genome sequencing laboratories for rare diseases.", "A library of approved mental health apps for the public.",
            "Procurement reform so that hospitals buy together.", "Clinical trial set-up support for pharmaceutical companies.",
            "Advice on medical device regulation for start-ups.", "Population health analytics platform for local authorities."};
        for (int i = 0; i < background.length; i++) {
            b.initiative("bg" + i, "Programme " + i).setDescription(background[i]);
        }
        // One programme as its owner describes it and as a partner's register summarises it.
        PolicyInitiative full = b.initiative("a", "Self-management apps for glaucoma");
        full.setDescription("A programme to pilot and scale up self-management apps for glaucoma care in community pharmacies across "
                + "Kent, Surrey and Sussex; there is no grant funding, and the aim is to reduce waiting lists.");
        PolicyInitiative summary = b.initiative("b", "Eye health support programme");
        summary.setDescription("Self-management apps for glaucoma, trialled and then rolled out.");
        for (PolicyInitiative initiative : List.of(full, summary)) {
            initiative.getActivityTypes().add(ActivityType.NETWORKING_AND_BROKERAGE);
            initiative.setFundingRecipients(FundingRecipients.NONE);
        }
        return b.system();
    }

    private static List<Finding> run(InnovationSystem model, String text) {
        return AnalysisRunner.run(model, List.of(new DuplicationAnalysis()), Map.of("duplication.initiatives", Map.of("text", text)),
                new NullProgressMonitor()).findings();
    }

    @Test
    void aParaphraseSharingFewWordsIsFoundByMeaningNotByWords() {
        InnovationSystem model = paraphrases();
        PolicyInitiative a = model.getInitiatives().get(8);
        PolicyInitiative b = model.getInitiatives().get(9);
        assertTrue(run(model, "lexical").stream().noneMatch(f -> f.subjects().contains(a)), "words alone do not see it");
        Finding pair = run(model, "semantic").stream().filter(f -> f.subjects().equals(List.of(a, b))).findFirst()
                .orElseThrow(() -> new AssertionError(AnalysisRunner.run(model, List.of(new DuplicationAnalysis()),
                        Map.of("duplication.initiatives", Map.of("text", "semantic", "threshold", "0", "min-text", "0")),
                        new NullProgressMonitor()).findings().stream().filter(f -> f.subjects().equals(List.of(a, b))).toList()));
        double meaning = (Double) pair.data().get("meaning");
        assertTrue(meaning >= 0.8, "similarity of meaning " + meaning);
        assertTrue((Double) pair.data().get("text") < 0.5, "few shared words: " + pair.data());
        assertEquals(0.4, pair.data().get("meaning_weight"));
        assertTrue(pair.explanation().contains("similarity of meaning 0."), pair.explanation());
        List<Finding> withoutNeighbours = AnalysisRunner.run(model, List.of(new DuplicationAnalysis()),
                Map.of("duplication.initiatives", Map.of("text", "semantic", "neighbours", "0")), new NullProgressMonitor()).findings();
        assertTrue(withoutNeighbours.stream().noneMatch(f -> f.subjects().equals(List.of(a, b))),
                "meaning alone reports a pair only among each other's nearest");
    }

    /** Where candidates are left unscored, the finding that counts them also says how many nearest in meaning were compared. */
    @Test
    void theNearestComparedAreStatedWithTheCandidatesLeftUnscored() {
        InnovationSystemBuilder b = new InnovationSystemBuilder("look-alikes", "Look-alikes");
        for (int i = 0; i < 40; i++) {
            b.initiative("same" + i, "Regional programme " + i).setDescription("A regional programme that supports adoption of "
                    + "digital tools in hospitals, number " + i + ".");
        }
        InnovationSystem model = b.system();
        Finding skipped = AnalysisRunner.run(model, List.of(new DuplicationAnalysis()), Map.of("duplication.initiatives",
                Map.of("text", "token-vectors", "exhaustive-limit", "0", "max-candidates", "1", "neighbours", "3")), new NullProgressMonitor())
                .findings().stream().filter(f -> f.message().contains("not scored")).findFirst().orElseThrow();
        assertTrue(skipped.explanation().contains(", and with its 3 nearest in meaning."), skipped.explanation());
    }

    @Test
    void embeddingsAreUnitVectorsAndSimilarForSimilarSentences() throws Exception {
        SentenceEmbedder embedder = SentenceEmbedder.load();
        List<float[]> vectors = embedder.embed(List.of("Support for family doctors.", "Help for general practitioners.",
                "Sequencing genomes in laboratories."), done -> { }, () -> false);
        assertEquals(SentenceEmbedder.DIMENSIONS, vectors.get(0).length);
        assertEquals(1.0, dot(vectors.get(0), vectors.get(0)), 1e-3);
        assertTrue(dot(vectors.get(0), vectors.get(1)) > dot(vectors.get(0), vectors.get(2)) + 0.2, "closer in meaning, closer vectors");
    }

    /**
     * The vectors live beside the model, never in it: a second analysis embeds nothing, a changed
     * description is embedded again (and only it), and the model file is never touched.
     */
    @Test
    void theCacheBesideTheModelHoldsUnchangedTextsAndForgetsChangedOnes() throws Exception {
        Path file = folder.resolve("meaning.innoscape");
        new ModelStore().save(paraphrases(), file);
        byte[] saved = Files.readAllBytes(file);
        InnovationSystem model = new ModelStore().load(file);
        DetectionSettings semantic = DetectionSettings.defaults().withMeaning(DetectionSettings.Meaning.SEMANTIC);
        DuplicateDetector detector = new DuplicateDetector(semantic);

        var fresh = detector.detectCounting(model.getInitiatives(), file, new NullProgressMonitor());
        assertEquals(10, fresh.embedded());
        Path cache = EmbeddingCache.fileFor(file);
        assertEquals(folder.resolve(".meaning.embeddings"), cache);
        assertTrue(Files.size(cache) > 10 * SentenceEmbedder.DIMENSIONS * 2, "ten half-precision vectors");
        var cached = detector.detectCounting(model.getInitiatives(), file, new NullProgressMonitor());
        assertEquals(0, cached.embedded(), "all from the cache");
        assertEquals(scores(fresh.pairs()), scores(cached.pairs()), "the same scores from the cache as embedded afresh");
        assertEquals(scores(fresh.pairs()), scores(detector.detectCounting(model.getInitiatives(), null, new NullProgressMonitor()).pairs()),
                "and without a cache");

        model.getInitiatives().get(9).setDescription("Something else entirely: training in procurement law.");
        var changed = detector.detectCounting(model.getInitiatives(), file, new NullProgressMonitor());
        assertEquals(1, changed.embedded(), "only the changed description");
        assertTrue(changed.pairs().stream().noneMatch(p -> p.second() == model.getInitiatives().get(9)), "the new text is compared");
        assertArrayEquals(saved, Files.readAllBytes(file), "analysis never writes the model");
    }

    @Test
    void aDamagedCacheIsIgnoredAndRewritten() throws Exception {
        Path file = folder.resolve("damaged.innoscape");
        new ModelStore().save(paraphrases(), file);
        Files.writeString(EmbeddingCache.fileFor(file), "innoscape-embeddings/1 but not really");
        InnovationSystem model = new ModelStore().load(file);
        DuplicateDetector detector = new DuplicateDetector(DetectionSettings.defaults().withMeaning(DetectionSettings.Meaning.SEMANTIC));
        assertEquals(10, detector.detectCounting(model.getInitiatives(), file, new NullProgressMonitor()).embedded());
        assertEquals(0, detector.detectCounting(model.getInitiatives(), file, new NullProgressMonitor()).embedded());
    }

    /** A cache whose header claims more than the file holds (hostile or cut short) is ignored before anything is allocated. */
    @Test
    void aCacheHeaderIsNotTrusted() throws Exception {
        Path file = folder.resolve("hostile.innoscape");
        for (int[] header : new int[][] {{Integer.MAX_VALUE, Integer.MAX_VALUE}, {SentenceEmbedder.DIMENSIONS, 2_000_000_000},
            {SentenceEmbedder.DIMENSIONS, -1}}) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
                out.writeUTF("innoscape-embeddings/1");
                out.writeUTF(SentenceEmbedder.MODEL_ID);
                out.writeInt(header[0]);
                out.writeInt(header[1]);
                out.write(new byte[100]);
            }
            Files.write(EmbeddingCache.fileFor(file), bytes.toByteArray());
            assertEquals(0, EmbeddingCache.open(file, SentenceEmbedder.load()).size(), java.util.Arrays.toString(header));
        }
    }

    /** An unwritable cache costs time, not results, and the report says so. */
    @Test
    void aCacheThatCannotBeWrittenIsReportedNotFatal() throws Exception {
        Path file = folder.resolve("readonly.innoscape");
        new ModelStore().save(paraphrases(), file);
        Files.createDirectory(EmbeddingCache.fileFor(file)); // a folder where the cache file should be
        InnovationSystem model = new ModelStore().load(file);
        var detection = new DuplicateDetector(DetectionSettings.defaults().withMeaning(DetectionSettings.Meaning.SEMANTIC))
                .detectCounting(model.getInitiatives(), file, new NullProgressMonitor());
        assertNotNull(detection.meaningNote());
        assertTrue(detection.meaningNote().contains("could not be written"), detection.meaningNote());
        assertFalse(detection.pairs().isEmpty(), "the pair is still found");
    }

    /** Above semantic-limit, auto compares meaning by the token vectors (and says so); below it, by the sentence model, silently. */
    @Test
    void autoUsesTheSentenceModelUpToTheLimitAndTokenVectorsAbove() {
        InnovationSystem model = paraphrases();
        List<Finding> small = AnalysisRunner.run(model, List.of(new DuplicationAnalysis()),
                Map.of("duplication.initiatives", Map.of("semantic-limit", "100")), new NullProgressMonitor()).findings();
        assertTrue(small.stream().anyMatch(f -> f.data().containsKey("meaning")), "10 initiatives, limit 100: meaning compared");
        assertTrue(small.stream().noneMatch(f -> f.message().startsWith("Similarity of meaning")), small.toString());
        List<Finding> over = AnalysisRunner.run(model, List.of(new DuplicationAnalysis()),
                Map.of("duplication.initiatives", Map.of("semantic-limit", "5")), new NullProgressMonitor()).findings();
        assertTrue(over.stream().anyMatch(f -> f.message().equals("Similarity of meaning was compared with token vectors, not the sentence "
                + "model: the register has 10 initiatives, more than semantic-limit (5).")), over.toString());
        // Token vectors measure the glaucoma paraphrase lower (about 0.66) than the sentence model (above 0.8), yet it is
        // still the nearest in meaning of each.
        List<Finding> every = AnalysisRunner.run(model, List.of(new DuplicationAnalysis()), Map.of("duplication.initiatives",
                Map.of("semantic-limit", "5", "threshold", "0", "min-text", "0")), new NullProgressMonitor()).findings();
        PolicyInitiative a = model.getInitiatives().get(8);
        double nearest = every.stream().filter(f -> f.subjects().size() == 2 && f.subjects().contains(a))
                .mapToDouble(f -> (Double) f.data().get("meaning")).max().orElseThrow();
        Finding pair = every.stream().filter(f -> f.subjects().equals(List.of(a, model.getInitiatives().get(9)))).findFirst().orElseThrow();
        assertEquals(nearest, (Double) pair.data().get("meaning"), every.toString());
        assertTrue(nearest > 0.6 && nearest < 0.8, "token vectors: " + nearest);
    }

    /** The token vectors on their own: the cache keeps them apart from the sentence model's, and a paraphrase is still near. */
    @Test
    void tokenVectorsAreCachedApartFromTheSentenceModel() throws Exception {
        Path file = folder.resolve("tokens.innoscape");
        new ModelStore().save(paraphrases(), file);
        InnovationSystem model = new ModelStore().load(file);
        DuplicateDetector tokens = new DuplicateDetector(DetectionSettings.defaults().withMeaning(DetectionSettings.Meaning.TOKEN_VECTORS));
        assertEquals(10, tokens.detectCounting(model.getInitiatives(), file, new NullProgressMonitor()).embedded());
        assertEquals(0, tokens.detectCounting(model.getInitiatives(), file, new NullProgressMonitor()).embedded());
        DuplicateDetector sentences = new DuplicateDetector(DetectionSettings.defaults().withMeaning(DetectionSettings.Meaning.SEMANTIC));
        assertEquals(10, sentences.detectCounting(model.getInitiatives(), file, new NullProgressMonitor()).embedded(),
                "vectors of another embedder are never reused");
    }

    /** A register large enough for its nearest in meaning to be remembered: 10,000 programmes from a few word lists. */
    private static InnovationSystem large() {
        InnovationSystemBuilder b = new InnovationSystemBuilder("large", "Large");
        String[] what = {"digital", "community", "hospital", "primary care", "mental health", "maternity", "cancer", "diabetes", "stroke",
            "frailty", "dementia", "asthma", "eye care", "dental", "pharmacy", "social care"};
        String[] how = {"grants for", "training for", "a network of", "evaluation of", "procurement of", "spread of", "pilots of",
            "leadership for", "data sharing for", "apps for"};
        String[] who = {"clinicians", "patients", "carers", "start-ups", "managers", "commissioners", "researchers", "nurses"};
        String[] where = {"in the North East", "across London", "in Kent", "in Yorkshire", "nationally", "in the Midlands", "in Devon",
            "in Cumbria", "across the South West", "in Essex"};
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < org.innoscape.analysis.duplication.core.DuplicateFinder.REMEMBERED_FROM; i++) {
            String subject = what[random.nextInt(what.length)] + " " + what[random.nextInt(what.length)];
            b.initiative("p" + i, "Programme " + i + ": " + subject).setDescription(how[random.nextInt(how.length)] + " " + subject + " "
                    + who[random.nextInt(who.length)] + " " + where[random.nextInt(where.length)] + ", round " + random.nextInt(40) + ".");
        }
        return b.system();
    }

    /** Re-analysing a large model searches only the changed texts' nearest in meaning; a repeat searches none and finds the same. */
    @Test
    void theNearestInMeaningAreRememberedBesideALargeModel() throws Exception {
        Path file = folder.resolve("large.innoscape");
        new ModelStore().save(large(), file);
        InnovationSystem model = new ModelStore().load(file);
        DuplicateDetector detector = new DuplicateDetector(DetectionSettings.defaults().withMeaning(DetectionSettings.Meaning.TOKEN_VECTORS));
        var first = detector.detectCounting(model.getInitiatives(), file, new NullProgressMonitor());
        assertEquals(model.getInitiatives().size(), first.nearestSearched());
        assertTrue(Files.isRegularFile(folder.resolve(".large.neighbours")), "kept beside the model");
        var repeat = detector.detectCounting(model.getInitiatives(), file, new NullProgressMonitor());
        assertEquals(0, repeat.nearestSearched());
        assertEquals(scores(first.pairs()), scores(repeat.pairs()), "an unchanged model: the same pairs");

        for (int i = 0; i < 50; i++) {
            PolicyInitiative edited = model.getInitiatives().get(i * 200);
            edited.setDescription(edited.getDescription() + " Extended to a second year.");
        }
        var edited = detector.detectCounting(model.getInitiatives(), file, new NullProgressMonitor());
        assertEquals(50, edited.nearestSearched(), "only the edited texts are searched");
        assertEquals(null, edited.meaningNote());
        var fromScratch = detector.detectCounting(model.getInitiatives(), null, new NullProgressMonitor());
        assertEquals(-1, fromScratch.nearestSearched(), "no model file: nothing remembered");
        long shared = edited.pairs().stream().filter(p -> fromScratch.pairs().stream()
                .anyMatch(q -> q.first() == p.first() && q.second() == p.second())).count();
        assertTrue(shared >= 0.95 * fromScratch.pairs().size(), shared + " of " + fromScratch.pairs().size()
                + " pairs of an analysis from scratch found by the re-analysis");
    }

    private static double dot(float[] x, float[] y) {
        double sum = 0;
        for (int k = 0; k < x.length; k++) {
            sum += x[k] * y[k];
        }
        return sum;
    }

    private static List<Double> scores(List<org.innoscape.analysis.duplication.SimilarPair> pairs) {
        return pairs.stream().flatMap(p -> p.score().parts().stream().map(org.innoscape.analysis.duplication.core.PairScore.Part::value)).toList();
    }
}
