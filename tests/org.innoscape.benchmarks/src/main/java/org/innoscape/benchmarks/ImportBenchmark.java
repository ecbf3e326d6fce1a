package org.innoscape.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.innoscape.io.ImportResult;
import org.innoscape.io.RegisterExporter;
import org.innoscape.io.RegisterImporter;
import org.innoscape.io.RegisterReader;
import org.innoscape.io.RegisterTable;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.build.DefaultTemplate;

/**
 * Imports a 100,000-row initiatives register (written by the exporter from a synthetic register),
 * once as CSV and once as an Excel workbook: reading and checking the file plus applying it to a
 * model, median of 3 after 1 warm-up. Run: ./mvnw -B verify -Pbenchmark -DskipTests (see
 * docs/performance.md).
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        if (args.length > 1 && args[1].equals("new-owners")) {
            Path folder = Files.createTempDirectory("innoscape-import");
            try {
                System.out.println(measureNewOwners(folder, rows));
            } finally {
                Files.deleteIfExists(folder.resolve("new-owners.csv"));
                Files.deleteIfExists(folder);
            }
            return;
        }
        System.out.println(run(rows));
    }

    static String run(int rows) throws Exception {
        Path folder = Files.createTempDirectory("innoscape-import");
        try {
            InnovationSystem register = SyntheticRegisters.generate(rows, 0.05, 9).model();
            RegisterExporter.writeCsv(register, folder);
            List<Path> csv = List.of(folder.resolve("actors.csv"), folder.resolve("initiatives.csv"));
            String csvLine = measure("CSV", csv, Files.size(folder.resolve("initiatives.csv")));
            Path workbook = RegisterExporter.writeXlsx(register, folder.resolve("registers.xlsx"));
            String xlsxLine = measure("XLSX", List.of(workbook), Files.size(workbook));
            String relationshipsLine = measureRelationships(folder, 5_000, rows);
            String ownersLine = measureNewOwners(folder, Math.min(rows, 40_000));
            return csvLine + System.lineSeparator() + xlsxLine + System.lineSeparator() + relationshipsLine + System.lineSeparator() + ownersLine;
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    private static String measure(String format, List<Path> files, long bytes) {
        double[] millis = new double[3];
        int imported = 0;
        for (int round = -1; round < 3; round++) {
            long start = System.nanoTime();
            List<RegisterTable> tables = RegisterReader.readAll(files);
            ImportResult result = new RegisterImporter(new RegisterImporter.Options(true)).apply(DefaultTemplate.create("Import benchmark"), tables);
            if (!result.succeeded()) {
                throw new IllegalStateException("import failed: " + result.fatalProblems().subList(0, Math.min(3, result.fatalProblems().size())));
            }
            if (round >= 0) {
                millis[round] = (System.nanoTime() - start) / 1e6;
            }
            imported = result.model().getInitiatives().size();
        }
        return String.format("register import (%s), %,d initiative rows (%.1f MB): median %.0f ms, worst %.0f ms", format, imported,
                bytes / 1e6, ModelPersistenceBenchmark.median(millis), ModelPersistenceBenchmark.max(millis));
    }

    /** {@code relationships} relationship rows among {@code actors} actors, every reference by name. */
    private static String measureRelationships(Path folder, int actors, int relationships) throws Exception {
        StringBuilder actorRows = new StringBuilder("id,name,kind,level\n");
        for (int a = 0; a < actors; a++) {
            actorRows.append("A").append(a).append(",Organisation number ").append(a).append(",arms-length-body,national\n");
        }
        String[] kinds = {"funds", "commissions", "regulates", "evaluates", "brokers", "partners-with", "supplies", "advises"};
        java.util.Random random = new java.util.Random(3);
        java.util.Set<String> seen = new java.util.HashSet<>();
        StringBuilder relationshipRows = new StringBuilder("source,target,kind,strength\n");
        while (seen.size() < relationships) {
            int source = random.nextInt(actors);
            int target = random.nextInt(actors);
            String kind = kinds[random.nextInt(kinds.length)];
            if (source != target && seen.add(source + "/" + kind + "/" + target)) {
                relationshipRows.append("Organisation number ").append(source).append(",Organisation number ").append(target).append(',')
                        .append(kind).append(',').append(1 + random.nextInt(5)).append('\n');
            }
        }
        Path actorFile = Files.writeString(folder.resolve("rel-actors.csv"), actorRows);
        Path relationshipFile = Files.writeString(folder.resolve("rel-relationships.csv"), relationshipRows);
        double[] millis = new double[3];
        for (int round = -1; round < 3; round++) {
            long start = System.nanoTime();
            ImportResult result = new RegisterImporter(new RegisterImporter.Options(false)).apply(DefaultTemplate.create("Relationships"),
                    RegisterReader.readAll(List.of(actorFile, relationshipFile)));
            if (!result.succeeded() || result.model().getRelationships().size() != relationships) {
                throw new IllegalStateException("relationship import failed: " + result.fatalProblems().stream().limit(3).toList());
            }
            if (round >= 0) {
                millis[round] = (System.nanoTime() - start) / 1e6;
            }
        }
        return String.format("register import (CSV), %,d relationship rows among %,d actors: median %.0f ms, worst %.0f ms", relationships,
                actors, ModelPersistenceBenchmark.median(millis), ModelPersistenceBenchmark.max(millis));
    }

    /**
     * {@code rows} initiative rows each naming a body of its own not in the model (a grants database: one grantee a grant), each
     * created with a warning; median of 3 after a warm-up.
     */
    static String measureNewOwners(Path folder, int rows) throws Exception {
        String[] words = {"Health", "Care", "Digital", "Community", "Trust", "Foundation", "Partners", "Network", "Research", "Solutions",
            "Medical", "Innovation", "Services", "Clinic", "Systems", "Analytics", "Wellbeing", "Alliance", "Labs", "Group"};
        java.util.Random random = new java.util.Random(5);
        StringBuilder register = new StringBuilder("id,name,owner\n");
        for (int row = 0; row < rows; row++) {
            String owner = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " "
                    + Integer.toString(row * 7919 % 1_000_003, 36) + " Ltd";
            register.append("G").append(row).append(",Grant ").append(row).append(',').append(owner).append('\n');
        }
        Path file = Files.writeString(folder.resolve("new-owners.csv"), register);
        double[] millis = new double[3];
        for (int round = -1; round < 3; round++) {
            long start = System.nanoTime();
            ImportResult result = new RegisterImporter(new RegisterImporter.Options(true)).apply(DefaultTemplate.create("New owners"),
                    RegisterReader.readAll(List.of(file)));
            if (!result.succeeded() || result.model().getInitiatives().size() != rows) {
                throw new IllegalStateException("import failed: " + result.fatalProblems().stream().limit(3).toList());
            }
            if (round >= 0) {
                millis[round] = (System.nanoTime() - start) / 1e6;
            }
        }
        return String.format("register import (CSV), %,d initiative rows each naming a new owner: median %.0f ms, worst %.0f ms", rows,
                ModelPersistenceBenchmark.median(millis), ModelPersistenceBenchmark.max(millis));
    }

    private ImportBenchmark() {
    }
}
