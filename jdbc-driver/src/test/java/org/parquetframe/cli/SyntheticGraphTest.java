package org.parquetframe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.adapter.format.ParquetFooter;

class SyntheticGraphTest {
  private static final Progress QUIET = new Progress("test", "edges", 0, new PrintStream(OutputStream.nullOutputStream()));

  @TempDir
  Path dir;

  private static SyntheticGraph graph(long vertices, long edges, long seed) {
    return new SyntheticGraph(vertices, edges, seed, 1000, CompressionCodecName.SNAPPY);
  }

  @Test
  void sameArgumentsGiveTheSameBytes() throws Exception {
    graph(500, 5000, 42).write(dir.resolve("a.parquet"), QUIET);
    graph(500, 5000, 42).write(dir.resolve("b.parquet"), QUIET);
    assertEquals(-1, Files.mismatch(dir.resolve("a.parquet"), dir.resolve("b.parquet")));
  }

  @Test
  void anotherSeedGivesAnotherGraph() throws Exception {
    graph(500, 5000, 42).write(dir.resolve("a.parquet"), QUIET);
    graph(500, 5000, 43).write(dir.resolve("b.parquet"), QUIET);
    assertNotEquals(-1, Files.mismatch(dir.resolve("a.parquet"), dir.resolve("b.parquet")));
  }

  @Test
  void readsBackThroughTheDriverWithEveryEdgeAndIdInRange() throws Exception {
    long vertices = 1000;
    long edges = 20_000;
    graph(vertices, edges, 7).write(dir.resolve("g.parquet"), QUIET);
    try (Connection connection = DataConnections.open(dir.toString());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*), min(src), max(dst), min(dst), max(src), "
            + "min(weight), max(weight), count(*) FILTER (WHERE weight <> FLOOR(weight)) FROM g")) {
      assertTrue(rows.next());
      assertEquals(edges, rows.getLong(1));
      assertEquals(0, rows.getLong(2), "with 20 edges per vertex, vertex 0 is a source");
      assertEquals(vertices - 1, rows.getLong(3));
      assertTrue(rows.getLong(4) >= 0 && rows.getLong(5) < vertices);
      assertEquals(1.0, rows.getDouble(6));
      assertEquals(100.0, rows.getDouble(7));
      assertEquals(0, rows.getLong(8), "weights are whole numbers");
    }
  }

  /** The generator's documented recipe, replayed independently: the file holds exactly these edges. */
  @Test
  void holdsTheEdgesOfTheDocumentedRecipe() throws Exception {
    long vertices = 300;
    long edges = 4321;
    long seed = -5;
    graph(vertices, edges, seed).write(dir.resolve("g.parquet"), QUIET);
    SplittableRandom random = new SplittableRandom(seed);
    long srcSum = 0;
    long dstSum = 0;
    long weightSum = 0;
    long weightedSrcSum = 0;
    for (long i = 0; i < edges; i++) {
      long src = random.nextLong(vertices);
      long dst = random.nextLong(vertices);
      long weight = 1 + random.nextInt(100);
      srcSum += src;
      dstSum += dst;
      weightSum += weight;
      weightedSrcSum += src * weight;
    }
    try (Connection connection = DataConnections.open(dir.toString());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT sum(src), sum(dst), sum(weight), sum(src * weight) FROM g")) {
      assertTrue(rows.next());
      assertEquals(List.of(srcSum, dstSum, weightSum, weightedSrcSum),
          List.of(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4)));
    }
  }

  @Test
  void writesRequiredColumnsInRowGroupsOfTheAskedSize() throws Exception {
    new SyntheticGraph(100, 2500, 1, 1000, CompressionCodecName.ZSTD).write(dir.resolve("g.parquet"), QUIET);
    ParquetMetadata footer = ParquetFooter.read(dir.resolve("g.parquet"));
    MessageType schema = footer.getFileMetaData().getSchema();
    assertEquals(List.of("src", "dst", "weight"), schema.getFields().stream().map(f -> f.getName()).toList());
    assertEquals(List.of(PrimitiveTypeName.INT64, PrimitiveTypeName.INT64, PrimitiveTypeName.DOUBLE),
        schema.getFields().stream().map(f -> f.asPrimitiveType().getPrimitiveTypeName()).toList());
    assertTrue(schema.getFields().stream().allMatch(f -> f.getRepetition() == Repetition.REQUIRED));
    assertEquals(List.of(1000L, 1000L, 500L), footer.getBlocks().stream().map(BlockMetaData::getRowCount).toList());
    assertEquals(CompressionCodecName.ZSTD, footer.getBlocks().get(0).getColumns().get(0).getCodec());
  }

  @Test
  void writesAnEmptyGraphAndLeavesNoPartialFileBehind() throws Exception {
    graph(1, 0, 1).write(dir.resolve("empty.parquet"), QUIET);
    assertEquals(0, ParquetFooter.read(dir.resolve("empty.parquet")).getBlocks().stream()
        .mapToLong(BlockMetaData::getRowCount).sum());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(dir.resolve("empty.parquet")), files.toList());
    }
  }

  @Test
  void rejectsAGraphWithoutVertices() {
    assertThrows(IllegalArgumentException.class, () -> graph(0, 10, 1));
  }
}
