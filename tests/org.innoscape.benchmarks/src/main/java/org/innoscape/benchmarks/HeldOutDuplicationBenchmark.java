package org.innoscape.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.duplication.core.DetectionSettings;
import org.innoscape.analysis.duplication.DuplicateDetector;
import org.innoscape.analysis.duplication.SimilarPair;
import org.innoscape.io.ImportResult;
import org.innoscape.io.RegisterImporter;
import org.innoscape.io.RegisterReader;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.build.DefaultTemplate;

/**
 * Duplicate recall on registers we did not write: a folder made by tests/heldout/generate_registers.py
 * (initiatives.csv, actors.csv, planted_pairs.csv) is imported like a user's register, then the
 * detector runs with the default settings and (when asked) others. Recall is the share of planted pairs reported, matched by the register's own ids.
 * Run: java -cp ... org.innoscape.benchmarks.HeldOutDuplicationBenchmark FOLDER [blocking=TERMS:MAXBLOCK:CANDIDATES[:MAXPOSTING]...]
 * [exact] [exhaustive] [semantic] [param=KEY=VALUE...] [changed=SHARE] [noceiling]: text=lexical unless semantic is given (then embeddings are cached in FOLDER; put the
 * semantic bundle's lib/*.jar on the class path); besides the defaults, other blocking settings, the exact index with every list searched
 * (every pair reaching min-text), every pair compared (the lexical ceiling; slow beyond 20,000), and a re-analysis after
 * changing that share of the descriptions (a warm cache). {@code noceiling} leaves out the planted pairs scored directly (a
 * profile of the detections alone).
 */
public final class HeldOutDuplicationBenchmark {

    /** A model file in the register's folder, never written: embeddings are cached beside it, so a second run is warm. */
    private static Path cacheBeside;
    /** Pairs labelled not duplicates, as keys ({@link #key}); empty when the register has none. */
    private static Set<String> negatives;
    /** Where the default run's pairs are written (dump=FILE), one row each with its parts and whether it was planted; or null. */
    private static Path dump;

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        cacheBeside = folder.resolve("register.innoscape");
        for (String arg : args) {
            if (arg.startsWith("dump=")) {
                dump = Path.of(arg.substring(5));
            }
        }
        boolean exhaustive = List.of(args).contains("exhaustive");
        ImportResult imported = new RegisterImporter(new RegisterImporter.Options(true)).apply(DefaultTemplate.create("Held out"),
                RegisterReader.readAll(List.of(folder.resolve("actors.csv"), folder.resolve("initiatives.csv"))));
        if (!imported.succeeded()) {
            throw new IllegalStateException("the held-out register does not import: " + imported.fatalProblems().stream().limit(5).toList());
        }
        List<PolicyInitiative> initiatives = imported.model().getInitiatives();
        List<String[]> planted = Files.readAllLines(folder.resolve("planted_pairs.csv")).stream().skip(1)
                .map(line -> line.split(",")).toList();
        // Pairs known not to be duplicates, when the register comes with them: a labelled corpus's negatives
        // (tests/heldout/real) or a generator's hard negatives (tests/heldout/sixth).
        negatives = new HashSet<>();
        for (String name : List.of("labelled_negatives.csv", "hard_negatives.csv")) {
            if (Files.exists(folder.resolve(name))) {
                Files.readAllLines(folder.resolve(name)).stream().skip(1).map(line -> line.split(","))
                        .forEach(p -> negatives.add(key(p[0], p[1])));
            }
        }
        Map<String, String> given = new HashMap<>();
        given.put("text", List.of(args).contains("semantic") ? "semantic" : "lexical");
        for (String arg : args) {
            if (arg.startsWith("param=")) {
                String[] keyValue = arg.substring(6).split("=", 2);
                given.put(keyValue[0], keyValue[1]);
            }
        }
        DetectionSettings defaults = DetectionSettings.of(given);
        // The default run comes first so that, with an empty cache, it measures a first analysis (embedding included).
        System.out.println(measure("default", initiatives, planted, defaults));
        if (!List.of(args).contains("noceiling")) {
            System.out.println(ceiling(initiatives, planted, defaults));
        }
        for (int i = 1; i < args.length; i++) {
            if (args[i].matches("blocking=\\d+:\\d+:\\d+(:\\d+)?")) {
                int[] v = java.util.Arrays.stream(args[i].substring(9).split(":")).mapToInt(Integer::parseInt).toArray();
                DetectionSettings blocking = defaults.withBlocking(v[0], v[1], v[2]);
                if (v.length > 3) {
                    blocking = blocking.withMaxPosting(v[3]);
                }
                System.out.println(measure(args[i], initiatives, planted, blocking));
            }
        }
        if (List.of(args).contains("exact")) {
            System.out.println(measure("exact index, every list", initiatives, planted, defaults.exactIndex()));
        }
        if (exhaustive) {
            System.out.println(measure("every pair", initiatives, planted, defaults.exhaustive()));
        }
        for (String arg : args) {
            if (arg.startsWith("changed=")) {
                // A re-analysis after editing a share of the descriptions: only they are embedded again.
                double share = Double.parseDouble(arg.substring(8));
                int step = (int) Math.round(1 / share);
                for (int i = 0; i < initiatives.size(); i += step) {
                    initiatives.get(i).setDescription(initiatives.get(i).getDescription() + " Revised in the latest register.");
                }
                System.out.println(measure("after changing " + arg.substring(8) + " of the descriptions", initiatives, planted, defaults));
            }
        }
    }

    private static String measure(String mode, List<PolicyInitiative> initiatives, List<String[]> planted, DetectionSettings settings) {
        long start = System.nanoTime();
        DuplicateDetector.Detection detection = new DuplicateDetector(settings).detectCounting(initiatives, cacheBeside,
                new NullProgressMonitor());
        List<SimilarPair> pairs = detection.pairs();
        double seconds = (System.nanoTime() - start) / 1e9;
        Set<String> reported = new HashSet<>();
        Map<String, Integer> byClass = new HashMap<>();
        Set<String> plantedKeys = new HashSet<>();
        planted.forEach(p -> plantedKeys.add(key(p[0], p[1])));
        int duplicationTrue = 0;
        for (SimilarPair pair : pairs) {
            String key = key(registerId(pair.first()), registerId(pair.second()));
            reported.add(key);
            byClass.merge(pair.overlapClass().name(), 1, Integer::sum);
            if (pair.overlapClass() == org.innoscape.analysis.duplication.core.OverlapClass.DUPLICATION && plantedKeys.contains(key)) {
                duplicationTrue++;
            }
        }
        long found = planted.stream().filter(p -> reported.contains(key(p[0], p[1]))).count();
        if (dump != null && mode.equals("default")) {
            writeDump(pairs, plantedKeys);
        }
        System.out.printf("  of the pairs classed duplication, %d are planted duplicates (precision %.2f)%n", duplicationTrue,
                duplicationTrue / (double) Math.max(1, byClass.getOrDefault("DUPLICATION", 0)));
        if (!negatives.isEmpty()) {
            long negativesReported = negatives.stream().filter(reported::contains).count();
            long negativesClassed = pairs.stream().filter(pair -> pair.overlapClass() == org.innoscape.analysis.duplication.core.OverlapClass.DUPLICATION
                    && negatives.contains(key(registerId(pair.first()), registerId(pair.second())))).count();
            System.out.printf("  of %d pairs labelled not duplicates, %d reported, %d classed duplication%n", negatives.size(), negativesReported,
                    negativesClassed);
        }
        if (detection.meaningNote() != null) {
            System.out.println("  " + detection.meaningNote());
        }
        if (settings.usesMeaning()) {
            System.out.printf("  embedding: %,d descriptions embedded in %.1f s, %,d from the cache%n", detection.embedded(),
                    detection.embeddingSeconds(), initiatives.size() - detection.embedded());
        }
        if (detection.nearestSearched() >= 0) {
            System.out.printf("  nearest in meaning: searched for %,d descriptions, %,d remembered from the last run%n", detection.nearestSearched(),
                    initiatives.size() - detection.nearestSearched());
        }
        return String.format("held-out duplication (%s), %,d initiatives: %.1f s, %,d candidates scored, up to %,d skipped, %,d pairs reported %s, "
                + "planted found %d of %d (recall %.3f)", mode, initiatives.size(), seconds, detection.candidatesScored(),
                detection.candidatesSkipped(), pairs.size(), byClass, found, planted.size(), (double) found / planted.size());
    }

    /**
     * The all-pairs ceiling without comparing all pairs: whether a pair is reported depends on the pair
     * alone (given the register's text weights), so scoring just the planted pairs says how many comparing
     * every pair would find.
     */
    private static String ceiling(List<PolicyInitiative> initiatives, List<String[]> planted, DetectionSettings settings) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < initiatives.size(); i++) {
            index.put(registerId(initiatives.get(i)), i);
        }
        List<int[]> pairs = planted.stream().filter(p -> index.containsKey(p[0]) && index.containsKey(p[1]))
                .map(p -> new int[] {index.get(p[0]), index.get(p[1])}).toList();
        int found = new DuplicateDetector(settings).scoreOnly(initiatives, cacheBeside, pairs).size();
        return String.format("held-out duplication (all-pairs ceiling: planted pairs scored directly), %,d initiatives: %d of %d (recall %.3f)",
                initiatives.size(), found, planted.size(), (double) found / planted.size());
    }

    private static void writeDump(List<SimilarPair> pairs, Set<String> plantedKeys) {
        List<String> fields = org.innoscape.analysis.duplication.core.PairScore.FIELDS;
        List<String> lines = new java.util.ArrayList<>();
        lines.add("first,second,class,planted,total," + String.join(",", fields));
        for (SimilarPair pair : pairs) {
            String first = registerId(pair.first());
            String second = registerId(pair.second());
            StringBuilder line = new StringBuilder(first + "," + second + "," + pair.overlapClass() + ","
                    + plantedKeys.contains(key(first, second)) + "," + pair.score().total());
            for (String field : fields) {
                line.append(',').append(pair.score().part(field));
            }
            lines.add(line.toString());
        }
        try {
            Files.write(dump, lines);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The id the register gave: the external id, or the element id where the register's id was a UUID. */
    private static String registerId(PolicyInitiative initiative) {
        return initiative.getExternalId() != null ? initiative.getExternalId() : initiative.getId();
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a;
    }

    private HeldOutDuplicationBenchmark() {
    }
}
