package org.innoscape.benchmarks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.duplication.DetectionSettings;
import org.innoscape.analysis.duplication.DuplicateDetector;
import org.innoscape.analysis.duplication.SimilarPair;
import org.innoscape.model.PolicyInitiative;

/**
 * (1) On a 10,000-initiative register, in the same run: brute-force scoring of all pairs, then
 * blocking; recall of blocking against brute force, and both times. (2) Blocking on a
 * 100,000-initiative register: time and live heap. Registers have 5 % planted paraphrased duplicates.
 * Run: ./mvnw -B verify -Pbenchmark -DskipTests (see docs/performance.md).
 */
public final class DuplicationBenchmark {

    public static void main(String[] args) {
        int sample = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int large = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        System.out.println(recall(sample));
        System.out.println(scale(large, true));
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
