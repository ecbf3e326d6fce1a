package org.innoscape.engines.spark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
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
 * (clusters.csv, clusters.parquet/). Files are written beside and then moved into place, so a failed
 * run never leaves half a file under its final name.
 */
final class JobOutputs {
    private JobOutputs() {
    }

    /** What was written: the pair and cluster tables. */
    record Written(List<PairTable.Row> pairs, List<Clusters.Member> clusters) {
    }

    static Written write(SparkSession spark, AnalysisReport report, Path folder) throws IOException {
        Files.createDirectories(folder);
        atomically(folder.resolve("report.json"), out -> ReportFormat.JSON.writer().write(report, out));
        atomically(folder.resolve("findings.csv"), out -> ReportFormat.CSV.writer().write(report, out));
        List<PairTable.Row> pairs = PairTable.rows(report.result().findings());
        atomically(folder.resolve("pairs.csv"), out -> writePairsCsv(pairs, out));
        List<Clusters.Member> clusters = Clusters.of(pairs);
        atomically(folder.resolve("clusters.csv"), out -> writeClustersCsv(clusters, out));
        pairsFrame(spark, pairs).write().mode(SaveMode.Overwrite).parquet(folder.resolve("pairs.parquet").toString());
        clustersFrame(spark, clusters).write().mode(SaveMode.Overwrite).parquet(folder.resolve("clusters.parquet").toString());
        return new Written(pairs, clusters);
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

    private static void atomically(Path file, WriterAction action) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            action.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
