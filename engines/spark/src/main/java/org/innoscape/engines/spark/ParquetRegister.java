package org.innoscape.engines.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.innoscape.io.RegisterTable;

/**
 * A register kept as Parquet (a file or Spark's folder of parts) with the columns of a CSV register:
 * read by Spark, then checked and imported like any register. Lists (e.g. stages) become the register's
 * ";"-separated cells; dates and numbers their text.
 */
final class ParquetRegister {
    private ParquetRegister() {
    }

    static boolean isParquet(Path path) {
        return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".parquet");
    }

    static RegisterTable read(SparkSession spark, Path path) {
        Dataset<Row> frame;
        try {
            frame = spark.read().parquet(path.toString());
        } catch (RuntimeException e) {
            return RegisterTable.unreadable(path.toString(), "the file is not readable Parquet: " + e.getMessage());
        }
        List<List<String>> records = new ArrayList<>();
        records.add(Arrays.asList(frame.columns()));
        boolean[] lists = new boolean[frame.columns().length];
        for (int i = 0; i < lists.length; i++) {
            lists[i] = frame.schema().fields()[i].dataType() instanceof ArrayType;
        }
        for (Row row : frame.collectAsList()) {
            List<String> cells = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                if (row.isNullAt(i)) {
                    cells.add("");
                } else if (lists[i]) {
                    cells.add(String.join(";", row.getList(i).stream().map(String::valueOf).toList()));
                } else {
                    cells.add(String.valueOf(row.get(i)));
                }
            }
            records.add(cells);
        }
        return RegisterTable.fromRecords(path.toString(), records, List.of(), false);
    }
}
