package org.innoscape.benchmarks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.duplication.core.DetectionSettings;
import org.innoscape.analysis.duplication.DuplicateDetector;
import org.innoscape.analysis.duplication.SimilarPair;
import org.innoscape.model.PolicyInitiative;

/**
 * (1) On a 10,000-initiative register, in the same run: brute-force scoring of all pairs, then
 * blocking; recall of blocking against brute force, and both times. (2) Blocking on a
 * 100,000-initiative register: time and live heap. Registers have 5 % planted paraphrased duplicates.
 * (3) With "semantic=N" as third argument: words alone against meaning too (token vectors, and the sentence model up to
 * semantic-limit) on a register of N.
 * Run: ./mvnw -B verify -Pbenchmark -DskipTests (see docs/performance.md).
 */
public final class DuplicationBenchmark {

    public static void main(String[] args) {
        int sample = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int large = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        if (args.length > 2 && args[2].startsWith("semantic=")) {
            System.out.println(semantic(Integer.parseInt(args[2].substring(9))));
            return;
        }
        System.out.println(recall(sample));
        System.out.println(scale(large, true));
    }

    /**
     * Similarity of meaning on our generator: planted pairs found with words alone and with meaning too,
     * and how many pairs classed duplication are planted. Embeddings are cached in the temp folder, so a
     * second run measures a warm cache. Needs the semantic bundle and its lib/*.jar on the class path.
     */
    static String semantic(int size) {
        SyntheticRegisters.Register register = SyntheticRegisters.generate(size, 0.05, 7);
        List<PolicyInitiative> initiatives = register.model().getInitiatives();
        java.nio.file.Path cacheBeside = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "synthetic-" + size + ".innoscape");
        StringBuilder out = new StringBuilder();
        // The sentence model only where auto would use it: beyond, it takes many minutes here.
        List<DetectionSettings.Meaning> modes = size <= DetectionSettings.defaults().semanticLimit()
                ? List.of(DetectionSettings.Meaning.LEXICAL, DetectionSettings.Meaning.TOKEN_VECTORS, DetectionSettings.Meaning.SEMANTIC)
                : List.of(DetectionSettings.Meaning.LEXICAL, DetectionSettings.Meaning.TOKEN_VECTORS);
        for (DetectionSettings.Meaning mode : modes) {
            long t0 = System.nanoTime();
            DuplicateDetector.Detection detection = new DuplicateDetector(DetectionSettings.defaults().withMeaning(mode))
                    .detectCounting(initiatives, cacheBeside, new NullProgressMonitor());
            double seconds = (System.nanoTime() - t0) / 1e9;
            Set<String> found = keys(detection.pairs());
            Set<String> planted = new HashSet<>();
            register.planted().forEach(p -> planted.add(key(initiatives.get(p[0]), initiatives.get(p[1]))));
            long plantedFound = planted.stream().filter(found::contains).count();
            List<SimilarPair> duplication = detection.pairs().stream()
                    .filter(p -> p.overlapClass() == org.innoscape.analysis.duplication.core.OverlapClass.DUPLICATION).toList();
            long trueDuplication = duplication.stream().filter(p -> planted.contains(key(p.first(), p.second()))).count();
            out.append(String.format("duplication on our generator, %s, %,d initiatives: %.1f s (embedding %.1f s, %,d embedded), "
                    + "%,d pairs; planted found %d of %d (recall %.3f); classed duplication %d, of which planted %d (precision %.2f)%s%n",
                    mode.name().toLowerCase(java.util.Locale.ROOT), size, seconds, detection.embeddingSeconds(), detection.embedded(),
                    detection.pairs().size(), plantedFound, planted.size(), plantedFound / (double) planted.size(), duplication.size(),
                    trueDuplication, trueDuplication / (double) Math.max(1, duplication.size()),
                    detection.meaningNote() == null ? "" : "; " + detection.meaningNote()));
        }
        return out.toString().strip();
    }

    /** The figures of the recall comparison. */
    record Recall(int size, double bruteSeconds, int brutePairs, double blockedSeconds, int blockedPairs, double recall,
            long plantedFound, int planted) {
        @Override
        public String toString() {
            return String.format("duplication recall, %,d initiatives: brute force %.1f s (%,d pairs above threshold), index %.1f s "
                    + "(%,d pairs); recall %.3f; speed-up %.1fx; planted duplicates found %d of %d", size, bruteSeconds, brutePairs,
                    blockedSeconds, blockedPairs, recall, bruteSeconds / Math.max(1e-9, blockedSeconds), plantedFound, planted);
        }
    }

    static Recall recall(int size) {
        SyntheticRegisters.Register register = SyntheticRegisters.generate(size, 0.05, 5);
        List<PolicyInitiative> initiatives = register.model().getInitiatives();
        DetectionSettings settings = DetectionSettings.defaults();
        long t0 = System.nanoTime();
        List<SimilarPair> exhaustive = new DuplicateDetector(settings.exhaustive()).detect(initiatives, new NullProgressMonitor());
        long t1 = System.nanoTime();
        List<SimilarPair> blocked = new DuplicateDetector(settings.blocked()).detect(initiatives, new NullProgressMonitor());
        long t2 = System.nanoTime();
        Set<String> found = keys(blocked);
        long recalled = keys(exhaustive).stream().filter(found::contains).count();
        long plantedFound = register.planted().stream()
                .filter(p -> found.contains(key(initiatives.get(p[0]), initiatives.get(p[1])))).count();
        return new Recall(size, (t1 - t0) / 1e9, exhaustive.size(), (t2 - t1) / 1e9, blocked.size(),
                exhaustive.isEmpty() ? 1.0 : (double) recalled / exhaustive.size(), plantedFound, register.planted().size());
    }

    static String scale(int size, boolean compareWithExactIndex) {
        SyntheticRegisters.Register register = SyntheticRegisters.generate(size, 0.05, 6);
        List<PolicyInitiative> initiatives = register.model().getInitiatives();
        System.gc();
        long before = usedHeap();
        long t0 = System.nanoTime();
        List<SimilarPair> pairs = new DuplicateDetector(DetectionSettings.defaults().blocked()).detect(initiatives, new NullProgressMonitor());
        long t1 = System.nanoTime();
        long peak = usedHeap();
        Set<String> found = keys(pairs);
        long plantedFound = register.planted().stream()
                .filter(p -> found.contains(key(initiatives.get(p[0]), initiatives.get(p[1])))).count();
        String exact = "";
        if (compareWithExactIndex) {
            long t2 = System.nanoTime();
            Set<String> all = keys(new DuplicateDetector(DetectionSettings.defaults().exactIndex())
                    .detect(initiatives, new NullProgressMonitor()));
            long t3 = System.nanoTime();
            exact = String.format("; against the exact index (every list searched, %.1f s, %,d pairs) recall %.3f", (t3 - t2) / 1e9,
                    all.size(), all.stream().filter(found::contains).count() / (double) Math.max(1, all.size()));
        }
        return String.format("duplication at scale, %,d initiatives: %.1f s wall, %,d pairs, planted found %d of %d; heap used "
                + "before %,d MB and after %,d MB (max %,d MB)%s", size, (t1 - t0) / 1e9, pairs.size(), plantedFound,
                register.planted().size(), before / 1_000_000, peak / 1_000_000, Runtime.getRuntime().maxMemory() / 1_000_000, exact);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static Set<String> keys(List<SimilarPair> pairs) {
        Set<String> keys = new HashSet<>();
        pairs.forEach(p -> keys.add(key(p.first(), p.second())));
        return keys;
    }

    private static String key(PolicyInitiative a, PolicyInitiative b) {
        return a.getId().compareTo(b.getId()) < 0 ? a.getId() + "|" + b.getId() : b.getId() + "|" + a.getId();
    }

    private DuplicationBenchmark() {
    }
}
