package org.parquetframe.sqltests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * The valid files that fuzzing starts from, each a few KB with several row groups and pages:
 * {@link TestingItems} rows (every common type, NULLs) under SNAPPY, ZSTD, GZIP and no compression,
 * data pages v1 and v2, with and without dictionaries, and once under LZ4_RAW; {@link
 * TestingNestedTable} rows (a list, a repeated field, a map, a ROW, a list of ROWs) under two
 * settings; and edge files for the graph functions, from {@link TestingEdgeFiles} and with other
 * codecs and page versions.
 */
final class FuzzSeeds {
  static final String EDGES_SCHEMA =
      "message edges { optional int64 src; optional int64 dst; optional double weight; }";
  private static final int ITEM_ROWS = 120;
  private static final int EDGE_ROWS = 150;
  private static final int NESTED_ROWS = 100;
  private static final List<String> NESTED_COLUMNS = List.of("id", "pts");

  /** A seed file: its name (which says what it is), bytes, structure, and whether it holds edges. */
  record Seed(String name, byte[] bytes, FuzzLayout layout, boolean edges, List<String> columns) {}

  private FuzzSeeds() {}

  static List<Seed> write(Path directory) {
    List<Seed> seeds = new ArrayList<>();
    List<Object[]> items = TestingItems.items(ITEM_ROWS, 11L);
    for (CompressionCodecName codec : List.of(CompressionCodecName.UNCOMPRESSED, CompressionCodecName.SNAPPY,
        CompressionCodecName.ZSTD, CompressionCodecName.GZIP)) {
      for (boolean pageV2 : new boolean[] {false, true}) {
        for (boolean dictionary : new boolean[] {true, false}) {
          String name = ("items-" + codec + (pageV2 ? "-v2" : "-v1") + (dictionary ? "-dict" : "-plain"))
              .toLowerCase(Locale.ROOT);
          Path file = TestingParquetFiles.file(directory.resolve(name + ".parquet"), TestingItems.SCHEMA)
              .rowGroupBytes(2048).pageBytes(256).codec(codec).pageV2(pageV2).dictionary(dictionary).write(items);
          seeds.add(seed(name, file, false));
        }
      }
    }
    Path lz4 = TestingParquetFiles.file(directory.resolve("items-lz4_raw-v2-dict.parquet"), TestingItems.SCHEMA)
        .rowGroupBytes(2048).pageBytes(256).codec(CompressionCodecName.LZ4_RAW).pageV2(true).write(items);
    seeds.add(seed("items-lz4_raw-v2-dict", lz4, false));
    List<Object[]> nested = TestingNestedTable.written(TestingNestedTable.rows(NESTED_ROWS, 13L));
    seeds.add(seed("nested-snappy-v1-dict", TestingParquetFiles.file(directory.resolve("nested-snappy-v1-dict.parquet"),
        TestingNestedTable.SCHEMA).rowGroupBytes(2048).pageBytes(256).codec(CompressionCodecName.SNAPPY)
        .write(nested), false, NESTED_COLUMNS));
    seeds.add(seed("nested-zstd-v2-plain", TestingParquetFiles.file(directory.resolve("nested-zstd-v2-plain.parquet"),
        TestingNestedTable.SCHEMA).rowGroupBytes(2048).pageBytes(256).codec(CompressionCodecName.ZSTD).pageV2(true)
        .dictionary(false).write(nested), false, NESTED_COLUMNS));
    List<Edge> edges = edges(new Random(5));
    seeds.add(seed("edges-snappy-weighted", TestingEdgeFiles.write(directory.resolve("edges-snappy-weighted.parquet"),
        edges, true), true));
    List<Edge> named = edges.stream().map(e -> e.src() == null ? Edge.of(null, "v" + e.dst())
        : Edge.of("v" + e.src(), "v" + e.dst())).toList();
    seeds.add(seed("edges-snappy-strings", TestingEdgeFiles.write(directory.resolve("edges-snappy-strings.parquet"),
        named, false), true));
    List<Object[]> rows = edges.stream().map(e -> new Object[] {e.src(), e.dst(), e.weight()}).toList();
    seeds.add(edgeSeed(directory, "edges-zstd-v2-plain", rows, CompressionCodecName.ZSTD, true, false));
    seeds.add(edgeSeed(directory, "edges-gzip-v1-dict", rows, CompressionCodecName.GZIP, false, true));
    seeds.add(edgeSeed(directory, "edges-uncompressed-v2-dict", rows, CompressionCodecName.UNCOMPRESSED, true, true));
    return seeds;
  }

  private static Seed edgeSeed(Path directory, String name, List<Object[]> rows, CompressionCodecName codec,
      boolean pageV2, boolean dictionary) {
    Path file = TestingParquetFiles.file(directory.resolve(name + ".parquet"), EDGES_SCHEMA).rowGroupBytes(1024)
        .pageBytes(256).codec(codec).pageV2(pageV2).dictionary(dictionary).write(rows);
    return seed(name, file, true);
  }

  private static List<Edge> edges(Random random) {
    List<Edge> edges = new ArrayList<>();
    for (int i = 0; i < EDGE_ROWS; i++) {
      Long src = random.nextInt(20) == 0 ? null : (long) random.nextInt(40);
      edges.add(new Edge(src, (long) random.nextInt(40), 0.5 + random.nextInt(10)));
    }
    return edges;
  }

  private static Seed seed(String name, Path file, boolean edges) {
    return seed(name, file, edges, edges ? List.of("src", "dst") : List.of("id", "name"));
  }

  /** A seed whose first and last columns (for a projection when {@code SELECT *} fails) are {@code columns}. */
  private static Seed seed(String name, Path file, boolean edges, List<String> columns) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return new Seed(name, bytes, FuzzLayout.parse(bytes), edges, columns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
