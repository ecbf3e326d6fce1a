package org.innoscape.engines.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.TimestampType;
import org.innoscape.io.RegisterTable;

/**
 * A register kept as Parquet (a file or Spark's folder of parts) with the columns of a CSV register:
 * read by Spark, then checked and imported like any register. Lists (e.g. stages) become the register's
 * ";"-separated cells; dates and numbers their text. Bytes, maps and nested records are refused, naming the
 * column, rather than written out as Java's text for them.
 */
final class ParquetRegister {
    private ParquetRegister() {
    }

    static boolean isParquet(Path path) {
        return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".parquet");
    }

    static RegisterTable read(SparkSession spark, Path path) {
        java.util.Optional<String> notParquet = notParquet(path);
        if (notParquet.isPresent()) {
            // Said before Spark reads it: Spark's tasks would print their stack traces first.
            return RegisterTable.unreadable(path.toString(), notParquet.get());
        }
        try {
            // Every part's columns (without merging, a column that only some parts have would be dropped).
            Dataset<Row> frame = spark.read().option("mergeSchema", "true").parquet(path.toString());
            StructField[] fields = frame.schema().fields();
            for (StructField field : fields) {
                if (!isRegisterType(field.dataType())) {
                    return RegisterTable.unreadable(path.toString(), "column '" + field.name() + "' holds " + field.dataType().simpleString()
                            + "; a register's columns hold text, numbers, true/false, dates, or lists of these");
                }
            }
            List<List<String>> records = new ArrayList<>();
            records.add(Arrays.asList(frame.columns()));
            for (Row row : frame.collectAsList()) {
                List<String> cells = new ArrayList<>(row.size());
                for (int i = 0; i < row.size(); i++) {
                    if (row.isNullAt(i)) {
                        cells.add("");
                    } else if (fields[i].dataType() instanceof ArrayType) {
                        cells.add(String.join(";", row.getList(i).stream().filter(java.util.Objects::nonNull).map(String::valueOf).toList()));
                    } else {
                        cells.add(String.valueOf(row.get(i)));
                    }
                }
                records.add(cells);
            }
            return RegisterTable.fromRecords(path.toString(), records, List.of(), false);
        } catch (Exception e) { // Spark's AnalysisException and SparkException are checked, though not declared
            String message = String.valueOf(e.getMessage()).strip().lines().findFirst().orElse(e.getClass().getSimpleName());
            return RegisterTable.unreadable(path.toString(), "the file is not readable Parquet: " + message);
        }
    }

    /** Every Parquet file begins and ends with these four bytes ("PARE" where its footer is encrypted). */
    private static final byte[] MAGIC = "PAR1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] ENCRYPTED = "PARE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * Why a file here (the register itself, or a part in its folder; Spark skips names starting with "." or "_") is not
     * Parquet, if one is not: its first and last four bytes are not Parquet's mark.
     */
    static java.util.Optional<String> notParquet(Path path) {
        List<Path> files;
        try {
            if (Files.isDirectory(path)) {
                try (java.util.stream.Stream<Path> entries = Files.list(path)) {
                    files = entries.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith(".")
                            && !file.getFileName().toString().startsWith("_")).sorted().toList();
                }
            } else {
                files = Files.isRegularFile(path) ? List.of(path) : List.of();
            }
            for (Path file : files) {
                long size = Files.size(file);
                byte[] head = new byte[MAGIC.length];
                byte[] tail = new byte[MAGIC.length];
                try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(file)) {
                    if (size >= 3L * MAGIC.length) {
                        channel.read(java.nio.ByteBuffer.wrap(head));
                        channel.position(size - MAGIC.length).read(java.nio.ByteBuffer.wrap(tail));
                    }
                }
                if (!(Arrays.equals(head, MAGIC) && Arrays.equals(tail, MAGIC) || Arrays.equals(head, ENCRYPTED) && Arrays.equals(tail, ENCRYPTED))) {
                    return java.util.Optional.of("the file is not readable Parquet: " + file + " does not begin and end with Parquet's mark (PAR1)");
                }
            }
            return java.util.Optional.empty();
        } catch (java.io.IOException e) {
            return java.util.Optional.of("the file is not readable: " + e.getMessage());
        }
    }

    /** Text, numbers, true/false and dates, alone or in lists; not bytes, maps or nested records. */
    private static boolean isRegisterType(DataType type) {
        if (type instanceof ArrayType array) {
            return !(array.elementType() instanceof ArrayType) && isRegisterType(array.elementType());
        }
        return type instanceof StringType || type instanceof NumericType || type instanceof BooleanType || type instanceof DateType
                || type instanceof TimestampType;
    }
}
