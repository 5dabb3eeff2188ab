package org.parquetframe.sqltests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.parquetframe.adapter.format.LocalParquetWriters;

/** Writes small edge files (src, dst and optionally weight) for graph function tests. */
final class TestingEdgeFiles {
  /** One edge; {@code null} endpoints and weights are written as NULL. */
  record Edge(Object src, Object dst, Double weight) {
    static Edge of(Object src, Object dst) {
      return new Edge(src, dst, null);
    }

    static Edge of(Object src, Object dst, double weight) {
      return new Edge(src, dst, weight);
    }
  }

  private TestingEdgeFiles() {}

  /** Writes edges with BIGINT ids (or VARCHAR ids when the first source is a String). */
  static Path write(Path file, List<Edge> edges, boolean weighted) {
    boolean strings = !edges.isEmpty() && edges.get(0).src() instanceof String;
    String idType = strings ? "binary %s (STRING)" : "int64 %s";
    MessageType schema = MessageTypeParser.parseMessageType("message edges { optional " + idType.formatted("src")
        + "; optional " + idType.formatted("dst") + ";" + (weighted ? " optional double weight;" : "") + " }");
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    try (ParquetWriter<Group> writer = LocalParquetWriters.groups(file, schema, CompressionCodecName.SNAPPY)
        .withRowGroupSize(64 * 1024).build()) {
      for (Edge edge : edges) {
        Group row = groups.newGroup();
        append(row, "src", edge.src());
        append(row, "dst", edge.dst());
        if (weighted && edge.weight() != null) {
          row.append("weight", edge.weight());
        }
        writer.write(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static void append(Group row, String column, Object value) {
    if (value instanceof String text) {
      row.append(column, text);
    } else if (value != null) {
      row.append(column, ((Number) value).longValue());
    }
  }
}
