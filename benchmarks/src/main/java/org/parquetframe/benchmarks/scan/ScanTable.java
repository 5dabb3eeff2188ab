package org.parquetframe.benchmarks.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.parquetframe.adapter.format.LocalParquetWriters;

/**
 * The table the scan benchmark reads: {@code rows} rows of 20 columns of the common kinds (sorted
 * key, integers, doubles, decimals, low- and high-cardinality text, a nullable text, boolean,
 * date, timestamp), snappy-compressed, with parquet-java's defaults for pages (page index on) and
 * row groups of the given size (8 MB gives about 100,000 rows per row group). Deterministic for a
 * seed.
 */
final class ScanTable {
  private static final String[] CATEGORIES = new String[50];
  private static final String[] REGIONS = {"north", "south", "east", "west", "centre", "islands", "coast", "hills",
      "plains", "valley"};

  static {
    for (int i = 0; i < CATEGORIES.length; i++) {
      CATEGORIES[i] = "category-" + i;
    }
  }

  static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
      message wide {
        required int64 id;
        required int32 grp;
        required binary category (STRING);
        required double amount;
        required int32 qty;
        required int64 price (DECIMAL(12, 2));
        required binary name (STRING);
        required boolean flag;
        required int64 ts (TIMESTAMP(MILLIS, false));
        required int32 day (DATE);
        required float score;
        required int64 code;
        required binary region (STRING);
        optional binary note (STRING);
        required double v1;
        required double v2;
        required int32 v3;
        required int32 v4;
        required int64 v5;
        required int64 v6;
      }
      """);

  private ScanTable() {}

  /** Writes {@code file} unless it exists. */
  static void write(Path file, long rows, long seed, long rowGroupBytes) {
    if (Files.exists(file)) {
      return;
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
      SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
      SplittableRandom random = new SplittableRandom(seed);
      try (ParquetWriter<Group> writer = LocalParquetWriters.groups(partial, SCHEMA, CompressionCodecName.SNAPPY)
          .withRowGroupSize(rowGroupBytes).build()) {
        for (long id = 0; id < rows; id++) {
          writer.write(row(groups.newGroup(), id, random));
        }
      }
      Files.move(partial, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Group row(Group g, long id, SplittableRandom random) {
    g.add("id", id);
    g.add("grp", (int) (id % 1000));
    g.add("category", CATEGORIES[random.nextInt(CATEGORIES.length)]);
    g.add("amount", Math.round(random.nextDouble() * 1_000_000) / 100.0);
    g.add("qty", random.nextInt(100));
    g.add("price", random.nextLong(10_000_000L));
    g.add("name", "name-" + Long.toHexString(random.nextLong() & 0xFFFFFFFFFFL));
    g.add("flag", random.nextBoolean());
    g.add("ts", 1_700_000_000_000L + id * 1000);
    g.add("day", 19_000 + (int) (id / 100_000));
    g.add("score", random.nextFloat());
    g.add("code", random.nextLong());
    g.add("region", REGIONS[random.nextInt(REGIONS.length)]);
    if (random.nextInt(10) != 0) {
      g.add("note", "note " + random.nextInt(1000));
    }
    g.add("v1", random.nextDouble());
    g.add("v2", random.nextGaussian());
    g.add("v3", random.nextInt());
    g.add("v4", random.nextInt(1_000_000));
    g.add("v5", random.nextLong());
    g.add("v6", id * 7);
    return g;
  }
}
