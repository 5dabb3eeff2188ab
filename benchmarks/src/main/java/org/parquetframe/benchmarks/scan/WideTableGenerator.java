package org.parquetframe.benchmarks.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.parquetframe.adapter.format.LocalParquetWriters;

/**
 * Writes the scan benchmarks' table ({@link WideRows}) as {@code <name>.parquet}, one file sorted
 * by {@code id}, and, when the layout asks for it, as {@code parts/grp=K/part-0.parquet}, the same
 * rows in Hive partitions. SNAPPY, dictionary encoding for low-cardinality columns, page indexes
 * (parquet-java's default) and statistics on every column. Generating 10M rows takes minutes, so
 * each part is kept between runs: a hidden marker beside it records the layout it was written with,
 * and a part whose marker does not match is written again.
 */
final class WideTableGenerator {
  /**
   * Columns with few distinct values, dictionary-encoded as writers do; the others are written
   * plain, since trying a dictionary and falling back costs parquet-java most of its writing time.
   */
  private static final String[] DICTIONARY_COLUMNS = {"cat", "label", "note", "qty", "tiny", "flag"};
  /**
   * Row groups end on {@link WideTableLayout#rowGroupRows()}; this byte threshold only has to stay
   * out of the way (a single row group of 6M rows is about 500 MB) while staying below what
   * parquet-java's memory manager grants one writer at the scripts' heaps (95% of 6 GB), above
   * which it would warn and scale row groups down.
   */
  private static final long ROW_GROUP_BYTES = 4L << 30;
  static final String PARTITIONS = "parts";

  private WideTableGenerator() {}

  /**
   * Writes whatever of the table {@code layout} asks for into {@code dir} that is not already there
   * with that layout; returns whether it wrote anything.
   */
  static boolean ensure(Path dir, String name, WideTableLayout layout) throws IOException {
    Files.createDirectories(dir);
    WideRows values = new WideRows(layout.rows());
    boolean wrote = false;
    Path file = dir.resolve(name + ".parquet");
    if (!upToDate(marker(dir, file.getFileName().toString()), layout)) {
      Files.deleteIfExists(marker(dir, file.getFileName().toString()));
      write(file, values, layout, true, 0, layout.rows());
      Files.writeString(marker(dir, file.getFileName().toString()), layout.marker());
      wrote = true;
    }
    if (layout.partitioned() && !upToDate(marker(dir, PARTITIONS), layout)) {
      Files.deleteIfExists(marker(dir, PARTITIONS));
      writePartitions(dir.resolve(PARTITIONS), values, layout);
      Files.writeString(marker(dir, PARTITIONS), layout.marker());
      wrote = true;
    }
    return wrote;
  }

  /** Hidden, so that neither engine takes the marker for a table. */
  private static Path marker(Path dir, String part) {
    return dir.resolve("." + part + ".generated");
  }

  private static boolean upToDate(Path marker, WideTableLayout layout) throws IOException {
    return Files.exists(marker) && Files.readString(marker).equals(layout.marker());
  }

  /** The {@link WideRows#GROUPS} contiguous ranges of {@code id}, one directory each; stale ones removed first. */
  private static void writePartitions(Path parts, WideRows values, WideTableLayout layout) throws IOException {
    deleteRecursively(parts);
    long perGroup = (layout.rows() + WideRows.GROUPS - 1) / WideRows.GROUPS;
    for (int group = 0; group < WideRows.GROUPS; group++) {
      long from = group * perGroup;
      long to = Math.min(layout.rows(), from + perGroup);
      if (from < to) {
        write(parts.resolve("grp=" + group + "/part-0.parquet"), values, layout, false, from, to);
      }
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static void write(Path file, WideRows values, WideTableLayout layout, boolean withGroup, long from,
      long to) throws IOException {
    Files.createDirectories(file.getParent());
    Builder builder = LocalParquetWriters.configure(new Builder(file, values, withGroup), CompressionCodecName.SNAPPY)
        .withRowGroupRowCountLimit(layout.rowGroupRows()).withRowGroupSize(ROW_GROUP_BYTES)
        .withDictionaryEncoding(false);
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
