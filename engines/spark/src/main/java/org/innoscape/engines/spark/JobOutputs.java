package org.innoscape.engines.spark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.innoscape.analysis.report.AnalysisReport;
import org.innoscape.analysis.report.ReportFormat;
import org.innoscape.model.values.SpreadsheetCells;

/**
 * Writes what a dedupe job found: the report as {@code analyze} writes it (report.json, findings.csv),
 * the pair table (pairs.csv for spreadsheets, pairs.parquet/ for Spark and pandas) and the clusters
 * (clusters.csv, clusters.parquet/). Everything is staged in a hidden folder beside them and moved into
 * place at the end ({@link Publication#publish}), so a failed run leaves the previous results as they were.
 */
final class JobOutputs {
    /** How the names of staging folders begin (hidden, so that a listing of the results does not show them). */
    private static final String STAGING = ".dedupe-staging-";
    private static final java.time.Duration LEFT_OVER_AFTER = java.time.Duration.ofHours(1);

    private JobOutputs() {
    }

    /** What was written: the pair and cluster tables. */
    record Written(List<PairTable.Row> pairs, List<Clusters.Member> clusters) {
    }

    /**
     * Makes the output folder, removes what a run that was stopped (Ctrl-C, a killed JVM) left staged an hour or more ago, and
     * proves the folder writable: called before any work, so that a folder that cannot take the results is
     * said at once, not after the detection.
     */
    static void prepare(Path folder) throws IOException {
        for (Path at = folder.toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.exists(at)) {
                if (!Files.isDirectory(at)) {
                    throw new IOException(at + " is a file, not a folder"); // the system's words would be "Not a directory" on the whole path
                }
                break;
            }
        }
        Files.createDirectories(folder);
        // Left over: untouched for an hour (a run writing into the same folder now keeps its own).
        java.nio.file.attribute.FileTime stale = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(LEFT_OVER_AFTER));
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            for (Path leftover : entries.filter(entry -> entry.getFileName().toString().startsWith(STAGING)).toList()) {
                if (Files.getLastModifiedTime(leftover).compareTo(stale) < 0 && !Publication.holdsPrevious(leftover)) {
                    Publication.deleteTree(leftover);
                }
            }
        }
        Publication.deleteTree(Files.createTempDirectory(folder, STAGING));
        Publication.checkReplaceable(folder);
    }

    /** An I/O failure in words: Java's messages for these name only the path. */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException exists) {
            return exists.getFile() + " is a file, not a folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return "no such folder: " + missing.getFile();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    static Written write(SparkSession spark, AnalysisReport report, Path folder) throws IOException {
        Files.createDirectories(folder);
        // Everything is written to a staging folder first and moved into place only when all of it is there,
        // so that a failed run leaves the previous results whole, never this run's beside the last run's.
        Path staging = Files.createTempDirectory(folder, STAGING);
        try {
            write(staging.resolve("report.json"), out -> ReportFormat.JSON.writer().write(report, out));
            write(staging.resolve("findings.csv"), out -> ReportFormat.CSV.writer().write(report, out));
            List<PairTable.Row> pairs = PairTable.rows(report.result().findings());
            write(staging.resolve("pairs.csv"), out -> writePairsCsv(pairs, out));
            List<Clusters.Member> clusters = Clusters.of(pairs);
            write(staging.resolve("clusters.csv"), out -> writeClustersCsv(clusters, out));
            pairsFrame(spark, pairs).write().parquet(staging.resolve("pairs.parquet").toString());
            clustersFrame(spark, clusters).write().parquet(staging.resolve("clusters.parquet").toString());
            Publication.publish(staging, folder);
            return new Written(pairs, clusters);
        } finally {
            removeLeftOvers(staging);
        }
    }

    /**
     * Removes the staging folder (this run's results when they were not published, the previous ones when they were),
     * unless it holds previous results that could not be put back ({@link Publication#PREVIOUS}); what cannot be removed is left
     * for a later run's clean-up ({@link #prepare}), and never turns a published run into a failed one or hides why a run
     * failed.
     */
    private static void removeLeftOvers(Path staging) {
        try {
            if (!Publication.holdsPrevious(staging)) {
                Publication.deleteTree(staging);
            }
        } catch (IOException | RuntimeException e) {
            // left over: removed by a run an hour later or more
        }
    }

    private static void writePairsCsv(List<PairTable.Row> pairs, Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(PairTable.columns());
            for (PairTable.Row pair : pairs) {
                List<Object> cells = new ArrayList<>(pair.identity().stream().map(SpreadsheetCells::neutralise).toList());
                cells.add(pair.score());
                for (int k = 0; k < PairTable.PARTS.size(); k++) {
                    cells.add(blankIfNull(pair.parts().get(k)));
                    cells.add(blankIfNull(pair.weights().get(k)));
                }
                cells.add(SpreadsheetCells.neutralise(String.join("; ", pair.sharedTerms())));
                csv.printRecord(cells);
            }
        }
    }

    private static void writeClustersCsv(List<Clusters.Member> members, Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord("cluster", "size", "id", "external_id", "name");
            for (Clusters.Member m : members) {
                csv.printRecord(m.cluster(), m.size(), SpreadsheetCells.neutralise(m.id()), SpreadsheetCells.neutralise(m.externalId()),
                        SpreadsheetCells.neutralise(m.name()));
            }
        }
    }

    private static Object blankIfNull(Double value) {
        return value == null ? "" : value;
    }

    private static org.apache.spark.sql.Dataset<Row> pairsFrame(SparkSession spark, List<PairTable.Row> pairs) {
        List<StructField> fields = new ArrayList<>();
        PairTable.IDENTITY.forEach(c -> fields.add(DataTypes.createStructField(c, DataTypes.StringType, false)));
        fields.add(DataTypes.createStructField("score", DataTypes.DoubleType, false));
        for (String part : PairTable.PARTS) {
            fields.add(DataTypes.createStructField(part, DataTypes.DoubleType, true));
            fields.add(DataTypes.createStructField(part + "_weight", DataTypes.DoubleType, true));
        }
        fields.add(DataTypes.createStructField("shared_terms", DataTypes.createArrayType(DataTypes.StringType, false), false));
        List<Row> rows = new ArrayList<>(pairs.size());
        for (PairTable.Row pair : pairs) {
            List<Object> values = new ArrayList<>(pair.identity());
            values.add(pair.score());
            for (int k = 0; k < PairTable.PARTS.size(); k++) {
                values.add(pair.parts().get(k));
                values.add(pair.weights().get(k));
            }
            values.add(pair.sharedTerms().toArray(String[]::new));
            rows.add(RowFactory.create(values.toArray()));
        }
        return spark.createDataFrame(rows, DataTypes.createStructType(fields));
    }

    private static org.apache.spark.sql.Dataset<Row> clustersFrame(SparkSession spark, List<Clusters.Member> members) {
        StructType schema = DataTypes.createStructType(List.of(DataTypes.createStructField("cluster", DataTypes.IntegerType, false),
                DataTypes.createStructField("size", DataTypes.IntegerType, false),
                DataTypes.createStructField("id", DataTypes.StringType, false),
                DataTypes.createStructField("external_id", DataTypes.StringType, false),
                DataTypes.createStructField("name", DataTypes.StringType, false)));
        List<Row> rows = members.stream().map(m -> RowFactory.create(m.cluster(), m.size(), m.id(), m.externalId(), m.name())).toList();
        return spark.createDataFrame(rows, schema);
    }

    private interface WriterAction {
        void write(Writer out) throws IOException;
    }

    private static void write(Path file, WriterAction action) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            action.write(out);
        }
    }
}
