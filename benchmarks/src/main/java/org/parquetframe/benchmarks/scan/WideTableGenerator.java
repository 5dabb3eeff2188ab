package org.parquetframe.benchmarks.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.parquetframe.adapter.format.LocalParquetWriters;

/**
 * Writes the benchmark table twice: {@code wide.parquet}, one file sorted by {@code id} in row groups
 * of {@value #ROW_GROUP_ROWS} rows (125 for 10M rows), and {@code parts/grp=K/part-0.parquet}, the
 * same rows in Hive partitions. SNAPPY, dictionary encoding for low-cardinality columns, page indexes (column and
 * offset indexes, parquet-java's default) and statistics on every column. Kept between runs: a
 * marker file records what was written.
 */
final class WideTableGenerator {
  static final int ROW_GROUP_ROWS = 80_000;
  /**
   * Columns with few distinct values, dictionary-encoded as writers do; the others are written
   * plain, since trying a dictionary and falling back costs parquet-java most of its writing time.
   */
  private static final String[] DICTIONARY_COLUMNS = {"cat", "label", "note", "qty", "tiny", "flag"};
  private static final String MARKER = ".generated";

  private WideTableGenerator() {}

  /** Writes the table into {@code dir} unless it already holds one of {@code rows} rows; returns whether it wrote. */
  static boolean ensure(Path dir, long rows) throws IOException {
    Path marker = dir.resolve(MARKER);
    String expected = "rows=" + rows + " rowGroupRows=" + ROW_GROUP_ROWS + " version=1";
    if (Files.exists(marker) && Files.readString(marker).equals(expected)) {
      return false;
    }
    Files.createDirectories(dir);
    WideRows values = new WideRows(rows);
    write(dir.resolve("wide.parquet"), values, true, 0, rows);
    long perGroup = (rows + WideRows.GROUPS - 1) / WideRows.GROUPS;
    for (int group = 0; group < WideRows.GROUPS; group++) {
      long from = group * perGroup;
      long to = Math.min(rows, from + perGroup);
      if (from < to) {
        write(dir.resolve("parts/grp=" + group + "/part-0.parquet"), values, false, from, to);
      }
    }
    Files.writeString(marker, expected);
    return true;
  }

  private static void write(Path file, WideRows values, boolean withGroup, long from, long to) throws IOException {
    Files.createDirectories(file.getParent());
    Builder builder = LocalParquetWriters.configure(new Builder(file, values, withGroup), CompressionCodecName.SNAPPY)
        .withRowGroupRowCountLimit(ROW_GROUP_ROWS).withRowGroupSize(1L << 30).withDictionaryEncoding(false);
    for (String lowCardinality : DICTIONARY_COLUMNS) {
      builder = builder.withDictionaryEncoding(lowCardinality, true);
    }
    try (ParquetWriter<Long> writer = builder.build()) {
      for (long id = from; id < to; id++) {
        writer.write(id);
      }
    }
  }

  private static final class Builder extends ParquetWriter.Builder<Long, Builder> {
    private final WideRows values;
    private final boolean withGroup;

    Builder(Path file, WideRows values, boolean withGroup) {
      super(new LocalOutputFile(file));
      this.values = values;
      this.withGroup = withGroup;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    @SuppressWarnings("deprecation")
    protected WriteSupport<Long> getWriteSupport(Configuration configuration) {
      return getWriteSupport((ParquetConfiguration) null); // required by the abstract class; never called
    }

    @Override
    protected WriteSupport<Long> getWriteSupport(ParquetConfiguration configuration) {
      return new WideWriteSupport(values, withGroup);
    }
  }
}
