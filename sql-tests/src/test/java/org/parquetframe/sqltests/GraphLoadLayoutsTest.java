package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.parquet.column.ParquetProperties.WriterVersion;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parquetframe.adapter.format.LocalParquetWriters;
import org.parquetframe.sqltests.GraphOracle.DfsVisit;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * Graphs read from Parquet files are the graphs of their edge rows whatever the files' layout: id
 * columns of INT32, INT64, unsigned INT32 or strings, required or optional (NULL endpoints are
 * skipped), PLAIN or dictionary pages (and a dictionary that overflows into PLAIN), v1 or v2 pages,
 * one row group or many that do not line up with the loader's slices, partition keys and columns
 * some files lack. Each graph is checked against {@link GraphOracle} with DFS both ways (which
 * sees the order of every vertex's edges in both directions), components, and weighted PageRank
 * against {@link ReferencePageRank}.
 */
class GraphLoadLayoutsTest {
  @TempDir
  Path dir;

  /** How the edge file is written. */
  record Layout(String idType, boolean optional, boolean dictionary, WriterVersion pages, int rowGroupRows,
      int rows, CompressionCodecName codec) {
    @Override
    public String toString() {
      return idType + (optional ? " optional" : " required") + (dictionary ? ", dictionary" : ", plain") + ", "
          + pages + ", " + rows + " rows in groups of " + rowGroupRows + ", " + codec;
    }
  }

  static Stream<Arguments> layouts() {
    List<Arguments> layouts = new ArrayList<>();
    for (String idType : List.of("int64", "int32", "int32 (INTEGER(32, false))", "binary (STRING)")) {
      for (WriterVersion pages : WriterVersion.values()) {
        for (boolean dictionary : new boolean[] {true, false}) {
          layouts.add(Arguments.of(new Layout(idType, true, dictionary, pages, 700, 3_000,
              CompressionCodecName.SNAPPY)));
        }
      }
      layouts.add(Arguments.of(new Layout(idType, false, true, WriterVersion.PARQUET_1_0, 3_000, 3_000,
          CompressionCodecName.ZSTD)));
    }
    // Row groups of 70,000 rows and slices of 65,536: a slice ends inside a row group, another at its end.
    layouts.add(Arguments.of(new Layout("int64", true, true, WriterVersion.PARQUET_1_0, 70_000, 100_000,
        CompressionCodecName.UNCOMPRESSED)));
    layouts.add(Arguments.of(new Layout("binary (STRING)", true, false, WriterVersion.PARQUET_2_0, 70_000, 80_000,
        CompressionCodecName.GZIP)));
    return layouts.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void everyLayoutGivesTheGraphOfItsRows(Layout layout) throws Exception {
    List<Edge> edges = randomEdges(layout, new SplittableRandom(layout.toString().hashCode()));
    write(dir.resolve("edges.parquet"), layout, edges);
    try (Connection connection = GraphTestingQueries.connect(dir, "threads=3")) {
      checkAll(connection, "'edges.parquet'", edges);
    }
  }

  @Test
  void aVertexColumnThatIsAPartitionKey() throws Exception {
    // edges/src=7/a.parquet holds dst (and weight) only: every row's source is the directory's 7.
    List<Edge> edges = new ArrayList<>();
    for (long src : new long[] {-3, 7, 9}) { // in the order of their paths, which is the order files are read
      List<Edge> part = new ArrayList<>();
      for (long dst : new long[] {9, 7, 11, src, 9}) {
        part.add(Edge.of(src, dst, (double) Math.abs(src + dst) % 5));
      }
      part.add(new Edge(src, null, 1.0));
      Path file = dir.resolve("edges/src=" + src + "/part.parquet");
      Files.createDirectories(file.getParent());
      writeTargetsOnly(file, part);
      edges.addAll(part);
    }
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      checkAll(connection, "'edges'", edges);
    }
  }

  @Test
  void aFileThatLacksTheTargetColumnAddsNoEdges() throws Exception {
    List<Edge> edges = List.of(Edge.of(1L, 2L, 1.0), Edge.of(2L, 3L, 2.0), Edge.of(3L, 1L, 1.0));
    Files.createDirectories(dir.resolve("mixed"));
    TestingEdgeFiles.write(dir.resolve("mixed/a.parquet"), edges, true);
    MessageType sourcesOnly = MessageTypeParser.parseMessageType("message m { optional int64 src; "
        + "optional double weight; }");
    try (ParquetWriter<Group> writer = LocalParquetWriters.groups(dir.resolve("mixed/b.parquet"), sourcesOnly,
        CompressionCodecName.SNAPPY).build()) {
      writer.write(new SimpleGroupFactory(sourcesOnly).newGroup().append("src", 1L).append("weight", 5.0));
    }
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      checkAll(connection, "'mixed'", edges);
    }
  }

  @Test
  void idsThatOutgrowADirectTableMidLoadKeepTheirNumbering() throws Exception {
    // Small ids first (a direct table), then ids 2^40 apart (hashing from there), then small ones again.
    List<Edge> edges = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 60_000; i++) {
      long a = i < 20_000 || i >= 40_000 ? random.nextInt(5_000) : random.nextLong(1L << 50) << 2;
      edges.add(Edge.of(a, (long) random.nextInt(5_000), 1.0 + random.nextInt(3)));
    }
    TestingEdgeFiles.write(dir.resolve("spread.parquet"), edges, true);
    try (Connection connection = GraphTestingQueries.connect(dir, "threads=2")) {
      checkAll(connection, "'spread.parquet'", edges);
    }
  }

  @Test
  void aNullWeightIsAnErrorOnlyWhereBothEndpointsArePresent() throws Exception {
    List<Edge> edges = new ArrayList<>(List.of(Edge.of(1L, 2L, 1.0), new Edge(null, 2L, null),
        new Edge(2L, null, null), Edge.of(2L, 1L, 2.0)));
    TestingEdgeFiles.write(dir.resolve("skipped.parquet"), edges, true);
    edges.add(Edge.of(1L, 1L, 1.0));
    edges.add(new Edge(3L, 1L, null));
    TestingEdgeFiles.write(dir.resolve("missing.parquet"), edges, true);
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertEquals(2, GraphTestingQueries.query(connection,
          "SELECT * FROM TABLE(pagerank('skipped.parquet', weight => 'weight'))").size());
      String message = GraphTestingQueries.expectError(connection,
          "SELECT * FROM TABLE(pagerank('missing.parquet', weight => 'weight'))", "pagerank: weight column 'weight'");
      assertTrue(message.contains("NULL weight"), message);
      assertEquals(3, GraphTestingQueries.query(connection, "SELECT * FROM TABLE(pagerank('missing.parquet'))").size());
    }
  }

  /** DFS from the first source both ways, components, and weighted PageRank, against the oracles. */
  private static void checkAll(Connection connection, String source, List<Edge> edges) throws SQLException {
    Edge first = edges.stream().filter(e -> e.src() != null && e.dst() != null).findFirst().orElseThrow();
    for (boolean directed : new boolean[] {true, false}) {
      List<Map<String, Object>> rows = GraphTestingQueries.query(connection, "SELECT node, discovery, depth, parent "
          + "FROM TABLE(dfs(" + source + ", " + GraphTestingRandomGraphs.GraphCase.literal(first.src()) + ", -1, "
          + directed + "))");
      List<DfsVisit> actual = rows.stream().map(row -> new DfsVisit(row.get("node"),
          ((Number) row.get("discovery")).intValue(), ((Number) row.get("depth")).intValue(), row.get("parent")))
          .toList();
      assertEquals(GraphOracle.of(edges, directed).dfs(first.src(), -1), actual, "dfs, directed " + directed);
    }
    assertEquals(GraphOracle.components(edges), GraphTestingQueries.byKey(GraphTestingQueries.query(connection,
        "SELECT node, component FROM TABLE(connected_components(" + source + "))"), "node", "component"));
    Map<Object, Double> expected = ReferencePageRank.compute(edges, true, 0.85, 200, 1e-10);
    Map<Object, Object> actual = GraphTestingQueries.byKey(GraphTestingQueries.query(connection, "SELECT node, score "
        + "FROM TABLE(pagerank(" + source + ", weight => 'weight', tolerance => 1e-10, max_iterations => 200))"),
        "node", "score");
    assertEquals(expected.keySet(), actual.keySet(), "pagerank's vertices");
    expected.forEach((node, score) -> assertEquals(score, (Double) actual.get(node), 1e-9 * score, "score of " + node));
  }

  /**
   * Edges over a pool of ids (a quarter of the rows, so ids repeat), dense around an offset or
   * spread, with self-loops, repeated rows and, for optional columns, NULL endpoints; weights 0..9.
   */
  private static List<Edge> randomEdges(Layout layout, SplittableRandom random) {
    boolean strings = layout.idType().startsWith("binary");
    boolean unsigned = layout.idType().contains("false");
    LinkedHashSet<Object> pool = new LinkedHashSet<>();
    long offset = unsigned ? 3_000_000_000L : random.nextInt(1_000) - 500;
    while (pool.size() < Math.max(2, layout.rows() / 4)) {
      long n = random.nextInt(4) == 0 ? random.nextInt(Integer.MAX_VALUE / 2) : random.nextInt(layout.rows());
      pool.add(strings ? (random.nextBoolean() ? "v" : "ü-") + n : (Object) (offset + n));
    }
    List<Object> ids = new ArrayList<>(pool);
    List<Edge> edges = new ArrayList<>();
    for (int i = 0; i < layout.rows(); i++) {
      Object src = ids.get(random.nextInt(ids.size()));
      Object dst = random.nextInt(10) == 0 ? src : ids.get(random.nextInt(ids.size()));
      if (layout.optional() && random.nextInt(15) == 0) {
        if (random.nextBoolean()) {
          src = null;
        } else {
          dst = null;
        }
      }
      edges.add(random.nextInt(20) == 0 && i > 0 ? edges.get(random.nextInt(i))
          : new Edge(src, dst, (double) random.nextInt(10)));
    }
    return edges;
  }

  private static void write(Path file, Layout layout, List<Edge> edges) throws IOException {
    String repetition = layout.optional() ? "optional" : "required";
    MessageType schema = MessageTypeParser.parseMessageType("message edges { " + repetition + " "
        + column(layout.idType(), "src") + "; " + repetition + " " + column(layout.idType(), "dst")
        + "; required double weight; }");
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    try (ParquetWriter<Group> writer = LocalParquetWriters.groups(file, schema, layout.codec())
        .withWriterVersion(layout.pages()).withDictionaryEncoding(layout.dictionary())
        .withDictionaryPageSize(16 << 10).withPageSize(8 << 10).withRowGroupRowCountLimit(layout.rowGroupRows())
        .build()) {
      for (Edge edge : edges) {
        Group row = groups.newGroup();
        append(row, "src", edge.src(), layout.idType());
        append(row, "dst", edge.dst(), layout.idType());
        writer.write(row.append("weight", edge.weight()));
      }
    }
  }

  /** One file of rows whose source is the partition directory's: the file holds dst and weight. */
  private static void writeTargetsOnly(Path file, List<Edge> edges) {
    MessageType schema = MessageTypeParser.parseMessageType("message e { optional int64 dst; required double weight; }");
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    try (ParquetWriter<Group> writer = LocalParquetWriters.groups(file, schema, CompressionCodecName.SNAPPY).build()) {
      for (Edge edge : edges) {
        Group row = groups.newGroup().append("weight", edge.weight());
        if (edge.dst() != null) {
          row.append("dst", (Long) edge.dst());
        }
        writer.write(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String column(String idType, String name) {
    int space = idType.indexOf(' ');
    return space < 0 ? idType + " " + name : idType.substring(0, space) + " " + name + idType.substring(space);
  }

  private static void append(Group row, String column, Object id, String idType) {
    if (id instanceof String text) {
      row.append(column, text);
    } else if (id != null) {
      long value = (Long) id;
      if (idType.startsWith("int32")) {
        row.append(column, (int) value); // unsigned values above 2^31 are stored as their low 32 bits
      } else {
        row.append(column, value);
      }
    }
  }
}
