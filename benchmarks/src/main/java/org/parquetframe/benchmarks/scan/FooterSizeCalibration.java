package org.parquetframe.benchmarks.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.parquetframe.adapter.format.DecodedFooter;
import org.parquetframe.adapter.format.FileVersion;
import org.parquetframe.adapter.format.LocalParquetWriters;
import org.parquetframe.adapter.format.ParquetFooter;
import org.parquetframe.adapter.metadata.FooterSize;

/**
 * Measures the heap that decoded footers keep, against the footer cache's estimate ({@link
 * FooterSize}): for footers of several shapes, thousands of decoded copies are held and the heap
 * growth after garbage collection is divided by their number. Run with
 * {@code java -cp "$(cat benchmarks/target/benchmarks.classpath):benchmarks/target/classes"
 * org.parquetframe.benchmarks.scan.FooterSizeCalibration}. Strings that parquet-java interns (column
 * names, key-value metadata) are shared between copies of one file, so the measured figure leaves
 * them out while the estimate counts them.
 */
public final class FooterSizeCalibration {
  private FooterSizeCalibration() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("footer-size");
    System.out.printf(Locale.ROOT, "%-28s %6s %8s %12s %12s %7s%n", "shape", "groups", "chunks", "measured B",
        "estimate B", "ratio");
    measure(write(dir, "20 BIGINT x 500 row groups", columns("optional int64 c", 20), 50_000, 1,
        (g, i) -> fill(g, 20, c -> (long) i * c)));
    measure(write(dir, "20 BIGINT x 1 row group", columns("optional int64 c", 20), 10, 1 << 30,
        (g, i) -> fill(g, 20, c -> (long) i * c)));
    measure(write(dir, "20 short strings x 300", columns("optional binary s", 20, " (STRING)"), 30_000, 1,
        (g, i) -> fill(g, 20, c -> String.format("v%08d", i))));
    measure(write(dir, "20 200-byte strings x 200", columns("optional binary s", 20, " (STRING)"), 20_000, 1,
        (g, i) -> fill(g, 20, c -> String.format("%0200d", i))));
    measure(write(dir, "300 DOUBLE x 6", columns("optional double d", 300), 600, 1,
        (g, i) -> fill(g, 300, c -> i * 1.5 + c)));
    measure(write(dir, "1 INT x 1", "message t { required int32 x; }", 10, 1 << 30, (g, i) -> g.add(0, i)));
  }

  private static void measure(Path file) {
    DecodedFooter one = ParquetFooter.readDecoded(FileVersion.of(file));
    int rowGroups = one.metadata().getBlocks().size();
    int chunks = rowGroups * one.metadata().getBlocks().get(0).getColumns().size();
    int copies = Math.max(20, 20_000 / chunks);
    List<Object> kept = new ArrayList<>(copies);
    long before = usedHeap();
    for (int i = 0; i < copies; i++) {
      kept.add(ParquetFooter.readDecoded(FileVersion.of(file)));
    }
    long measured = (usedHeap() - before) / copies;
    long estimate = FooterSize.estimate(one);
    System.out.printf(Locale.ROOT, "%-28s %6d %8d %12d %12d %7.2f%n", file.getFileName().toString()
        .replace(".parquet", "").replace('_', ' '), rowGroups, chunks, measured, estimate, (double) estimate / measured);
    kept.clear();
  }

  private static long usedHeap() {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static String columns(String prefix, int count) {
    return columns(prefix, count, "");
  }

  private static String columns(String prefix, int count, String suffix) {
    StringBuilder schema = new StringBuilder("message t {");
    for (int c = 0; c < count; c++) {
      schema.append(' ').append(prefix).append(c).append(suffix).append(';');
    }
    return schema.append(" }").toString();
  }

  private static void fill(Group group, int columns, java.util.function.IntFunction<Object> value) {
    for (int c = 0; c < columns; c++) {
      Object v = value.apply(c);
      if (v instanceof Long l) {
        group.add(c, l);
      } else if (v instanceof Double d) {
        group.add(c, d);
      } else {
        group.add(c, (String) v);
      }
    }
  }

  /** A file of {@code rows} rows; a row group size of 1 byte gives a row group per ~100 rows. */
  private static Path write(Path dir, String shape, String schema, int rows, long rowGroupBytes,
      BiConsumer<Group, Integer> row) throws IOException {
    Path file = dir.resolve(shape.replace(' ', '_') + ".parquet");
    MessageType type = MessageTypeParser.parseMessageType(schema);
    try (ParquetWriter<Group> writer = LocalParquetWriters.groups(file, type, CompressionCodecName.UNCOMPRESSED)
        .withRowGroupSize(rowGroupBytes).withPageSize(4096).withExtraMetaData(Map.of()).build()) {
      SimpleGroupFactory groups = new SimpleGroupFactory(type);
      for (int i = 0; i < rows; i++) {
        Group group = groups.newGroup();
        row.accept(group, i);
        writer.write(group);
      }
    }
    return file;
  }
}
